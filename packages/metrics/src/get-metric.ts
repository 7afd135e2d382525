import { accuracyScore } from "./accuracy.js";
import { balancedAccuracyScore } from "./balanced-accuracy.js";
import { f1Score, precisionScore, recallScore } from "./fscores.js";
import type { Labels } from "./labels.js";
import { logLoss } from "./log-loss.js";
import type { Numbers } from "./matrix-input.js";
import { meanAbsoluteError, meanAbsolutePercentageError, meanSquaredError, rootMeanSquaredError } from "./regression.js";
import { r2Score } from "./r2-score.js";
import { rocAucScore } from "./roc-auc-score.js";

/** The names {@link getMetric} knows. */
export const METRIC_NAMES = ["accuracy", "balancedAccuracy", "precision", "recall", "f1", "rocAuc", "logLoss", "r2", "mae", "mse", "rmse", "mape"] as const;

/** A built-in metric name. */
export type MetricName = (typeof METRIC_NAMES)[number];

/** A metric as a training loop uses it: what it scores, what it reads, and which way is better. */
export interface Metric {
  name: MetricName;
  task: "classification" | "regression";
  /** What `yPred` holds: predicted `"labels"`, `"scores"` (probabilities) or regression `"values"`. */
  input: "labels" | "scores" | "values";
  /** `true` when a larger value is a better model (accuracy), `false` for errors and losses. */
  greaterIsBetter: boolean;
  /** The metric with its defaults (precision, recall and F1 macro-averaged; regression outputs uniformly averaged). */
  compute(yTrue: Labels | Numbers, yPred: Labels | Numbers): number;
}

type Compute = (yTrue: never, yPred: never) => number;

function metric(name: MetricName, task: Metric["task"], input: Metric["input"], greaterIsBetter: boolean, compute: Compute): Metric {
  return { name, task, input, greaterIsBetter, compute: compute as Metric["compute"] };
}

const METRICS: Readonly<Record<MetricName, Metric>> = {
  accuracy: metric("accuracy", "classification", "labels", true, (t: Labels, p: Labels) => accuracyScore(t, p)),
  balancedAccuracy: metric("balancedAccuracy", "classification", "labels", true, (t: Labels, p: Labels) => balancedAccuracyScore(t, p)),
  precision: metric("precision", "classification", "labels", true, (t: Labels, p: Labels) => precisionScore(t, p, { average: "macro" })),
  recall: metric("recall", "classification", "labels", true, (t: Labels, p: Labels) => recallScore(t, p, { average: "macro" })),
  f1: metric("f1", "classification", "labels", true, (t: Labels, p: Labels) => f1Score(t, p, { average: "macro" })),
  rocAuc: metric("rocAuc", "classification", "scores", true, (t: Labels, p: Numbers) => rocAucScore(t, p)),
  logLoss: metric("logLoss", "classification", "scores", false, (t: Labels, p: Numbers) => logLoss(t, p)),
  r2: metric("r2", "regression", "values", true, (t: Numbers, p: Numbers) => r2Score(t, p)),
  mae: metric("mae", "regression", "values", false, (t: Numbers, p: Numbers) => meanAbsoluteError(t, p)),
  mse: metric("mse", "regression", "values", false, (t: Numbers, p: Numbers) => meanSquaredError(t, p)),
  rmse: metric("rmse", "regression", "values", false, (t: Numbers, p: Numbers) => rootMeanSquaredError(t, p)),
  mape: metric("mape", "regression", "values", false, (t: Numbers, p: Numbers) => meanAbsolutePercentageError(t, p)),
};

/**
 * Resolves a metric by name, for training loops and command lines that pick one by a string.
 *
 * @throws TypeError for an unknown name, listing the known ones.
 * @example
 * const m = getMetric("f1");
 * m.greaterIsBetter;                     // true
 * m.compute([0, 1, 2, 2], [0, 2, 2, 1]); // 0.5
 */
export function getMetric(name: MetricName): Metric {
  if (typeof name === "string" && Object.hasOwn(METRICS, name)) return METRICS[name];
  const shown = typeof name === "string" ? `"${name}"` : String(name);
  throw new TypeError(`getMetric: unknown metric ${shown}. Expected one of: ${METRIC_NAMES.join(", ")}.`);
}
