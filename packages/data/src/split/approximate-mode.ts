import type { RandomState } from "@backprop/linalg";

/**
 * scikit-learn's `_approximate_mode(classCounts, nDraws, rng)`: how many of `nDraws` samples each
 * class gets — `⌊cᵢ / Σc · nDraws⌋`, then one more for the classes with the largest remainders,
 * ties broken by `rng.choice(tied, k, replace=False)` (a permutation of the tied classes).
 */
export function approximateMode(classCounts: readonly number[], nDraws: number, rng: RandomState): number[] {
  const total = classCounts.reduce((a, b) => a + b, 0);
  const continuous = classCounts.map((c) => (c / total) * nDraws);
  const floored = continuous.map(Math.floor);
  let needToAdd = Math.trunc(nDraws - floored.reduce((a, b) => a + b, 0));
  if (needToAdd <= 0) return floored;
  const remainder = continuous.map((c, i) => c - (floored[i] as number));
  const values = [...new Set(remainder)].sort((a, b) => b - a);
  for (const value of values) {
    const tied = remainder.flatMap((r, i) => (r === value ? [i] : []));
    const addNow = Math.min(tied.length, needToAdd);
    const picks = rng.permutation(tied.length).subarray(0, addNow);
    for (const p of picks) {
      const cls = tied[p] as number;
      floored[cls] = (floored[cls] as number) + 1;
    }
    needToAdd -= addNow;
    if (needToAdd === 0) break;
  }
  return floored;
}
