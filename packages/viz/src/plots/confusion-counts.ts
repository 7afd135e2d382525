import { classCount, toLabels, type Labels } from "../input/points.js";

/** The most classes {@link confusionCounts} tabulates: a 4,096 × 4,096 table is 16.8 M counts (a stray label of 99,999 would ask for 10¹⁰). */
export const MAX_COUNTED_CLASSES = 4096;

/**
 * Counts `C[i][j]` = number of samples whose true class is `i` and predicted class is `j`.
 * `k` defaults to one more than the largest label or prediction.
 * @throws RangeError when the arrays differ in length, hold a value that is not a class index
 *   `< k`, or make more than {@link MAX_COUNTED_CLASSES} classes.
 * @example
 * confusionCounts([0, 1, 1], [0, 1, 0]); // [[1, 0], [1, 1]]
 */
export function confusionCounts(labels: Labels, predictions: Labels, k?: number): number[][] {
  return countWithin(labels, predictions, k, MAX_COUNTED_CLASSES, "counted (a k×k table)");
}

/**
 * {@link confusionCounts}, refusing more than `maxClasses` classes (`what` says why, in the
 * message) before the k×k table is allocated.
 */
export function countWithin(labels: Labels, predictions: Labels, k: number | undefined, maxClasses: number, what: string): number[][] {
  const where = "confusionMatrix";
  const truth = toLabels(where, labels, labels.length);
  const pred = toLabels(where, predictions, truth.length, "predictions");
  const size = k ?? classCount(0, truth, pred);
  if (size > maxClasses) throw new RangeError(`${where}: at most ${maxClasses} classes can be ${what}. Received: classes=${size}.`);
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let s = 0; s < truth.length; s++) {
    const i = truth[s] as number;
    const j = pred[s] as number;
    if (i >= size || j >= size) {
      throw new RangeError(`${where}: every class index must be below the number of classes. Received: labels[${s}]=${i}, predictions[${s}]=${j}, classes=${size}.`);
    }
    (counts[i] as number[])[j] = ((counts[i] as number[])[j] as number) + 1;
  }
  return counts;
}
