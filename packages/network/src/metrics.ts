import type { Matrix } from "@backprop/linalg";

/**
 * Number of correct predictions: for one output, rows where `p > 0.5` agrees with `y > 0.5`; for
 * several, rows whose arg-max agrees (first on ties, as NumPy); with `multiLabel`, every entry
 * thresholded at 0.5 on its own (Keras's `binary_accuracy`), so the count is out of `rows·cols`.
 */
export function countCorrect(pred: Matrix, target: Matrix, multiLabel = false): number {
  const p = pred.data, y = target.data, cols = pred.cols;
  let correct = 0;
  if (cols === 1 || multiLabel) {
    for (let k = 0; k < p.length; k++) if ((p[k] as number) > 0.5 === (y[k] as number) > 0.5) correct++;
    return correct;
  }
  for (let i = 0; i < pred.rows; i++) {
    if (rowArgmax(p, i * cols, cols) === rowArgmax(y, i * cols, cols)) correct++;
  }
  return correct;
}

/** Index of the largest of `values[base … base+cols)`, the first on ties. */
export function rowArgmax(values: Float64Array, base: number, cols: number): number {
  let best = 0;
  for (let j = 1; j < cols; j++) if ((values[base + j] as number) > (values[base + best] as number)) best = j;
  return best;
}
