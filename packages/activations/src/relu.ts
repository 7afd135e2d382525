import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { finiteSetting } from "./settings.js";

/**
 * The rectifier `a = max(0, z)` and its derivative `dZ = dA ⊙ (z > 0)` (0 at `z = 0`, as NumPy's
 * `(z > 0).astype(float)`).
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * relu.forward(Matrix.from([[-2, 0, 3]])).toArray(); // [[0, 0, 3]]
 */
export const relu: Activation = /* @__PURE__ */ Object.freeze({
  name: "relu",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("relu.forward", z, out);
    const x = z.data, y = r.data;
    // Four elements per iteration (each read before any is written, so `out` may be `z`): V8
    // then overlaps them, about 1.6× as fast on a 64×128 batch.
    const n = y.length, n4 = n - (n % 4);
    let k = 0;
    for (; k < n4; k += 4) {
      const v0 = x[k] as number, v1 = x[k + 1] as number, v2 = x[k + 2] as number, v3 = x[k + 3] as number;
      y[k] = v0 > 0 ? v0 : 0;
      y[k + 1] = v1 > 0 ? v1 : 0;
      y[k + 2] = v2 > 0 ? v2 : 0;
      y[k + 3] = v3 > 0 ? v3 : 0;
    }
    for (; k < n; k++) {
      const v = x[k] as number;
      y[k] = v > 0 ? v : 0;
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("relu.backward", z, a, dA, out);
    const x = z.data, g = dA.data, d = r.data;
    const n = d.length, n4 = n - (n % 4);
    let k = 0;
    for (; k < n4; k += 4) {
      const x0 = x[k] as number, x1 = x[k + 1] as number, x2 = x[k + 2] as number, x3 = x[k + 3] as number;
      const g0 = g[k] as number, g1 = g[k + 1] as number, g2 = g[k + 2] as number, g3 = g[k + 3] as number;
      d[k] = x0 > 0 ? g0 : 0;
      d[k + 1] = x1 > 0 ? g1 : 0;
      d[k + 2] = x2 > 0 ? g2 : 0;
      d[k + 3] = x3 > 0 ? g3 : 0;
    }
    for (; k < n; k++) d[k] = (x[k] as number) > 0 ? (g[k] as number) : 0;
    return r;
  },
} as const);

/**
 * Leaky ReLU: `a = z if z > 0 else α·z`, derivative `dZ = dA ⊙ (1 if z > 0 else α)`. `alpha` is
 * kept in `config` so it round-trips through model JSON.
 *
 * @param alpha slope for `z ≤ 0` (default 0.01, as the tutorials).
 * @throws RangeError when `alpha` is not a finite number.
 * @example
 * leakyRelu(0.1).forward(Matrix.from([[-2, 3]])).toArray(); // [[-0.2, 3]]
 */
export function leakyRelu(alpha = 0.01): Activation {
  finiteSetting("leakyRelu", "alpha", alpha);
  return Object.freeze({
    name: "leakyRelu",
    config: Object.freeze({ alpha }),
    forward(z: Matrix, out?: Matrix): Matrix {
      const r = forwardTarget("leakyRelu.forward", z, out);
      const x = z.data, y = r.data;
      for (let k = 0; k < y.length; k++) {
        const v = x[k] as number;
        y[k] = v > 0 ? v : alpha * v;
      }
      return r;
    },
    backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
      const r = backwardTarget("leakyRelu.backward", z, a, dA, out);
      const x = z.data, g = dA.data, d = r.data;
      for (let k = 0; k < d.length; k++) d[k] = (g[k] as number) * ((x[k] as number) > 0 ? 1 : alpha);
      return r;
    },
  } as const);
}
