import type { Matrix } from "@backprop/linalg";
import { assertFiniteTarget, assertPair, assertSampleWeight, at, gradientTarget, probabilityError } from "./checks.js";
import type { Loss } from "./types.js";
import { builtIn } from "./built-in.js";

/**
 * Binary cross-entropy, exactly seed 000's `compute_cost`: with `p̂ = clip(p, 1e−15, 1 − 1e−15)`,
 * `L = −(1/m) Σᵢ wᵢ Σⱼ [y log p̂ + (1 − y) log(1 − p̂)]` — summed over the `k` outputs of a row and
 * averaged over the `m` rows (`wᵢ = 1` without `sampleWeight`). Gradient:
 * `dL/dp = wᵢ (p̂ − y) / (p̂(1 − p̂)) / m` (outside the clip range this is the gradient at the
 * clipped value, so a saturated wrong output is still pushed back).
 *
 * @throws ShapeError when `pred` and `target` (or `out`) differ in shape or are empty.
 * @throws RangeError from `forward` when a prediction is below 0 or above 1 (not a probability:
 *   the output layer is not a sigmoid); for `sampleWeight` of the wrong length or with a negative
 *   or non-finite value.
 * @example
 * binaryCrossEntropy.forward(Matrix.from([[0.9], [0.2]]), Matrix.from([[1], [0]])); // 0.164252033486018
 */
export const binaryCrossEntropy: Loss = /* @__PURE__ */ builtIn({
  name: "binaryCrossEntropy",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(pred: Matrix, target: Matrix, sampleWeight?: Float64Array): number {
    assertPair("binaryCrossEntropy.forward", pred, target);
    if (sampleWeight !== undefined) return weightedForward(pred, target, sampleWeight);
    const p = pred.data, y = target.data;
    let total = 0;
    let bad = -1;
    for (let k = 0; k < p.length; k++) {
      const raw = p[k] as number;
      if (raw < 0 || raw > 1) bad = bad < 0 ? k : bad; // reported after the loop, which stays branch-light
      const pk = clipProbability(raw), yk = y[k] as number;
      // A hard label zeroes one term exactly (the clip keeps both logs finite), so one log serves.
      if (yk === 1) total += Math.log(pk);
      else if (yk === 0) total += Math.log(1 - pk);
      else total += yk * Math.log(pk) + (1 - yk) * Math.log(1 - pk);
    }
    if (bad >= 0) throw probabilityError("binaryCrossEntropy.forward", pred, bad);
    return -(1 / pred.rows) * total;
  },
  backward(pred: Matrix, target: Matrix, out?: Matrix, sampleWeight?: Float64Array): Matrix {
    const r = gradientTarget("binaryCrossEntropy.backward", pred, target, out);
    const p = pred.data, y = target.data, g = r.data, m = pred.rows;
    if (sampleWeight === undefined) {
      for (let k = 0; k < g.length; k++) {
        const pk = clipProbability(p[k] as number);
        g[k] = (pk - (y[k] as number)) / (pk * (1 - pk)) / m;
      }
      return r;
    }
    assertSampleWeight("binaryCrossEntropy.backward", sampleWeight, m);
    for (let i = 0, k = 0; i < m; i++) {
      const w = sampleWeight[i] as number;
      for (let j = 0; j < pred.cols; j++, k++) {
        const pk = clipProbability(p[k] as number);
        g[k] = (w * (pk - (y[k] as number))) / (pk * (1 - pk)) / m;
      }
    }
    return r;
  },
  validateTarget(target: Matrix): void {
    assertFiniteTarget("binaryCrossEntropy", target);
    const t = target.data;
    for (let k = 0; k < t.length; k++) {
      const v = t[k] as number;
      if (v < 0 || v > 1) {
        throw new RangeError(`binaryCrossEntropy: target values must lie in [0, 1]. Received: ${at(target, k)}=${v}.`);
      }
    }
  },
} as const);

/** The same sum as the unweighted loop, each term times its row's weight (weights of 1 change no bit). */
function weightedForward(pred: Matrix, target: Matrix, sampleWeight: Float64Array): number {
  assertSampleWeight("binaryCrossEntropy.forward", sampleWeight, pred.rows);
  const p = pred.data, y = target.data;
  let total = 0;
  for (let i = 0, k = 0; i < pred.rows; i++) {
    const w = sampleWeight[i] as number;
    for (let j = 0; j < pred.cols; j++, k++) {
      const raw = p[k] as number;
      if (raw < 0 || raw > 1) throw probabilityError("binaryCrossEntropy.forward", pred, k);
      const pk = clipProbability(raw), yk = y[k] as number;
      if (yk === 1) total += w * Math.log(pk);
      else if (yk === 0) total += w * Math.log(1 - pk);
      else total += w * (yk * Math.log(pk) + (1 - yk) * Math.log(1 - pk));
    }
  }
  return -(1 / pred.rows) * total;
}

/**
 * `clip(p, ε, 1 − ε)` with `ε = 1e−15`, as the tutorials clip before the log; NaN passes through,
 * as NumPy's clip.
 */
export function clipProbability(p: number): number {
  // The bounds are function-local on purpose: bundlers turn a module-level `const` into a `var`,
  // and V8 boxes a module `var` holding a double on every use, costing the loss one heap number
  // per element in the training loop.
  const low = 1e-15;
  const high = 1 - 1e-15;
  return p < low ? low : p > high ? high : p;
}
