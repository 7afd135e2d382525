import { checkLengths } from "./expect-close.js";

/**
 * Central finite-difference gradient of a scalar function with respect to the entries of `values`
 * (perturbed in place and restored): `∂f/∂θᵢ ≈ (f(θ + h·eᵢ) − f(θ − h·eᵢ)) / 2h`.
 * @example
 * const theta = Float64Array.of(3);
 * numericalGradient(theta, () => theta[0] ** 2); // Float64Array [≈ 6]
 */
export function numericalGradient(values: Float64Array, f: () => number, h = 1e-6): Float64Array {
  const grad = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const original = values[i] as number;
    values[i] = original + h;
    const plus = f();
    values[i] = original - h;
    const minus = f();
    values[i] = original;
    grad[i] = (plus - minus) / (2 * h);
  }
  return grad;
}

/**
 * The relative error used by gradient checks, `|a − n| / max(|a| + |n|, floor)`, worst over all
 * entries: analytic `a` against numerical `n`. A NaN anywhere makes it `Infinity`.
 * @throws RangeError when the arrays differ in length.
 * @example
 * gradientRelativeError([1.01], [1]); // ≈ 0.004975
 */
export function gradientRelativeError(analytic: ArrayLike<number>, numerical: ArrayLike<number>, floor = 1e-8): number {
  checkLengths("gradientRelativeError", analytic, numerical);
  let worst = 0;
  for (let i = 0; i < analytic.length; i++) {
    const a = analytic[i] as number;
    const n = numerical[i] as number;
    const err = Math.abs(a - n) / Math.max(Math.abs(a) + Math.abs(n), floor);
    if (Number.isNaN(err)) return Infinity;
    if (err > worst) worst = err;
  }
  return worst;
}
