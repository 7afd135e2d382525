import { add, addScaled, map, mul, scale, sum, type Matrix } from "@backprop/linalg";
import { assertInRange } from "./checks.js";

/** A weight penalty: its value joins the loss, its gradient joins the weight gradient. */
export interface Regularizer {
  readonly name: "l1" | "l2" | "l1l2";
  readonly l1: number;
  readonly l2: number;
  /** The penalty for weights `W` (`scratch`, shaped like `W`, avoids an allocation). */
  penalty(weights: Matrix, scratch?: Matrix): number;
  /** Writes `∂penalty/∂W` into `out` (same shape as `W`) and returns it. */
  gradient(weights: Matrix, out: Matrix): Matrix;
}

/** The serialized form of a regularizer. */
export interface RegularizerJSON {
  l1: number;
  l2: number;
}

function l1l2Regularizer(name: Regularizer["name"], l1: number, l2: number): Regularizer {
  assertInRange(name, "l1", l1, 0, Number.MAX_VALUE);
  assertInRange(name, "l2", l2, 0, Number.MAX_VALUE);
  return {
    name,
    l1,
    l2,
    penalty(weights, scratch) {
      const abs = l1 === 0 ? 0 : sum(map(weights, Math.abs, scratch));
      const squares = l2 === 0 ? 0 : sum(mul(weights, weights, scratch));
      return l1 * abs + (l2 / 2) * squares;
    },
    gradient(weights, out) {
      if (l1 === 0) return scale(weights, l2, out);
      map(weights, Math.sign, out);
      scale(out, l1, out);
      return l2 === 0 ? out : addScaled(out, weights, l2, out);
    },
  };
}

/**
 * L2 (weight decay): penalty `(λ/2)·ΣW²`, gradient `λ·W` — the `+ λ·W` of seed 001's
 * `RegularizedLayer`. Seed 000's `(λ/2m)·ΣW²` is `l2(λ/m)`.
 * @throws RangeError unless `lambda ≥ 0` and finite.
 * @example
 * l2(0.1).penalty(Matrix.from([[1, -2]])); // 0.25  ((0.1 / 2) · (1 + 4))
 */
export function l2(lambda: number): Regularizer {
  return l1l2Regularizer("l2", 0, lambda);
}

/**
 * L1 (lasso): penalty `λ·Σ|W|`, gradient `λ·sign(W)` (0 at exactly 0).
 * @throws RangeError unless `lambda ≥ 0` and finite.
 * @example
 * l1(0.1).penalty(Matrix.from([[1, -2]])); // 0.30000000000000004
 */
export function l1(lambda: number): Regularizer {
  return l1l2Regularizer("l1", lambda, 0);
}

/**
 * Both: penalty `λ₁·Σ|W| + (λ₂/2)·ΣW²`, gradient `λ₁·sign(W) + λ₂·W`.
 * @throws RangeError unless both are ≥ 0 and finite.
 */
export function l1l2({ l1: a = 0, l2: b = 0 }: { l1?: number; l2?: number }): Regularizer {
  return l1l2Regularizer("l1l2", a, b);
}

/** Rebuilds a regularizer from `{ l1, l2 }` (as `toJSON` wrote it). */
export function regularizerFromJSON(json: RegularizerJSON): Regularizer {
  if (json.l1 === 0) return l2(json.l2);
  if (json.l2 === 0) return l1(json.l1);
  return l1l2(json);
}

/** Allocation-free helper for layers: `grad += ∂penalty/∂W`, using `scratch` (shape of `W`). */
export function addRegularizerGradient(reg: Regularizer, weights: Matrix, grad: Matrix, scratch: Matrix): void {
  add(grad, reg.gradient(weights, scratch), grad);
}
