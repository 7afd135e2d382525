import type { Matrix } from "@backprop/linalg";

/**
 * Number of rows whose predicted class matches the target's: for one output, `p > 0.5` against
 * `y > 0.5`; for several, the arg-max of each row (first on ties, as NumPy).
 */
export function countCorrect(pred: Matrix, target: Matrix): number {
  const p = pred.data, y = target.data, cols = pred.cols;
  let correct = 0;
  for (let i = 0; i < pred.rows; i++) {
    if (cols === 1) {
      if ((p[i] as number) > 0.5 === (y[i] as number) > 0.5) correct++;
      continue;
    }
    if (rowArgmax(p, i * cols, cols) === rowArgmax(y, i * cols, cols)) correct++;
  }
  return correct;
}

function rowArgmax(values: Float64Array, base: number, cols: number): number {
  let best = 0;
  for (let j = 1; j < cols; j++) if ((values[base + j] as number) > (values[base + best] as number)) best = j;
  return best;
}
