import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { finiteSetting } from "./settings.js";
import { selectWherePositive } from "./select.js";
import { builtIn } from "./built-in.js";

/**
 * The rectifier `a = max(0, z)` and its derivative `dZ = dA ⊙ (z > 0)` (0 at `z = 0`, as NumPy's
 * `(z > 0).astype(float)`).
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * relu.forward(Matrix.from([[-2, 0, 3]])).toArray(); // [[0, 0, 3]]
 */
export const relu: Activation = /* @__PURE__ */ builtIn({
  name: "relu",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("relu.forward", z, out);
    selectWherePositive(z.data, z.data, r.data);
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("relu.backward", z, a, dA, out);
    selectWherePositive(z.data, dA.data, r.data);
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
  return builtIn({
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
