import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * GELU's tanh approximation: `a = ½·z·(1 + tanh(u))`, `u = √(2/π)·(z + 0.044715·z³)`, as Keras's
 * `gelu(approximate=True)` and PyTorch's `GELU(approximate="tanh")`. Computed through the identity
 * `½(1 + tanh(u)) = σ(2u)`, with `σ` formed from `e = exp(−2|u|) ≤ 1`, so the lower tail keeps
 * its digits instead of cancelling to 0 and nothing overflows. Derivative:
 * `dZ = dA ⊙ (σ(2u) + z·2σ(2u)(1 − σ(2u))·√(2/π)·(1 + 3·0.044715·z²))`.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * geluTanh.forward(Matrix.from([[-1, 0, 2]])).toArray(); // [[-0.15880800939172326, 0, 1.9545976940877752]]
 */
export const geluTanh: Activation = /* @__PURE__ */ builtIn({
  name: "geluTanh",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("geluTanh.forward", z, out);
    const x = z.data, y = r.data;
    for (let k = 0; k < y.length; k++) {
      const v = x[k] as number;
      const u = 0.7978845608028654 * (v + 0.044715 * v * v * v);
      const e = Math.exp(-2 * Math.abs(u));
      y[k] = v === -Infinity ? -0 : (u >= 0 ? v : v * e) / (1 + e);
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("geluTanh.backward", z, a, dA, out);
    const x = z.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const v = x[k] as number;
      const u = 0.7978845608028654 * (v + 0.044715 * v * v * v);
      const e = Math.exp(-2 * Math.abs(u));
      const p = 1 + e;
      const s = (u >= 0 ? 1 : e) / p;
      const t = e / (p * p); // σ(2u)(1 − σ(2u)); 0 once saturated, where z·t·u′ would be ∞·0
      d[k] = (g[k] as number) * (t === 0 ? s : s + v * (2 * t) * (0.7978845608028654 * (1 + 0.134145 * v * v)));
    }
    return r;
  },
} as const);
