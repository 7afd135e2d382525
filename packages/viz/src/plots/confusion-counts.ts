import { classCount, toLabels, type Labels } from "../input/points.js";

/**
 * Counts `C[i][j]` = number of samples whose true class is `i` and predicted class is `j`.
 * `k` defaults to one more than the largest label or prediction.
 * @throws RangeError when the arrays differ in length or hold a value that is not a class index `< k`.
 * @example
 * confusionCounts([0, 1, 1], [0, 1, 0]); // [[1, 0], [1, 1]]
 */
export function confusionCounts(labels: Labels, predictions: Labels, k?: number): number[][] {
  const where = "confusionMatrix";
  const truth = toLabels(where, labels, labels.length);
  const pred = toLabels(where, predictions, truth.length, "predictions");
  const size = k ?? classCount(0, truth, pred);
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
