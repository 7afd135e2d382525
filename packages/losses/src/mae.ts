import type { Matrix } from "@backprop/linalg";
import { assertFiniteTarget, assertPair, assertSampleWeight, gradientTarget } from "./checks.js";
import type { Loss } from "./types.js";
import { builtIn } from "./built-in.js";

/**
 * Mean absolute error over every element: `L = Σᵢ wᵢ Σⱼ |p − y| / (m·k)` (`wᵢ = 1` without
 * `sampleWeight`), as Keras's `MeanAbsoluteError` (the mean over a row's `k` outputs, then over
 * the batch). Sub-gradient `dL/dp = wᵢ·sign(p − y) / (m·k)`, taken as 0 where `p = y` (as
 * `np.sign`, TensorFlow and PyTorch do).
 *
 * @throws ShapeError when `pred` and `target` (or `out`) differ in shape or are empty.
 * @throws RangeError for `sampleWeight` of the wrong length or with a negative or non-finite value.
 * @example
 * mae.forward(Matrix.from([[0.5], [2]]), Matrix.from([[1], [1]])); // 0.75
 */
export const mae: Loss = /* @__PURE__ */ builtIn({
  name: "mae",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(pred: Matrix, target: Matrix, sampleWeight?: Float64Array): number {
    assertPair("mae.forward", pred, target);
    if (sampleWeight !== undefined) assertSampleWeight("mae.forward", sampleWeight, pred.rows);
    const p = pred.data, y = target.data;
    let total = 0;
    for (let i = 0, k = 0; i < pred.rows; i++) {
      const w = sampleWeight === undefined ? 1 : (sampleWeight[i] as number);
      for (let j = 0; j < pred.cols; j++, k++) total += w * Math.abs((p[k] as number) - (y[k] as number));
    }
    return total / p.length;
  },
  backward(pred: Matrix, target: Matrix, out?: Matrix, sampleWeight?: Float64Array): Matrix {
    const r = gradientTarget("mae.backward", pred, target, out);
    if (sampleWeight !== undefined) assertSampleWeight("mae.backward", sampleWeight, pred.rows);
    const p = pred.data, y = target.data, g = r.data, n = p.length;
    for (let i = 0, k = 0; i < pred.rows; i++) {
      const c = (sampleWeight === undefined ? 1 : (sampleWeight[i] as number)) / n;
      for (let j = 0; j < pred.cols; j++, k++) {
        const e = (p[k] as number) - (y[k] as number);
        g[k] = e > 0 ? c : e < 0 ? -c : e === 0 ? 0 : e; // NaN stays NaN
      }
    }
    return r;
  },
  validateTarget(target: Matrix): void {
    assertFiniteTarget("mae", target);
  },
} as const);
