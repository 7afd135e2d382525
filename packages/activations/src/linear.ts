import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * The identity `a = z` (a regression output), with `dZ = dA`. Both steps copy, so the result
 * never aliases an input unless `out` does.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * linear.forward(Matrix.from([[-2, 3]])).toArray(); // [[-2, 3]]
 */
export const linear: Activation = /* @__PURE__ */ builtIn({
  name: "linear",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("linear.forward", z, out);
    if (r !== z) r.data.set(z.data);
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("linear.backward", z, a, dA, out);
    if (r !== dA) r.data.set(dA.data);
    return r;
  },
} as const);
