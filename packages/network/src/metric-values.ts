import type { Matrix } from "@backprop/linalg";
import { getMetric, logLoss, METRIC_NAMES, rocAucScore, type MetricName } from "@backprop/metrics";
import { countCorrect } from "./metrics.js";
import { classesFrom } from "./predictions.js";
import type { Task } from "./task.js";

/**
 * Checks a list of metric names: `"accuracy"` and every name of `@backprop/metrics`' `getMetric`.
 * @throws TypeError naming an unknown metric and listing the known ones.
 */
export function checkMetricNames(where: string, metrics: unknown): string[] {
  if (!Array.isArray(metrics)) throw new TypeError(`${where}: metrics must be an array of metric names. Received: ${String(metrics)}.`);
  for (const m of metrics) {
    if (typeof m !== "string" || !(METRIC_NAMES as readonly string[]).includes(m)) {
      throw new TypeError(`${where}: unknown metric ${JSON.stringify(m)}. Expected one of: ${METRIC_NAMES.join(", ")}.`);
    }
  }
  return [...(metrics as string[])];
}

/**
 * Refuses a metric that scores classes or class probabilities (`"accuracy"`, `"rocAuc"`, …) on a
 * regression model, whose outputs are neither: `fit` and `evaluate` call it before any work, so a
 * wrong name costs no training.
 * @throws TypeError naming the first such metric.
 */
export function checkMetricsForTask(where: string, metrics: readonly string[], task: Task): void {
  if (task !== "regression") return;
  const name = metrics.find((m) => (METRIC_NAMES as readonly string[]).includes(m) && getMetric(m as MetricName).task === "classification");
  if (name !== undefined) {
    throw new TypeError(`${where}: "${name}" scores a classifier, and this model's output is not class probabilities (task "regression"). Received: metrics=${JSON.stringify(metrics)}.`);
  }
}

/**
 * Refuses `"rocAuc"` on rows where it is undefined, before any training: every class of the
 * model (0 … outputs−1, or 0 and 1 for one sigmoid or multi-label entries) needs both positive
 * and negative samples among `target`'s rows, or scikit-learn's AUC has no value and `fit` would
 * throw at the end of its first epoch. `rows` names them in the message ("validation rows").
 * @throws RangeError naming the first class missing.
 */
export function checkRocAucDefined(where: string, metrics: readonly string[], target: Matrix, task: Task, rows: string): void {
  if (!metrics.includes("rocAuc") || task === "regression") return;
  const labels = trueLabels(target, task);
  const classes = modelClasses(target, task);
  const counts = new Map<number, number>(classes.map((c) => [c, 0]));
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const missing = classes.find((c) => counts.get(c) === 0);
  if (missing === undefined) return;
  const present = classes.filter((c) => (counts.get(c) as number) > 0);
  throw new RangeError(
    `${where}: "rocAuc" is undefined on the ${rows}: they hold no sample of class ${missing}, and an AUC needs positive and negative samples of every class. ` +
      `Received: classes [${present.join(", ")}] of [${classes.join(", ")}]. Leave "rocAuc" out, or score rows that hold every class.`,
  );
}

/** The true class of each row: the column's 0/1 for one output, the arg-max for one-hot rows, every entry for multi-label. */
function trueLabels(target: Matrix, task: Task): Int32Array {
  return classesFrom(target, task, 0.5);
}

/**
 * The value of metric `name` for the network's output `pred` against `target`, as
 * `@backprop/metrics` computes it: labels (arg-max or `p > 0.5`) for accuracy, precision, recall,
 * F1 and balanced accuracy; the probabilities for ROC AUC and log loss (the positive column for
 * one sigmoid output); the values for regression metrics. A multi-label model is scored over
 * every (row, label) entry as one binary problem.
 */
export function metricValue(name: string, pred: Matrix, target: Matrix, task: Task): number {
  checkMetricsForTask("metrics", [name], task);
  if (name === "accuracy") {
    const multiLabel = task === "multiLabel";
    return countCorrect(pred, target, multiLabel) / (multiLabel ? target.size : target.rows);
  }
  const metric = getMetric(name as MetricName);
  if (metric.input === "values") return metric.compute(target.cols === 1 ? target.data : target, pred.cols === 1 ? pred.data : pred);
  const labels = trueLabels(target, task);
  if (metric.input === "labels") return metric.compute(labels, classesFrom(pred, task, 0.5));
  const scores = pred.cols === 1 || task === "multiLabel" ? pred.data : pred;
  // The columns are the model's classes, whichever of them these rows hold (a validation split
  // may lack one): logLoss and rocAucScore would otherwise take the classes from yTrue.
  const options = { labels: modelClasses(pred, task) };
  if (name === "logLoss") return logLoss(labels, scores, options);
  if (name === "rocAuc") return rocAucScore(labels, scores, options);
  return metric.compute(labels, scores);
}

/** The classes of the model's output columns: 0 … outputs−1 for softmax, 0 and 1 for one sigmoid or multi-label entries. */
function modelClasses(pred: Matrix, task: Task): number[] {
  return task === "multiclass" ? Array.from({ length: pred.cols }, (_, c) => c) : [0, 1];
}
