import type { Matrix } from "@backprop/linalg";
import { r2Score } from "@backprop/metrics";
import type { Sequential } from "@backprop/network";
import type { RunLoss } from "./build-model.js";

/** `huber` with `@backprop/losses`' default δ = 1: `½r²` for `|r| ≤ 1`, else `|r| − ½`. */
function huber(r: number): number {
  const a = Math.abs(r);
  return a <= 1 ? 0.5 * r * r : a - 0.5;
}

/**
 * What the best constant prediction scores, the regression counterpart of guessing the class
 * shares: mse → the variance of `y` (the mean predicted), mae → the mean distance to the median,
 * huber → its minimum over constants (convex, found by ternary search between min and max of `y`).
 * @example
 * baselineLoss(Float64Array.from([1, 2, 3, 4]), "mse"); // 1.25
 */
export function baselineLoss(y: ArrayLike<number>, loss: RunLoss): number {
  const n = y.length;
  const values = Array.from(y);
  const at = (c: number, f: (r: number) => number) => values.reduce((s, v) => s + f(v - c), 0) / n;
  if (loss === "mae") {
    const sorted = [...values].sort((a, b) => a - b);
    const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
    return at(median, Math.abs);
  }
  if (loss === "huber") {
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    for (let i = 0; i < 100; i++) {
      const a = lo + (hi - lo) / 3;
      const b = hi - (hi - lo) / 3;
      if (at(a, huber) < at(b, huber)) hi = b;
      else lo = a;
    }
    return at((lo + hi) / 2, huber);
  }
  const mean = values.reduce((s, v) => s + v, 0) / n;
  return at(mean, (r) => r * r);
}

/** `r2Score` (scikit-learn's `r2_score`) of the model's predictions on the training and the test set. */
export function regressionScores(model: Sequential, x: { train: Matrix; test: Matrix }, y: { train: Matrix; test: Matrix }): { trainR2: number; testR2: number } {
  const score = (xs: Matrix, ys: Matrix) => {
    const pred = model.forward(xs, false);
    return pred.data.every(Number.isFinite) ? r2Score(ys.data, pred.data) : Number.NaN;
  };
  return { trainR2: score(x.train, y.train), testR2: score(x.test, y.test) };
}
