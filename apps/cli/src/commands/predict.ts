import type { RawCell } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import type { Command } from "./command.js";
import { jsonFlag, modelFlag, unknownAtUseFlag } from "./shared-flags.js";
import { loadModel, type LoadedModel } from "../engine/model-file.js";
import { applyFeatures, isTablePipeline, unscaleTarget, type UnknownName } from "../engine/preprocessing.js";
import { rowsFromColumns, splitValues, transformRaw, withUnknown } from "../engine/raw-rows.js";
import { csvField } from "../data/csv-text.js";
import { csvFlags, readCsvTable, type ColumnKind } from "../data/load-data.js";
import { csvFlagSpecs } from "./shared-flags.js";
import { parseFlagValue } from "../args/values.js";
import type { FlagSpec } from "../args/spec.js";
import { predictedClasses, predictedProbability } from "../engine/targets.js";
import { predict } from "../engine/train-network.js";
import { readText } from "../data/load-data.js";
import { featuresFromCsv } from "../data/feature-matrix.js";
import { Output } from "../output/output.js";
import { UsageError, EXIT } from "../errors.js";

/** `5.1,3.5,1.4,0.2` for a row, shortened to `5.1,3.5,…,0.2` past 40 characters. */
export function rowText(values: ArrayLike<number>): string {
  const all = Array.from(values, (v) => String(Number(v.toPrecision(6))));
  const full = all.join(",");
  if (full.length <= 40 || all.length <= 3) return full;
  return `${all.slice(0, 2).join(",")},…,${all.at(-1) as string}`;
}

/** Weights above this overflow float64 once a few of them are multiplied and summed. */
const HUGE_WEIGHT = 1e150;

/**
 * Refuses inputs the scaler turned into ±Infinity (a raw value near the float64 limit).
 * @throws UsageError naming the row.
 */
export function assertFiniteInputs(command: string, scaled: Matrix, raw: Matrix): void {
  const bad = scaled.data.findIndex((v) => !Number.isFinite(v));
  if (bad < 0) return;
  const row = Math.floor(bad / scaled.cols);
  throw new UsageError(`${command}: every input must be a finite number after scaling. Received: ${String(scaled.data[bad])} for row ${row + 1} (${rowText(raw.row(row))}); likely cause: the input values are too large.`);
}

/**
 * Refuses a prediction that is not a number, naming the row and the likely cause: weights in the
 * model file that are not finite, or inputs so large that the network's sums overflow.
 * @throws UsageError on the first row with a non-finite output.
 */
export function assertFinitePredictions(command: string, output: Matrix, raw: Matrix, model: { params(): { value: Matrix }[] }): void {
  const bad = output.data.findIndex((v) => !Number.isFinite(v));
  if (bad < 0) return;
  const row = Math.floor(bad / output.cols);
  let largest = 0;
  for (const p of model.params()) for (const v of p.value.data) largest = Math.max(largest, Math.abs(v));
  const inputs = Array.from(raw.row(row));
  const cause = !Number.isFinite(largest)
    ? "the model file holds weights that are not finite numbers"
    : largest > HUGE_WEIGHT
      ? `the model file holds weights too large to compute with (up to ${largest.toPrecision(3)})`
      : `the input values are too large for the model (up to ${Math.max(...inputs.map(Math.abs)).toPrecision(3)})`;
  throw new UsageError(`${command}: the model's output for row ${row + 1} must be a number. Received: ${String(output.data[bad])} for ${rowText(inputs)}; likely cause: ${cause}.`);
}

const VALUES_AS_NUMBERS: FlagSpec = { name: "values", kind: "numbers", description: "" };

/**
 * A file's cell as part of the one line that shows its row beside the prediction: blank when
 * missing, line breaks written `\\n` / `\\r` (a quoted CSV cell may hold them), CSV-quoted when it
 * holds a comma or a quote, so each row stays one line and its cells can be told apart.
 */
function cellText(v: RawCell): string {
  if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) return "";
  return csvField(String(v).replace(/\r/g, "\\r").replace(/\n/g, "\\n"));
}

/** The model's input rows from `--values` or `--input`, raw (for display) and as the network sees them. */
async function inputRows(f: Record<string, unknown>, loaded: LoadedModel): Promise<{ x: Matrix; raw: Matrix; shown: string[] }> {
  const { model, features, featureNames, inputColumns } = loaded;
  const values = f.values as string | undefined;
  const input = f.input as string | undefined;
  if (features && isTablePipeline(features)) {
    const ct = f.unknown === undefined ? features : withUnknown(features, f.unknown as UnknownName);
    if (values !== undefined) {
      const row = splitValues(values);
      const x = transformRaw("predict", ct, [row], () => "--values");
      return { x, raw: x, shown: [row.join(",")] };
    }
    const path = input as string;
    // The model's columns as it read them (text as written, numbers as numbers), the rest unread.
    const kinds = new Map((inputColumns ?? []).map((c) => [c.name, c.kind]));
    const table = readCsvTable(path, await readText("predict", path), csvFlags("predict", f), (names) => Object.fromEntries(names.filter((n) => kinds.has(n)).map((n) => [n, kinds.get(n) as ColumnKind])));
    const rows = rowsFromColumns("predict", path, table.columns, inputColumns ?? [], table.columnNames);
    const x = transformRaw("predict", ct, rows, (i) => `${path}: line ${table.lines[i] ?? i + 1}`);
    return { x, raw: x, shown: rows.map((r) => r.map(cellText).join(",")) };
  }
  let raw: Matrix;
  if (values !== undefined) {
    const numbers = parseFlagValue("predict", VALUES_AS_NUMBERS, values) as number[];
    if (numbers.length !== model.inputSize) {
      const names = featureNames ? ` (${featureNames.join(", ")})` : "";
      throw new UsageError(`predict: --values must have ${model.inputSize} numbers${names}. Received: ${numbers.length} numbers.`);
    }
    raw = new Matrix(1, numbers.length, Float64Array.from(numbers));
  } else {
    const path = input as string;
    // The model's feature columns by name, the others unread (all read when a headerless file is read by position).
    const plain = (names: readonly string[], header: boolean) =>
      featureNames !== undefined && (header || featureNames.every((n) => names.includes(n))) ? Object.fromEntries(featureNames.filter((n) => names.includes(n)).map((n) => [n, "infer" as const])) : undefined;
    const table = readCsvTable(path, await readText("predict", path), csvFlags("predict", f), plain);
    raw = featuresFromCsv("predict", path, { ...table, names: table.columnNames }, model.inputSize, featureNames);
  }
  const scaled = applyFeatures(features, { kind: "matrix", x: raw, names: featureNames ?? [] });
  assertFiniteInputs("predict", scaled, raw);
  return { x: scaled, raw, shown: Array.from({ length: raw.rows }, (_, i) => rowText(raw.row(i))) };
}

/** `backprop predict`: classify raw rows, or predict a regression's value, with a saved model (its preprocessing is applied for you). */
export const predictCommand: Command = {
  spec: {
    name: "predict",
    summary: "Predict with a saved model on raw rows: each row's class and its probability, or a regression's value.",
    flags: [
      modelFlag,
      { name: "values", kind: "string", valueName: "x1,x2,...", description: "One raw row, comma-separated (text and blank cells too, for a model trained on a table)." },
      { name: "input", kind: "string", valueName: "FILE.csv", description: "Rows to predict (a header naming the model's features, or just its columns)." },
      unknownAtUseFlag,
      ...csvFlagSpecs.filter((s) => s.name !== "features" && s.name !== "drop"),
      jsonFlag,
    ],
    examples: [
      "backprop predict --model model.json --values 5.1,3.5,1.4,0.2",
      "backprop predict --model model.json --input flowers.csv --json",
      "backprop predict --model price.json --values 'red,,3.5'",
    ],
  },
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    const values = f.values as string | undefined;
    const input = f.input as string | undefined;
    if ((values === undefined) === (input === undefined)) {
      throw new UsageError("predict: give exactly one of --values or --input. Received: " + (values ? "both." : "neither."));
    }
    const loaded = await loadModel("predict", f.model as string);
    const { model, classNames } = loaded;
    const { x, raw, shown } = await inputRows(f, loaded);
    const output = predict(model, x);
    assertFinitePredictions("predict", output, raw, model);
    const show = (lines: string[]): void => {
      if (input === undefined) lines.forEach((l) => out.line(l));
      else {
        // Each row beside its prediction, so a long file's output can be read without the file.
        // A loop, not Math.max(...): spreading a 200 000-row file's widths overflows the call stack.
        const width = shown.reduce((w, t) => Math.max(w, t.length), 0);
        lines.forEach((l, i) => out.line(`${(shown[i] as string).padEnd(width)}  →  ${l}`));
      }
    };
    if (loaded.regression) {
      const predicted = unscaleTarget(loaded.target, output);
      if (output.cols === 1) {
        show(Array.from(predicted, (v) => String(Number(v.toPrecision(6)))));
        out.result({ model: f.model, task: "regression", predictions: Array.from(predicted, (value) => ({ value })) });
      } else {
        const rows = Array.from({ length: output.rows }, (_, i) => Array.from(predicted.subarray(i * output.cols, (i + 1) * output.cols)));
        show(rows.map((r) => r.map((v) => String(Number(v.toPrecision(6)))).join(", ")));
        out.result({ model: f.model, task: "regression", predictions: rows.map((values) => ({ values })) });
      }
      return EXIT.ok;
    }
    const classes = predictedClasses(output);
    const rows = Array.from(classes, (c, i) => ({
      class: classNames[c] ?? String(c),
      probability: predictedProbability(output, i),
      probabilities: Array.from(output.row(i)),
    }));
    show(rows.map((r) => `${r.class} (${r.probability.toFixed(2)})`));
    out.result({ model: f.model, classNames, predictions: rows });
    return EXIT.ok;
  },
};
