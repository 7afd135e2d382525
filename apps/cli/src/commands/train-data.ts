import { trainTestSplit } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import type { Sequential } from "@backprop/network";
import type { Dataset } from "../data/dataset.js";
import { allRows } from "../data/dataset.js";
import { DATA_SEED } from "../data/load-data.js";
import { prepareSplit, type PreparedRows, type PreparedSplit } from "../engine/prepare.js";
import { isTablePipeline, unscaleTarget, type ScaleName, type UnknownName } from "../engine/preprocessing.js";
import { predictedClasses } from "../engine/targets.js";
import { resolveTask, type Supervised, type TaskName } from "../engine/task-choice.js";
import { predict } from "../engine/train-network.js";
import { regressionScores, regressionText, reportText, type RegressionScores } from "../engine/fit-report.js";
import type { LossPlan, TrainingPlan, TrainingRun } from "../engine/types.js";
import type { Output } from "../output/output.js";
import { pyFixed } from "../format/python-format.js";
import { UsageError } from "../errors.js";
import { classWeightFlag } from "./class-weight.js";

/**
 * Fewer rows than this are not split: held-out rows of a 4-row truth table are rows the network
 * never saw, so its "test accuracy" would measure nothing but the missing row.
 */
export const MIN_ROWS_TO_SPLIT = 10;

/** The task settled from the data and flags, and the class weights asked for. */
export interface TrainContext {
  supervised: Supervised;
  classWeight: "balanced" | Record<string, number> | undefined;
}

/** Settles the task (`--task` or inferred, notices on stderr) and `--class-weight`. */
export function prepareTraining(f: Record<string, unknown>, data: Dataset, notice: (text: string) => void): TrainContext {
  const supervised = resolveTask("train", data, f.task as TaskName | undefined, notice);
  const text = f.classWeight as string | undefined;
  if (text !== undefined && supervised.task === "regression") {
    throw new UsageError(`train: --class-weight applies to classification. Received: --class-weight=${text} for a regression target "${supervised.name}".`);
  }
  const classWeight = text === undefined || supervised.task === "regression" ? undefined : classWeightFlag("train", text, supervised.classNames);
  return { supervised, classWeight };
}

/** Refuses flags that the task cannot use, before any training. */
export function checkTaskFlags(f: Record<string, unknown>, s: Supervised): void {
  // Every loss trains a classifier's head (the tutorials fit a sigmoid head with mse); a
  // regression's outputs are not probabilities, so a cross-entropy cannot score them.
  if (s.task === "regression" && typeof f.loss === "string" && f.loss.endsWith("CrossEntropy")) {
    throw new UsageError(`train: --loss ${f.loss} scores class probabilities; a regression trains with mse, mae or huber. Received: --loss=${f.loss} for a regression target (say --task classification for classes).`);
  }
  if (s.task === "regression" && f.plotBoundary !== undefined) {
    throw new UsageError(`train: --plot-boundary draws a classifier's regions. Received: --plot-boundary for a regression target "${s.name}".`);
  }
  if (f.cv !== undefined && (f.plotLoss !== undefined || f.plotBoundary !== undefined)) {
    throw new UsageError("train: --cv reports scores per fold and draws no plots. Received: --cv with --plot-loss or --plot-boundary.");
  }
}

/** The row indices of `trainTestSplit(random_state=42)` (all rows, no test, at `testSize` 0). */
export function splitIndices(n: number, testSize: number): { trainIdx: Int32Array; testIdx: Int32Array } {
  if (testSize <= 0) return { trainIdx: allRows(n), testIdx: new Int32Array(0) };
  // The permutation depends on the row count only, so splitting the row numbers splits the rows.
  const rows = new Matrix(n, 1, Float64Array.from(allRows(n)));
  const s = trainTestSplit(rows, rows, { testSize, randomState: DATA_SEED });
  return { trainIdx: Int32Array.from(s.trainIndices), testIdx: Int32Array.from(s.testIndices) };
}

/** The split and its fitted preprocessing; `features` names the network's inputs. */
export function splitRows(f: Record<string, unknown>, data: Dataset, ctx: TrainContext, testSize: number): { prepared: PreparedSplit; features: string[] } {
  const { trainIdx, testIdx } = splitIndices(data.rows, testSize);
  const prepared = prepareSplit(data, ctx.supervised, trainIdx, testIdx, f.scale as ScaleName, f.unknown as UnknownName);
  return { prepared, features: inputNames(prepared, data) };
}

/** The network's input names: the table pipeline's output names, or the data's columns. */
export function inputNames(prepared: PreparedSplit, data: Dataset): string[] {
  return prepared.features && isTablePipeline(prepared.features) ? [...(prepared.features.featureNamesOut ?? [])] : [...data.features.names];
}

/** The CSV column the model learns to predict, saved so `evaluate` finds it by name; none for a built-in set (whose CSV from `backprop data` ends with it). */
export function targetColumnName(data: Dataset, s: Supervised): string | undefined {
  return data.builtin ? undefined : s.name;
}

/** A classifier's plan, turned into a regression's for a numeric target: one linear output, `--loss` (default mse). */
export function regressionPlan(f: Record<string, unknown>, s: Supervised, plan: TrainingPlan): TrainingPlan {
  if (s.task !== "regression") return plan;
  return { ...plan, layers: [...plan.layers.slice(0, -1), { units: 1, activation: "linear" }], loss: ((f.loss as string | undefined) ?? "mse") as LossPlan };
}

/** A regression's predictions on prepared rows, in the target's units. */
export function regressionPredictions(model: Sequential, prepared: PreparedSplit, rows: PreparedRows): Float64Array {
  return unscaleTarget(prepared.target, predict(model, rows.x));
}

/**
 * Prints the fit: a classifier's final line and scikit-learn's classification report on the test
 * rows (the training rows without a split); a regression's R², MAE and RMSE on both. Returns the
 * `--json` fields a regression adds.
 */
export function reportFit(model: Sequential, prepared: PreparedSplit, s: Supervised, out: Output, run: TrainingRun, classifierLine: string | undefined): Record<string, number | null> {
  const { train, test } = prepared;
  if (s.task === "classification") {
    out.line(classifierLine);
    const rows = test ?? train;
    out.line(`classification report (${test ? "test" : "training"} rows):`);
    out.line(reportText(rows.labels, predictedClasses(predict(model, rows.x)), s.classNames));
    return {};
  }
  const trainScores = regressionScores(train.values, regressionPredictions(model, prepared, train));
  const testScores: RegressionScores | undefined = test ? regressionScores(test.values, regressionPredictions(model, prepared, test)) : undefined;
  const finalLoss = run.loss.at(-1);
  out.line(`final loss ${finalLoss === undefined ? "n/a" : pyFixed(finalLoss, 6)} (on the standardized target) (${run.seconds.toFixed(1)}s)`);
  out.line(`train  ${regressionText(trainScores)}`);
  if (testScores) out.line(`test   ${regressionText(testScores)}`);
  const json = (v: number | undefined): number | null => (v === undefined || !Number.isFinite(v) ? null : v);
  return {
    trainR2: json(trainScores.r2),
    trainMae: trainScores.mae,
    trainRmse: trainScores.rmse,
    testR2: json(testScores?.r2),
    testMae: json(testScores?.mae),
    testRmse: json(testScores?.rmse),
  };
}
