import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";

/**
 * The logistic function `σ(z) = 1 / (1 + exp(−clip(z, −500, 500)))`, and its derivative
 * `dZ = dA ⊙ a(1 − a)` with `a = σ(z)`.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * sigmoid.forward(Matrix.from([[-1000, 0, 2]])).toArray(); // [[7.124576406741287e-218, 0.5, 0.8807970779778823]]
 */
export const sigmoid: Activation = /* @__PURE__ */ Object.freeze({
  name: "sigmoid",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("sigmoid.forward", z, out);
    const x = z.data, y = r.data;
    for (let k = 0; k < y.length; k++) {
      const v = x[k] as number;
      // Clipping as the tutorials do keeps exp(−z) finite: exp(500) ≈ 1.4e217 < Number.MAX_VALUE.
      const c = v < -500 ? -500 : v > 500 ? 500 : v;
      y[k] = 1 / (1 + Math.exp(-c));
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("sigmoid.backward", z, a, dA, out);
    const s = a.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const sk = s[k] as number;
      d[k] = (g[k] as number) * (sk * (1 - sk));
    }
    return r;
  },
} as const);
