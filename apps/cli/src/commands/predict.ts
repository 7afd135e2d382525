import { Matrix } from "@backprop/linalg";
import type { Command } from "./command.js";
import { jsonFlag, modelFlag } from "./shared-flags.js";
import { loadModel } from "../engine/model-file.js";
import { applyScaler } from "../engine/preprocessing.js";
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

/** `backprop predict`: classify raw rows with a saved model (its scaler is applied for you). */
export const predictCommand: Command = {
  spec: {
    name: "predict",
    summary: "Classify raw measurements with a saved model: prints each row's class and its probability.",
    flags: [
      modelFlag,
      { name: "values", kind: "numbers", valueName: "x1,x2,...", description: "One row of raw feature values." },
      { name: "input", kind: "string", valueName: "FILE.csv", description: "Rows to classify (a header naming the model's features, or just its columns)." },
      jsonFlag,
    ],
    examples: [
      "backprop predict --model model.json --values 5.1,3.5,1.4,0.2",
      "backprop predict --model model.json --input flowers.csv --json",
    ],
  },
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    const values = f.values as number[] | undefined;
    const input = f.input as string | undefined;
    if ((values === undefined) === (input === undefined)) {
      throw new UsageError("predict: give exactly one of --values or --input. Received: " + (values ? "both." : "neither."));
    }
    const loaded = await loadModel("predict", f.model as string);
    const { model, scaler, featureNames, classNames } = loaded;
    let raw: Matrix;
    if (values !== undefined) {
      if (values.length !== model.inputSize) {
        const names = featureNames ? ` (${featureNames.join(", ")})` : "";
        throw new UsageError(`predict: --values must have ${model.inputSize} numbers${names}. Received: ${values.length} numbers.`);
      }
      raw = new Matrix(1, values.length, Float64Array.from(values));
    } else {
      raw = featuresFromCsv("predict", input as string, await readText("predict", input as string), model.inputSize, featureNames);
    }
    const scaled = applyScaler(scaler, raw);
    assertFiniteInputs("predict", scaled, raw);
    const output = predict(model, scaled);
    assertFinitePredictions("predict", output, raw, model);
    const classes = predictedClasses(output);
    const rows = Array.from(classes, (c, i) => ({
      class: classNames[c] ?? String(c),
      probability: predictedProbability(output, i),
      probabilities: Array.from(output.row(i)),
    }));
    if (input === undefined) rows.forEach((r) => out.line(`${r.class} (${r.probability.toFixed(2)})`));
    else {
      // Each row beside its prediction, so a long file's output can be read without the file.
      const texts = rows.map((_, i) => rowText(raw.row(i)));
      const width = Math.max(...texts.map((t) => t.length));
      rows.forEach((r, i) => out.line(`${(texts[i] as string).padEnd(width)}  →  ${r.class} (${r.probability.toFixed(2)})`));
    }
    out.result({ model: f.model, classNames, predictions: rows });
    return EXIT.ok;
  },
};
