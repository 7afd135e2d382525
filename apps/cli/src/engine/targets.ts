import { Matrix, argmax } from "@backprop/linalg";

/**
 * Integer labels as the loss wants them: a `n×1` column of 0/1 for two classes (sigmoid + BCE,
 * the tutorials' `y.reshape(-1, 1)`), one-hot rows for more (softmax + CE).
 * @example
 * targetMatrix(Int32Array.of(0, 2), 3).toArray(); // [[1, 0, 0], [0, 0, 1]]
 */
export function targetMatrix(labels: Int32Array, nClasses: number): Matrix {
  if (nClasses <= 2) return new Matrix(labels.length, 1, Float64Array.from(labels));
  const m = new Matrix(labels.length, nClasses);
  labels.forEach((label, i) => m.set(i, label, 1));
  return m;
}

/**
 * The predicted class of each row: `p > 0.5` for one sigmoid output (which also equals the
 * tutorials' `np.round(p)`, since NumPy rounds 0.5 to 0), the first `argmax` otherwise.
 */
export function predictedClasses(output: Matrix): Int32Array {
  if (output.cols === 1) return Int32Array.from(output.data, (p) => (p > 0.5 ? 1 : 0));
  return argmax(output);
}

/** `np.mean(predicted == labels)`: the fraction of rows classified right. */
export function accuracy(output: Matrix, labels: Int32Array): number {
  const predicted = predictedClasses(output);
  let right = 0;
  predicted.forEach((c, i) => (right += c === labels[i] ? 1 : 0));
  return right / labels.length;
}

/** The probability the network gives its predicted class, per row. */
export function predictedProbability(output: Matrix, row: number): number {
  if (output.cols === 1) {
    const p = output.get(row, 0);
    return p > 0.5 ? p : 1 - p;
  }
  let best = 0;
  for (let j = 0; j < output.cols; j++) best = Math.max(best, output.get(row, j));
  return best;
}
