import { checkSameLength, formatList } from "./labels.js";
import { readNumbers } from "./matrix-input.js";
import { npSum } from "./sum.js";

/**
 * The area under a curve through the points `(x[i], y[i])` by the trapezoidal rule, as
 * `sklearn.metrics.auc`: `Σ (x[i+1] − x[i])·(y[i+1] + y[i]) / 2`; `x` must be monotonic
 * (a decreasing `x` gives the area with its sign turned).
 *
 * @throws RangeError for fewer than 2 points, unequal lengths, or an `x` that goes both ways.
 * @example
 * auc([0, 0.5, 1], [0, 1, 1]); // 0.75
 */
export function auc(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const op = "auc";
  const xs = readNumbers(op, "x", x).data;
  const ys = readNumbers(op, "y", y).data;
  checkSameLength(op, "x", xs, "y", ys);
  if (xs.length < 2) throw new RangeError(`${op}: at least 2 points are needed. Received: x.length=${xs.length}.`);
  return trapezoid(op, xs, ys);
}

/** `direction · np.trapz(y, x)` over checked arrays. */
export function trapezoid(op: string, x: Float64Array, y: Float64Array): number {
  const terms = new Float64Array(x.length - 1);
  let up = false;
  let down = false;
  for (let i = 0; i < terms.length; i++) {
    const dx = (x[i + 1] as number) - (x[i] as number);
    if (dx < 0) down = true;
    if (dx > 0) up = true;
    terms[i] = (dx * ((y[i + 1] as number) + (y[i] as number))) / 2;
  }
  if (up && down) throw new RangeError(`${op}: x must be increasing or decreasing. Received: x=${formatList(x.length > 10 ? [...x.subarray(0, 10), "…"] : x)}.`);
  return (down ? -1 : 1) * npSum(terms);
}
