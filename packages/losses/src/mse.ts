import type { Matrix } from "@backprop/linalg";
import { assertFiniteTarget, assertPair, assertSampleWeight, gradientTarget } from "./checks.js";
import type { Loss } from "./types.js";
import { builtIn } from "./built-in.js";

/**
 * Mean squared error over every element, as seed 002: `L = Σᵢ wᵢ Σⱼ (p − y)² / (m·k)` (the mean
 * of `(p − y)²` without `sampleWeight`), with gradient `dL/dp = 2wᵢ(p − y) / (m·k)`. Per sample
 * this is Keras's `MeanSquaredError` (the mean over a row's `k` outputs).
 *
 * @throws ShapeError when `pred` and `target` (or `out`) differ in shape or are empty.
 * @throws RangeError for `sampleWeight` of the wrong length or with a negative or non-finite value.
 * @example
 * mse.forward(Matrix.from([[0.8], [0.2]]), Matrix.from([[1], [0]])); // 0.039999999999999994
 */
export const mse: Loss = /* @__PURE__ */ builtIn({
  name: "mse",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(pred: Matrix, target: Matrix, sampleWeight?: Float64Array): number {
    assertPair("mse.forward", pred, target);
    const p = pred.data, y = target.data;
    let total = 0;
    if (sampleWeight === undefined) {
      for (let k = 0; k < p.length; k++) {
        const d = (p[k] as number) - (y[k] as number);
        total += d * d;
      }
      return total / p.length;
    }
    assertSampleWeight("mse.forward", sampleWeight, pred.rows);
    for (let i = 0, k = 0; i < pred.rows; i++) {
      const w = sampleWeight[i] as number;
      for (let j = 0; j < pred.cols; j++, k++) {
        const d = (p[k] as number) - (y[k] as number);
        total += w * (d * d);
      }
    }
    return total / p.length;
  },
  backward(pred: Matrix, target: Matrix, out?: Matrix, sampleWeight?: Float64Array): Matrix {
    const r = gradientTarget("mse.backward", pred, target, out);
    const p = pred.data, y = target.data, g = r.data, n = p.length;
    if (sampleWeight === undefined) {
      for (let k = 0; k < n; k++) g[k] = (2 * ((p[k] as number) - (y[k] as number))) / n;
      return r;
    }
    assertSampleWeight("mse.backward", sampleWeight, pred.rows);
    for (let i = 0, k = 0; i < pred.rows; i++) {
      const w = sampleWeight[i] as number;
      for (let j = 0; j < pred.cols; j++, k++) g[k] = (w * (2 * ((p[k] as number) - (y[k] as number)))) / n;
    }
    return r;
  },
  validateTarget(target: Matrix): void {
    assertFiniteTarget("mse", target);
  },
} as const);
