import type { RandomState } from "./random-state.js";

/** NumPy accepts probabilities whose (Kahan) sum is within `√ε` of 1. */
const SUM_TOLERANCE = Math.sqrt(Number.EPSILON);

/** NumPy's `kahan_sum`: compensated summation, first element first. */
function kahanSum(p: ArrayLike<number>): number {
  if (p.length === 0) return 0;
  let sum = p[0] as number;
  let c = 0;
  for (let i = 1; i < p.length; i++) {
    const y = (p[i] as number) - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** Checks `p` as NumPy's legacy `choice` does and returns it as a `Float64Array` copy. */
function checkProbabilities(n: number, p: ArrayLike<number>): Float64Array {
  if (p.length !== n) throw new RangeError(`choice: p must have n=${n} entries. Received: p.length=${p.length}.`);
  const probs = Float64Array.from(p);
  for (let i = 0; i < n; i++) {
    const pi = probs[i] as number;
    if (!(pi >= 0)) throw new RangeError(`choice: probabilities must be non-negative numbers. Received: p[${i}]=${pi}.`);
  }
  const total = kahanSum(probs);
  if (!(Math.abs(total - 1) <= SUM_TOLERANCE)) {
    throw new RangeError(`choice: probabilities must sum to 1 (within ${SUM_TOLERANCE.toExponential(2)}). Received: sum=${total}.`);
  }
  return probs;
}

/** `cumsum(p) / cumsum(p)[-1]`, summed left to right as NumPy's `cumsum`. */
function normalisedCdf(p: Float64Array, cdf: Float64Array): void {
  let acc = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = acc += p[i] as number;
  for (let i = 0; i < p.length; i++) cdf[i] = (cdf[i] as number) / acc;
}

/** `searchsorted(cdf, u, side="right")`: the first index whose cdf exceeds `u`. */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0, hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * NumPy's legacy `choice(n, size, replace, p)` with probabilities, draw for draw. With
 * replacement: one uniform per pick, looked up in the normalised CDF. Without: rounds of
 * `size − found` uniforms, each round zeroing the probabilities already taken, keeping the new
 * distinct indices in the order they first appear, until `size` are found.
 * @throws RangeError when `p` has the wrong length, a negative or NaN entry, a sum other than 1,
 *   or (without replacement) fewer than `size` non-zero entries.
 */
export function weightedChoice(rng: RandomState, n: number, size: number, replace: boolean, p: ArrayLike<number>): Int32Array {
  const probs = checkProbabilities(n, p);
  const cdf = new Float64Array(n);
  const out = new Int32Array(size);
  if (replace) {
    normalisedCdf(probs, cdf);
    for (let s = 0; s < size; s++) out[s] = searchRight(cdf, rng.nextDouble());
    return out;
  }
  const nonZero = probs.filter((v) => v > 0).length;
  if (nonZero < size) {
    throw new RangeError(`choice: without replacement, p needs at least size non-zero entries. Received: ${nonZero} non-zero, size=${size}.`);
  }
  let found = 0;
  while (found < size) {
    const draws = Array.from({ length: size - found }, () => rng.nextDouble());
    for (let k = 0; k < found; k++) probs[out[k] as number] = 0;
    normalisedCdf(probs, cdf);
    const seen = new Set<number>();
    for (const u of draws) seen.add(searchRight(cdf, u));
    for (const index of seen) out[found++] = index;
  }
  return out;
}
