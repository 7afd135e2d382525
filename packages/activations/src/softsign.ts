import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * Softsign `a = z / (1 + |z|)`, derivative `dZ = dA ⊙ 1/(1 + |z|)²` (squared after the division,
 * so it reaches the subnormals instead of overflowing `(1 + |z|)²`). `a(±∞) = ±1`.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * softsign.forward(Matrix.from([[-3, 1]])).toArray(); // [[-0.75, 0.5]]
 */
export const softsign: Activation = /* @__PURE__ */ builtIn({
  name: "softsign",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("softsign.forward", z, out);
    const x = z.data, y = r.data;
    for (let k = 0; k < y.length; k++) {
      const v = x[k] as number;
      const q = 1 + Math.abs(v);
      y[k] = q === Infinity ? (v > 0 ? 1 : -1) : v / q;
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("softsign.backward", z, a, dA, out);
    const x = z.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const inv = 1 / (1 + Math.abs(x[k] as number));
      d[k] = (g[k] as number) * inv * inv;
    }
    return r;
  },
} as const);
