import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

// σ(z) is formed from e = exp(−|z|) ≤ 1 (1/(1 + e) for z ≥ 0, e/(1 + e) below), so exp never
// overflows; z = −∞ gives −0, the limit, rather than −∞·0.
function forward(op: string, z: Matrix, out?: Matrix): Matrix {
  const r = forwardTarget(op, z, out);
  const x = z.data, y = r.data;
  for (let k = 0; k < y.length; k++) {
    const v = x[k] as number;
    const e = Math.exp(-Math.abs(v));
    y[k] = v === -Infinity ? -0 : (v >= 0 ? v : v * e) / (1 + e);
  }
  return r;
}

// d/dz z·σ(z) = σ + z·σ(1 − σ), with σ(1 − σ) = e/(1 + e)²; where that is 0 (|z| ≳ 745, ±∞) the
// product is 0 too, not z·0 = NaN at ±∞.
function backward(op: string, z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
  const r = backwardTarget(op, z, a, dA, out);
  const x = z.data, g = dA.data, d = r.data;
  for (let k = 0; k < d.length; k++) {
    const v = x[k] as number;
    const e = Math.exp(-Math.abs(v));
    const p = 1 + e;
    const s = (v >= 0 ? 1 : e) / p;
    const t = e / (p * p);
    d[k] = (g[k] as number) * (t === 0 ? s : s + v * t);
  }
  return r;
}

/**
 * Swish (Ramachandran et al., 2017), also called SiLU: `a = z·σ(z)`, derivative
 * `dZ = dA ⊙ (σ(z) + z·σ(z)(1 − σ(z)))`. Keras's `swish`/`silu` and PyTorch's `SiLU`
 * (no trainable β). {@link silu} is the same function under its other name.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * swish.forward(Matrix.from([[-1, 0, 2]])).toArray(); // [[-0.2689414213699951, 0, 1.7615941559557646]]
 */
export const swish: Activation = /* @__PURE__ */ builtIn({
  name: "swish",
  config: /* @__PURE__ */ Object.freeze({}),
  forward: (z: Matrix, out?: Matrix): Matrix => forward("swish.forward", z, out),
  backward: (z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix => backward("swish.backward", z, a, dA, out),
} as const);

/**
 * SiLU, the sigmoid-weighted linear unit `a = z·σ(z)`: {@link swish} under the name PyTorch
 * uses, kept as its own name so a model saved with `"silu"` reads back as `"silu"`.
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * silu.forward(Matrix.from([[2]])).toArray(); // [[1.7615941559557646]]
 */
export const silu: Activation = /* @__PURE__ */ builtIn({
  name: "silu",
  config: /* @__PURE__ */ Object.freeze({}),
  forward: (z: Matrix, out?: Matrix): Matrix => forward("silu.forward", z, out),
  backward: (z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix => backward("silu.backward", z, a, dA, out),
} as const);
