import type { Matrix } from "@backprop/linalg";
import type { Command } from "./command.js";
import { csvFlagSpecs, dataFlag, evaluateTargetFlag, jsonFlag, modelFlag, unknownAtUseFlag } from "./shared-flags.js";
import { loadModel, type LoadedModel } from "../engine/model-file.js";
import { applyFeatures, isTablePipeline, matrixColumns, scaleTarget, unscaleTarget, type UnknownName } from "../engine/preprocessing.js";
import { predictedClasses } from "../engine/targets.js";
import { predict } from "../engine/train-network.js";
import { resolveTask } from "../engine/task-choice.js";
import { rowsFromColumns, transformRaw, withUnknown } from "../engine/raw-rows.js";
import { classificationScores, confusionText, regressionScores, regressionText, reportText } from "../engine/fit-report.js";
import { csvFlags, loadData, type CsvFlags } from "../data/load-data.js";
import { featuresFromCsv } from "../data/feature-matrix.js";
import type { Dataset } from "../data/dataset.js";
import { Output } from "../output/output.js";
import { pyFixed } from "../format/python-format.js";
import { UsageError, EXIT } from "../errors.js";
import { assertFiniteInputs, assertFinitePredictions } from "./predict.js";

/** Maps the data's class codes onto the model's class order, by name. */
function relabel(dataLabels: Int32Array, dataClasses: string[], modelClasses: string[]): Int32Array {
  const index = dataClasses.map((name) => {
    const k = modelClasses.indexOf(name);
    if (k < 0) throw new UsageError(`evaluate: the data has class "${name}", which the model does not know. Expected one of: ${modelClasses.join(", ")}.`);
    return k;
  });
  return Int32Array.from(dataLabels, (c) => index[c] as number);
}

/**
 * How to read a CSV's feature columns for this model: a table model's inputs as it read them (a
 * text column as each cell's text, `1.0` staying "1.0"; a numeric one as numbers), a plain model's
 * features typed from the file; every other column left unread (only a headerless file read by
 * position keeps them all).
 */
export function modelColumnKinds(loaded: LoadedModel): CsvFlags["featureKinds"] {
  const { features, inputColumns, featureNames } = loaded;
  if (features && isTablePipeline(features)) {
    const kinds = new Map((inputColumns ?? []).map((c) => [c.name, c.kind]));
    return (names) => Object.fromEntries(names.map((n) => [n, kinds.get(n) ?? "skip"]));
  }
  if (featureNames === undefined) return undefined;
  return (names, header) => (header || featureNames.every((n) => names.includes(n)) ? Object.fromEntries(names.map((n) => [n, featureNames.includes(n) ? "infer" : "skip"])) : {});
}

/** The data's features as the model's network sees them, through the model's own preprocessing. */
function modelInputs(loaded: LoadedModel, data: Dataset, unknown: UnknownName | undefined): { x: Matrix; raw: Matrix } {
  const { model, features, inputColumns } = loaded;
  if (features && isTablePipeline(features)) {
    const ct = unknown === undefined ? features : withUnknown(features, unknown);
    const columns = data.features.kind === "table" ? data.features.columns : matrixColumns(data.features.x, data.features.names);
    const rows = rowsFromColumns("evaluate", data.source, columns, inputColumns ?? [], data.columnNames);
    const x = transformRaw("evaluate", ct, rows, (i) => (data.lines ? `${data.source}: line ${data.lines[i] ?? i + 1}` : `${data.source}: row ${i + 1}`));
    return { x, raw: x };
  }
  // A CSV's columns by the model's feature names: in the model's order, whatever the file's, and
  // other columns (an id, notes) left out; a header lacking one is refused, never read in order.
  const names = data.features.kind === "table" ? data.features.columns.map((c) => c.name) : data.features.names;
  if (loaded.featureNames !== undefined && (!data.builtin || loaded.featureNames.every((n) => names.includes(n)))) {
    const columns = data.features.kind === "table" ? data.features.columns : matrixColumns(data.features.x, data.features.names);
    const target = data.target.kind === "column" ? data.target.column.name : undefined;
    const table = { columns, lines: data.lines ?? [], ...(data.columnNames === undefined ? {} : { names: data.columnNames }), ...(data.header === undefined ? {} : { header: data.header }), ...(target === undefined ? {} : { targetName: target }) };
    const raw = featuresFromCsv("evaluate", data.source, table, model.inputSize, loaded.featureNames);
    const x = applyFeatures(features, { kind: "matrix", x: raw, names: loaded.featureNames });
    assertFiniteInputs("evaluate", x, raw);
    return { x, raw };
  }
  if (data.features.kind !== "matrix" || data.features.x.cols !== model.inputSize) {
    const width = data.features.kind === "matrix" ? data.features.x.cols : data.features.columns.length;
    throw new UsageError(`evaluate: the data must have the model's ${model.inputSize} features. Received: --data=${data.source} with ${width}${data.features.kind === "table" ? " (with text or blank cells, which this model was not trained on)" : ""}.`);
  }
  const x = applyFeatures(features, data.features);
  assertFiniteInputs("evaluate", x, data.features.x);
  return { x, raw: data.features.x };
}

/** `backprop evaluate`: a saved model's loss and fitting figures on a data set. */
export const evaluateCommand: Command = {
  spec: {
    name: "evaluate",
    summary: "Report a saved model's fit on a data set: accuracy, a classification report and confusion matrix, or R², MAE and RMSE.",
    flags: [modelFlag, dataFlag(true), evaluateTargetFlag, unknownAtUseFlag, ...csvFlagSpecs, jsonFlag],
    examples: ["backprop evaluate --model model.json --data iris", "backprop evaluate --model model.json --data test.csv --target species --json"],
  },
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    const loaded = await loadModel("evaluate", f.model as string);
    const { model, classNames } = loaded;
    const data = await loadData("evaluate", f.data as string, { ...csvFlags("evaluate", f), defaultTarget: loaded.targetName, featureKinds: modelColumnKinds(loaded) });
    const { x, raw } = modelInputs(loaded, data, f.unknown as UnknownName | undefined);
    // The model's classes are known, so a file of one class (all positives, say) can be scored.
    const supervised = resolveTask("evaluate", data, loaded.regression ? "regression" : "classification", () => undefined, true);
    const output = predict(model, x);
    assertFinitePredictions("evaluate", output, raw, model);
    if (supervised.task === "regression") {
      const scaled = loaded.target ? scaleTarget(loaded.target, supervised.y) : supervised.y;
      const { loss } = model.evaluate(x, scaled);
      const metrics = regressionScores(supervised.y, unscaleTarget(loaded.target, output));
      out.line(`${regressionText(metrics)} (${supervised.y.length} rows), loss ${pyFixed(loss, 6)}${loaded.target ? " on the standardized target" : ""}`);
      out.result({ model: f.model, data: data.source, task: "regression", rows: supervised.y.length, loss, metrics: { ...metrics, r2: Number.isFinite(metrics.r2) ? metrics.r2 : null } });
      return EXIT.ok;
    }
    const labels = relabel(supervised.y, supervised.classNames, classNames);
    const { loss } = model.evaluate(x, labels);
    const predicted = predictedClasses(output);
    const metrics = classificationScores(labels, predicted, classNames.length);
    const right = Math.round(metrics.accuracy * labels.length);
    out.line(`accuracy ${pyFixed(metrics.accuracy * 100, 2)}% (${right}/${labels.length} rows), loss ${pyFixed(loss, 6)}`);
    out.line();
    out.line(reportText(labels, predicted, classNames));
    out.line();
    confusionText(metrics.confusionMatrix, classNames).forEach((l) => out.line(l));
    out.result({ model: f.model, data: data.source, task: "classification", rows: labels.length, accuracy: metrics.accuracy, loss, metrics });
    return EXIT.ok;
  },
};
