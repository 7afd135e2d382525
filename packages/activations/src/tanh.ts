import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * The hyperbolic tangent `a = tanh(z)` and its derivative `dZ = dA ⊙ (1 − a²)`.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * tanh.forward(Matrix.from([[0, 1]])).toArray(); // [[0, 0.7615941559557649]]
 */
export const tanh: Activation = /* @__PURE__ */ builtIn({
  name: "tanh",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("tanh.forward", z, out);
    const x = z.data, y = r.data;
    for (let k = 0; k < y.length; k++) y[k] = Math.tanh(x[k] as number);
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("tanh.backward", z, a, dA, out);
    const t = a.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const tk = t[k] as number;
      d[k] = (g[k] as number) * (1 - tk * tk);
    }
    return r;
  },
} as const);
