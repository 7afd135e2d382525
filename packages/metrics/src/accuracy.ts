import { checkPair, type Labels } from "./labels.js";
import { checkSampleWeight, checkWeightSum } from "./sample-weight.js";
import { npAverage, npSum } from "./sum.js";

/** Options of {@link accuracyScore}. */
export interface AccuracyOptions {
  /** `true` (default): the fraction correct; `false`: the (weighted) count correct. */
  normalize?: boolean;
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
}

/**
 * The fraction of samples whose predicted label equals the true one, as
 * `sklearn.metrics.accuracy_score`: `Σ wᵢ·[ŷᵢ = yᵢ] / Σ wᵢ`.
 *
 * @throws RangeError when the arrays are empty or differ in length; TypeError for labels that
 *   are not integers or strings.
 * @example
 * accuracyScore([0, 1, 2, 2], [0, 2, 2, 2]); // 0.75
 */
export function accuracyScore(yTrue: Labels, yPred: Labels, options: AccuracyOptions = {}): number {
  const op = "accuracyScore";
  const [t, p] = checkPair(op, yTrue, yPred);
  const w = checkSampleWeight(op, options.sampleWeight, t.length);
  const correct = Float64Array.from(t, (v, i) => (v === p[i] ? 1 : 0));
  if (options.normalize ?? true) {
    checkWeightSum(op, w);
    return npAverage(correct, w);
  }
  if (w === undefined) return npSum(correct);
  return npSum(correct.map((c, i) => c * (w[i] as number)));
}
