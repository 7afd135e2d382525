import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * Softplus `a = log(1 + exp(z))`, computed as `log1p(exp(−|z|)) + max(z, 0)` so that `exp` never
 * overflows and the tail `z → −∞` keeps its relative accuracy; derivative `dZ = dA ⊙ σ(z)`, with
 * `σ` formed from the same `exp(−|z|)` (`1/(1 + e)` or `e/(1 + e)`).
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * softplus.forward(Matrix.from([[-1000, 0, 1000]])).toArray(); // [[0, 0.6931471805599453, 1000]]
 */
export const softplus: Activation = /* @__PURE__ */ builtIn({
  name: "softplus",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("softplus.forward", z, out);
    const x = z.data, y = r.data;
    for (let k = 0; k < y.length; k++) {
      const v = x[k] as number;
      y[k] = Math.log1p(Math.exp(-Math.abs(v))) + (v > 0 ? v : 0);
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("softplus.backward", z, a, dA, out);
    const x = z.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const v = x[k] as number;
      const e = Math.exp(-Math.abs(v));
      d[k] = (g[k] as number) * ((v >= 0 ? 1 : e) / (1 + e));
    }
    return r;
  },
} as const);
