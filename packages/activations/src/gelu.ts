import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { normalCdf, normalPdf } from "./erf.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * Gaussian error linear unit, exact form (Hendrycks & Gimpel, 2016):
 * `a = z·Φ(z) = ½·z·(1 + erf(z/√2))`, derivative `dZ = dA ⊙ (Φ(z) + z·φ(z))` with `φ` the standard
 * normal density. Keras's `gelu(approximate=False)` and PyTorch's default `GELU`; for the tanh
 * approximation see {@link geluTanh}.
 *
 * `Φ` is our own (JavaScript has no `erf`), within 5 ulp of the exact value everywhere, including
 * the lower tail where `½(1 + erf)` would cancel to 0: `gelu(−30) ≈ −1.5e−196`, not `0`.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * gelu.forward(Matrix.from([[-1, 0, 2]])).toArray(); // [[-0.15865525393145702, 0, 1.9544997361036416]]
 */
export const gelu: Activation = /* @__PURE__ */ builtIn({
  name: "gelu",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("gelu.forward", z, out);
    const x = z.data, y = r.data;
    for (let k = 0; k < y.length; k++) {
      const v = x[k] as number;
      y[k] = v === -Infinity ? -0 : v * normalCdf(v); // the limit, not −∞·0
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("gelu.backward", z, a, dA, out);
    const x = z.data, g = dA.data, d = r.data;
    for (let k = 0; k < d.length; k++) {
      const v = x[k] as number;
      const q = normalPdf(v);
      d[k] = (g[k] as number) * (q === 0 ? normalCdf(v) : normalCdf(v) + v * q);
    }
    return r;
  },
} as const);
