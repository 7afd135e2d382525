import type { Matrix } from "@backprop/linalg";
import { assertFiniteTarget, assertPair, gradientTarget } from "./checks.js";
import type { Loss } from "./types.js";

/**
 * Mean squared error over every element, as seed 002: `L = mean((p − y)²) = Σ (p − y)² / (m·k)`,
 * with gradient `dL/dp = 2(p − y) / (m·k)`.
 *
 * @throws ShapeError when `pred` and `target` (or `out`) differ in shape or are empty.
 * @example
 * mse.forward(Matrix.from([[0.8], [0.2]]), Matrix.from([[1], [0]])); // 0.039999999999999994
 */
export const mse: Loss = /* @__PURE__ */ Object.freeze({
  name: "mse",
  forward(pred: Matrix, target: Matrix): number {
    assertPair("mse.forward", pred, target);
    const p = pred.data, y = target.data;
    let total = 0;
    for (let k = 0; k < p.length; k++) {
      const d = (p[k] as number) - (y[k] as number);
      total += d * d;
    }
    return total / p.length;
  },
  backward(pred: Matrix, target: Matrix, out?: Matrix): Matrix {
    const r = gradientTarget("mse.backward", pred, target, out);
    const p = pred.data, y = target.data, g = r.data, n = p.length;
    for (let k = 0; k < n; k++) g[k] = (2 * ((p[k] as number) - (y[k] as number))) / n;
    return r;
  },
  validateTarget(target: Matrix): void {
    assertFiniteTarget("mse", target);
  },
} as const);
