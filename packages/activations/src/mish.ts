import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * Mish (Misra, 2019): `a = z·tanh(softplus(z))`, with softplus computed stably as
 * `log1p(exp(−|z|)) + max(z, 0)`. Derivative
 * `dZ = dA ⊙ (tanh(s) + z·σ(z)·sech²(s))`, `s = softplus(z)`, where `sech²(s) = 4w/(1 + w)²` with
 * `w = exp(−2s) = 1/(1 + exp(z))²` formed from the same `exp(−|z|)` (never `1 − tanh²`, which
 * cancels for large `z`). As Keras's and PyTorch's `mish`.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * mish.forward(Matrix.from([[-1, 0, 2]])).toArray(); // [[-0.30340146137410895, 0, 1.9439589595339946]]
 */
export const mish: Activation = /* @__PURE__ */ builtIn({
  name: "mish",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("mish.forward", z, out);
    const x = z.data, y = r.data;
    for (let k = 0; k < y.length; k++) {
      const v = x[k] as number;
      const s = Math.log1p(Math.exp(-Math.abs(v))) + (v > 0 ? v : 0);
      y[k] = v === -Infinity ? -0 : v * Math.tanh(s); // the limit, not −∞·0
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("mish.backward", z, a, dA, out);
    const x = z.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const v = x[k] as number;
      const e = Math.exp(-Math.abs(v));
      const p = 1 + e;
      const t = Math.tanh(Math.log1p(e) + (v > 0 ? v : 0));
      const sigma = (v >= 0 ? 1 : e) / p;
      // 1 + exp(z) is p/e above 0 and p below, so w = e²/p² or 1/p².
      const w = v >= 0 ? (e * e) / (p * p) : 1 / (p * p);
      const q = sigma * ((4 * w) / ((1 + w) * (1 + w)));
      d[k] = (g[k] as number) * (q === 0 ? t : t + v * q);
    }
    return r;
  },
} as const);
