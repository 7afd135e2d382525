import { confusion } from "./confusion-matrix.js";
import { show, uniqueLabels, type Label, type Labels } from "./labels.js";
import { npMean, npSum } from "./sum.js";

const OP = "balancedAccuracyScore";

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
 * @throws RangeError for `adjusted` with one class in `yTrue`, for a class whose sample weights
 *   sum to 0 while its correct ones do not (recall ±Infinity) or every class weighing 0 (NaN),
 *   and as {@link accuracyScore}.
 * @example
 * balancedAccuracyScore([0, 0, 0, 1], [0, 0, 0, 0]); // 0.5
 */
export function balancedAccuracyScore(yTrue: Labels, yPred: Labels, options: BalancedAccuracyOptions = {}): number {
  const c = confusion(OP, yTrue, yPred, { sampleWeight: options.sampleWeight });
  const recalls = c.map((row, i) => (row[i] as number) / npSum(row));
  // A row summing to 0 is 0/0 (NaN) for a label only in yPred or with only zero weights, which
  // scikit-learn leaves out of the mean; a nonzero diagonal over it (weights that cancel out) is ±Infinity.
  const infinite = recalls.findIndex((r) => r === Infinity || r === -Infinity);
  if (infinite >= 0) {
    const label = uniqueLabels(Array.from(yTrue), Array.from(yPred))[infinite] as Label;
    throw new RangeError(`${OP}: the sampleWeight of class ${show(label)}'s samples sums to 0, so its recall is undefined (scikit-learn returns ${(recalls[infinite] as number) > 0 ? "inf" : "-inf"}). Received: recall ${String((c[infinite] as number[])[infinite])} / 0.`);
  }
  const perClass = recalls.filter((r) => !Number.isNaN(r));
  if (perClass.length === 0) {
    throw new RangeError(`${OP}: the sampleWeight of every class's samples sums to 0, so no recall is defined (scikit-learn returns NaN). Received: ${c.length} classes, each weighing 0.`);
  }
  let score = npMean(perClass);
  if (options.adjusted === true) {
    if (perClass.length < 2) throw new RangeError(`${OP}: adjusted needs at least 2 classes in yTrue (scikit-learn returns NaN). Received: 1 class.`);
    const chance = 1 / perClass.length;
    score = (score - chance) / (1 - chance);
  }
  return score;
}
