import { Matrix, type RandomState } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";

/**
 * scikit-learn's `utils.shuffle(X, y, random_state=rng)`: one `rng.shuffle(arange(n))`, then
 * both arrays are taken in that order (so it draws exactly as `rng.permutation(n)`).
 */
export function shuffleSamples({ x, y }: Dataset, rng: RandomState): Dataset {
  const order = rng.permutation(x.rows);
  return takeRows({ x, y }, order);
}

/** Rows `order[0], order[1], …` of `x` and the matching labels. */
export function takeRows({ x, y }: Dataset, order: ArrayLike<number>): Dataset {
  const out = new Matrix(order.length, x.cols);
  const labels = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const r = order[i] as number;
    out.data.set(x.row(r), i * x.cols);
    labels[i] = y[r] as number;
  }
  return { x: out, y: labels };
}
