import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { finiteSetting } from "./settings.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * Exponential linear unit: `a = z if z > 0 else α·(exp(z) − 1)`, derivative
 * `dZ = dA ⊙ (1 if z > 0 else α·exp(z))` (at `z = 0` the left value `α`, as PyTorch; with the
 * default `α = 1` both sides agree). `exp(z) − 1` is `Math.expm1`, exact for small `z`.
 * As Keras's and PyTorch's `elu`; `alpha` is kept in `config`.
 *
 * @param alpha the value `a` approaches as `z → −∞` is `−α` (default 1).
 * @throws RangeError when `alpha` is not a finite number.
 * @example
 * elu().forward(Matrix.from([[-1, 2]])).toArray(); // [[-0.6321205588285577, 2]]
 */
export function elu(alpha = 1): Activation {
  finiteSetting("elu", "alpha", alpha);
  return builtIn({
    name: "elu",
    config: Object.freeze({ alpha }),
    forward(z: Matrix, out?: Matrix): Matrix {
      const r = forwardTarget("elu.forward", z, out);
      const x = z.data, y = r.data;
      for (let k = 0; k < y.length; k++) {
        const v = x[k] as number;
        y[k] = v > 0 ? v : alpha * Math.expm1(v);
      }
      return r;
    },
    backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
      const r = backwardTarget("elu.backward", z, a, dA, out);
      const x = z.data, g = dA.data, d = r.data;
      for (let k = 0; k < d.length; k++) {
        const v = x[k] as number;
        // exp(z) from z, not a + α: near z → −∞ that sum would cancel to noise.
        d[k] = v > 0 ? (g[k] as number) : (g[k] as number) * (alpha * Math.exp(v));
      }
      return r;
    },
  } as const);
}
