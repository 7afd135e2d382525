import { confusion } from "./confusion-matrix.js";
import type { Labels } from "./labels.js";
import { npMean, npSum } from "./sum.js";

/** Options of {@link balancedAccuracyScore}. */
export interface BalancedAccuracyOptions {
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
  /** Rescale so that chance scores 0 and perfect 1: `(s − 1/k) / (1 − 1/k)` (default false). */
  adjusted?: boolean;
}

/**
 * The mean recall over the classes of `yTrue`, as `sklearn.metrics.balanced_accuracy_score`:
 * `(1/k) Σ C[i][i] / Σⱼ C[i][j]`. A label that only occurs in `yPred` is left out of the mean
 * (scikit-learn warns `y_pred contains classes not in y_true`).
 *
 * @throws RangeError for `adjusted` with one class in `yTrue`, and as {@link accuracyScore}.
 * @example
 * balancedAccuracyScore([0, 0, 0, 1], [0, 0, 0, 0]); // 0.5
 */
export function balancedAccuracyScore(yTrue: Labels, yPred: Labels, options: BalancedAccuracyOptions = {}): number {
  const c = confusion("balancedAccuracyScore", yTrue, yPred, { sampleWeight: options.sampleWeight });
  const perClass = c.map((row, i) => (row[i] as number) / npSum(row)).filter((r) => !Number.isNaN(r));
  let score = npMean(perClass);
  if (options.adjusted === true) {
    if (perClass.length < 2) throw new RangeError("balancedAccuracyScore: adjusted needs at least 2 classes in yTrue (scikit-learn returns NaN). Received: 1 class.");
    const chance = 1 / perClass.length;
    score = (score - chance) / (1 - chance);
  }
  return score;
}
