import type { Matrix } from "@backprop/linalg";
import { assertFiniteTarget, assertPair, assertSampleWeight, gradientTarget } from "./checks.js";
import type { Loss } from "./types.js";
import { builtIn } from "./built-in.js";

/** Settings of {@link huber}. */
export interface HuberOptions {
  /** Where the loss turns from quadratic to linear, > 0 (default 1.0, as Keras). */
  delta?: number;
}

/**
 * The Huber loss, as Keras's `Huber`: with `e = p − y`, each element costs `½e²` where
 * `|e| ≤ δ` and `δ·|e| − ½δ²` beyond, and `L = Σᵢ wᵢ Σⱼ h(eᵢⱼ) / (m·k)` — the mean over a row's
 * `k` outputs, then over the batch (`wᵢ = 1` without `sampleWeight`). Gradient
 * `dL/dp = wᵢ·clip(e, −δ, δ) / (m·k)`. Quadratic near 0 like mse, linear in the tails like mae,
 * so outliers pull less. `delta` is kept in `config`.
 *
 * @throws RangeError when `delta` is not a finite number > 0; for `sampleWeight` of the wrong
 *   length or with a negative or non-finite value.
 * @throws ShapeError when `pred` and `target` (or `out`) differ in shape or are empty.
 * @example
 * huber().forward(Matrix.from([[0.5], [4]]), Matrix.from([[0], [0]])); // 1.8125
 */
export function huber({ delta = 1 }: HuberOptions = {}): Loss {
  if (typeof delta !== "number" || !Number.isFinite(delta) || !(delta > 0)) {
    throw new RangeError(`huber: delta must be a finite number > 0. Received: delta=${String(delta)}.`);
  }
  const halfDeltaSquared = 0.5 * (delta * delta);
  return builtIn({
    name: "huber",
    config: Object.freeze({ delta }),
    forward(pred: Matrix, target: Matrix, sampleWeight?: Float64Array): number {
      assertPair("huber.forward", pred, target);
      if (sampleWeight !== undefined) assertSampleWeight("huber.forward", sampleWeight, pred.rows);
      const p = pred.data, y = target.data;
      let total = 0;
      for (let i = 0, k = 0; i < pred.rows; i++) {
        const w = sampleWeight === undefined ? 1 : (sampleWeight[i] as number);
        for (let j = 0; j < pred.cols; j++, k++) {
          const e = (p[k] as number) - (y[k] as number);
          const a = Math.abs(e);
          total += w * (a <= delta ? 0.5 * (e * e) : delta * a - halfDeltaSquared);
        }
      }
      return total / p.length;
    },
    backward(pred: Matrix, target: Matrix, out?: Matrix, sampleWeight?: Float64Array): Matrix {
      const r = gradientTarget("huber.backward", pred, target, out);
      if (sampleWeight !== undefined) assertSampleWeight("huber.backward", sampleWeight, pred.rows);
      const p = pred.data, y = target.data, g = r.data, n = p.length;
      for (let i = 0, k = 0; i < pred.rows; i++) {
        const w = sampleWeight === undefined ? 1 : (sampleWeight[i] as number);
        for (let j = 0; j < pred.cols; j++, k++) {
          const e = (p[k] as number) - (y[k] as number);
          g[k] = (w * (e > delta ? delta : e < -delta ? -delta : e)) / n;
        }
      }
      return r;
    },
    validateTarget(target: Matrix): void {
      assertFiniteTarget("huber", target);
    },
  } as const);
}
