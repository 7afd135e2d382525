import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * Scaled exponential linear unit (Klambauer et al., 2017): `a = λ·z if z > 0 else λα·(exp(z) − 1)`,
 * derivative `dZ = dA ⊙ (λ if z > 0 else λα·exp(z))`, with the constants Keras, PyTorch and
 * TensorFlow use: `λ = 1.05070098735548049341933498529`, `α = 1.67326324235437728481704299167`
 * and `λα` rounded once from their exact product (1.7580993408473768), as TensorFlow's kernel does.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * selu.forward(Matrix.from([[-1, 2]])).toArray(); // [[-1.1113307378125628, 2.101401974710961]]
 */
export const selu: Activation = /* @__PURE__ */ builtIn({
  name: "selu",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("selu.forward", z, out);
    const x = z.data, y = r.data;
    // The constants are literals, not module-level consts: a bundled module-level double is a
    // boxed heap number read on every use.
    for (let k = 0; k < y.length; k++) {
      const v = x[k] as number;
      y[k] = v > 0 ? 1.0507009873554805 * v : 1.7580993408473768 * Math.expm1(v);
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("selu.backward", z, a, dA, out);
    const x = z.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const v = x[k] as number;
      d[k] = (g[k] as number) * (v > 0 ? 1.0507009873554805 : 1.7580993408473768 * Math.exp(v));
    }
    return r;
  },
} as const);
