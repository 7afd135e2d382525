import { type Matrix, formatShape } from "@backprop/linalg";
import { assertFiniteTarget, assertPair, assertSampleWeight, gradientTarget, probabilityError } from "./checks.js";
import { clipProbability } from "./binary-cross-entropy.js";
import type { Loss } from "./types.js";
import { builtIn } from "./built-in.js";

/** How far a target row's sum may stray from 1 (rounding in label smoothing, CSV input). */
const ROW_SUM_TOLERANCE = 1e-6;

/**
 * Categorical cross-entropy, exactly seed 001's `compute_loss`: with
 * `p̂ = clip(p, 1e−15, 1 − 1e−15)`, `L = −Σᵢ wᵢ Σⱼ y log p̂ / m` — summed over the classes of a
 * row and averaged over the `m` rows (`wᵢ = 1` without `sampleWeight`). Gradient:
 * `dL/dp = −wᵢ y / (p̂·m)`.
 *
 * @throws ShapeError when `pred` and `target` (or `out`) differ in shape or are empty.
 * @throws RangeError from `forward` when a prediction is below 0 or above 1 (not a probability:
 *   the output layer is not a softmax); for `sampleWeight` of the wrong length or with a negative
 *   or non-finite value.
 * @example
 * categoricalCrossEntropy.forward(Matrix.from([[0.7, 0.2, 0.1]]), Matrix.from([[1, 0, 0]])); // 0.35667494393873245
 */
export const categoricalCrossEntropy: Loss = /* @__PURE__ */ builtIn({
  name: "categoricalCrossEntropy",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(pred: Matrix, target: Matrix, sampleWeight?: Float64Array): number {
    const op = "categoricalCrossEntropy.forward";
    assertPair(op, pred, target);
    const p = pred.data, y = target.data;
    let total = 0;
    let bad = -1;
    if (sampleWeight === undefined) {
      for (let k = 0; k < p.length; k++) {
        const raw = p[k] as number;
        if (raw < 0 || raw > 1) bad = bad < 0 ? k : bad; // reported after the loop, which stays branch-light
        total += (y[k] as number) * Math.log(clipProbability(raw));
      }
    } else {
      assertSampleWeight(op, sampleWeight, pred.rows);
      for (let i = 0, k = 0; i < pred.rows; i++) {
        const w = sampleWeight[i] as number;
        for (let j = 0; j < pred.cols; j++, k++) {
          const raw = p[k] as number;
          if (raw < 0 || raw > 1) bad = bad < 0 ? k : bad;
          total += w * ((y[k] as number) * Math.log(clipProbability(raw)));
        }
      }
    }
    if (bad >= 0) throw probabilityError(op, pred, bad);
    return -total / pred.rows;
  },
  backward(pred: Matrix, target: Matrix, out?: Matrix, sampleWeight?: Float64Array): Matrix {
    const r = gradientTarget("categoricalCrossEntropy.backward", pred, target, out);
    const p = pred.data, y = target.data, g = r.data, m = pred.rows;
    if (sampleWeight === undefined) {
      for (let k = 0; k < g.length; k++) {
        const yk = y[k] as number;
        // Zero labels give exactly 0 (not −0), so a printed gradient reads as the math.
        g[k] = yk === 0 ? 0 : -yk / (clipProbability(p[k] as number) * m);
      }
      return r;
    }
    assertSampleWeight("categoricalCrossEntropy.backward", sampleWeight, m);
    for (let i = 0, k = 0; i < m; i++) {
      const w = sampleWeight[i] as number;
      for (let j = 0; j < pred.cols; j++, k++) {
        const yk = y[k] as number;
        g[k] = yk === 0 || w === 0 ? 0 : -(w * yk) / (clipProbability(p[k] as number) * m);
      }
    }
    return r;
  },
  validateTarget(target: Matrix): void {
    const op = "categoricalCrossEntropy";
    if (target.cols < 2) {
      throw new RangeError(
        `${op}: targets need one column per class (at least 2); for a single output use binaryCrossEntropy. Received: target.shape=${formatShape(target)}.`,
      );
    }
    assertFiniteTarget(op, target);
    for (let i = 0; i < target.rows; i++) {
      const row = target.row(i);
      let total = 0;
      let negative = false;
      for (const v of row) {
        total += v;
        if (v < 0) negative = true;
      }
      if (negative || Math.abs(total - 1) > ROW_SUM_TOLERANCE) {
        throw new RangeError(
          `${op}: every target row must be one-hot (non-negative, summing to 1). Received: row ${i} = [${Array.from(row).join(", ")}].`,
        );
      }
    }
  },
} as const);
