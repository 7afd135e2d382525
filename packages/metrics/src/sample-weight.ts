import { show } from "./labels.js";
import { npSum } from "./sum.js";

/**
 * Checks `sampleWeight` (one finite number per sample) and copies it to a `Float64Array`;
 * `undefined` stays `undefined` (every sample weighs 1).
 * @throws TypeError when it is not an array of numbers; RangeError for a wrong length or a non-finite weight.
 */
export function checkSampleWeight(op: string, sampleWeight: ArrayLike<number> | undefined, n: number): Float64Array | undefined {
  if (sampleWeight === undefined) return undefined;
  if (sampleWeight === null || typeof sampleWeight !== "object" || typeof sampleWeight.length !== "number") {
    throw new TypeError(`${op}: sampleWeight must be an array of numbers. Received: sampleWeight=${String(sampleWeight)}.`);
  }
  if (sampleWeight.length !== n) {
    throw new RangeError(`${op}: sampleWeight must have one weight per sample. Received: sampleWeight.length=${sampleWeight.length}, samples=${n}.`);
  }
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = sampleWeight[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${op}: sampleWeight must hold finite numbers. Received: sampleWeight[${i}]=${show(v)}.`);
    }
    w[i] = v;
  }
  return w;
}

/**
 * Refuses weights that sum to exactly 0 where the metric is a weighted mean `Σ wᵢxᵢ / Σ wᵢ`: it
 * is then undefined (0/0, or ±Infinity), and NumPy's `np.average` — so scikit-learn — raises
 * `ZeroDivisionError`. Negative weights that do not cancel out are accepted, as there.
 * @throws RangeError when `w` sums to 0.
 */
export function checkWeightSum(op: string, w: Float64Array | undefined): void {
  // npSum adds in np.average's order, so the two agree on which sums are exactly 0.
  if (w !== undefined && npSum(w) === 0) {
    throw new RangeError(`${op}: sampleWeight sums to 0, so the weighted mean is undefined (scikit-learn raises ZeroDivisionError). Received: ${w.length} weights summing to 0.`);
  }
}
