import { fastExp, type Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * The logistic function `σ(z) = 1 / (1 + exp(−clip(z, −500, 500)))`, and its derivative
 * `dZ = dA ⊙ a(1 − a)` with `a = σ(z)`. `exp` is linalg's `fastExp` (within one ulp, and
 * quicker than `Math.exp`: a full-batch sigmoid network spends much of its time here).
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * sigmoid.forward(Matrix.from([[-1000, 0, 2]])).toArray(); // [[7.124576406741285e-218, 0.5, 0.8807970779778823]]
 */
export const sigmoid: Activation = /* @__PURE__ */ builtIn({
  name: "sigmoid",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("sigmoid.forward", z, out);
    const x = z.data, y = r.data, n = y.length;
    // Four elements per iteration: each exp is a long chain of dependent operations, and with four
    // independent chains in flight the CPU overlaps them (about 1.5× faster than one at a time).
    // A last group short of four repeats its last element; all four are read before any is
    // written, so `out` may be `z`. (No separate remainder loop: V8 inlines fastExp into this
    // function only so many times, and a call it does not inline returns a boxed number.)
    for (let k = 0; k < n; k += 4) {
      const k1 = k + 1 < n ? k + 1 : k, k2 = k + 2 < n ? k + 2 : k1, k3 = k + 3 < n ? k + 3 : k2;
      const v0 = x[k] as number, v1 = x[k1] as number, v2 = x[k2] as number, v3 = x[k3] as number;
      // exp(−clip(v, −500, 500)), clipped as the tutorials do: exp(500) ≈ 1.4e217 stays finite.
      const e0 = fastExp(v0 < -500 ? 500 : v0 > 500 ? -500 : -v0);
      const e1 = fastExp(v1 < -500 ? 500 : v1 > 500 ? -500 : -v1);
      const e2 = fastExp(v2 < -500 ? 500 : v2 > 500 ? -500 : -v2);
      const e3 = fastExp(v3 < -500 ? 500 : v3 > 500 ? -500 : -v3);
      y[k3] = 1 / (1 + e3);
      y[k2] = 1 / (1 + e2);
      y[k1] = 1 / (1 + e1);
      y[k] = 1 / (1 + e0);
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

