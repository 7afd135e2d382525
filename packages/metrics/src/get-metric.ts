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

type L = Labels;
type N = Numbers;

// Plain object literals (no calls at the top level), so a bundle that never calls getMetric drops them.
const METRICS: Readonly<Record<MetricName, Metric>> = {
  accuracy: { name: "accuracy", task: "classification", input: "labels", greaterIsBetter: true, compute: (t, p) => accuracyScore(t as L, p as L) },
  balancedAccuracy: { name: "balancedAccuracy", task: "classification", input: "labels", greaterIsBetter: true, compute: (t, p) => balancedAccuracyScore(t as L, p as L) },
  precision: { name: "precision", task: "classification", input: "labels", greaterIsBetter: true, compute: (t, p) => precisionScore(t as L, p as L, { average: "macro" }) },
  recall: { name: "recall", task: "classification", input: "labels", greaterIsBetter: true, compute: (t, p) => recallScore(t as L, p as L, { average: "macro" }) },
  f1: { name: "f1", task: "classification", input: "labels", greaterIsBetter: true, compute: (t, p) => f1Score(t as L, p as L, { average: "macro" }) },
  rocAuc: { name: "rocAuc", task: "classification", input: "scores", greaterIsBetter: true, compute: (t, p) => rocAucScore(t as L, p as N) },
  logLoss: { name: "logLoss", task: "classification", input: "scores", greaterIsBetter: false, compute: (t, p) => logLoss(t as L, p as N) },
  r2: { name: "r2", task: "regression", input: "values", greaterIsBetter: true, compute: (t, p) => r2Score(t as N, p as N) },
  mae: { name: "mae", task: "regression", input: "values", greaterIsBetter: false, compute: (t, p) => meanAbsoluteError(t as N, p as N) },
  mse: { name: "mse", task: "regression", input: "values", greaterIsBetter: false, compute: (t, p) => meanSquaredError(t as N, p as N) },
  rmse: { name: "rmse", task: "regression", input: "values", greaterIsBetter: false, compute: (t, p) => rootMeanSquaredError(t as N, p as N) },
  mape: { name: "mape", task: "regression", input: "values", greaterIsBetter: false, compute: (t, p) => meanAbsolutePercentageError(t as N, p as N) },
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
