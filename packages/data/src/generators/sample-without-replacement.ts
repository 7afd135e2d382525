import type { RandomState } from "@backprop/linalg";

/**
 * scikit-learn's `utils.random.sample_without_replacement(nPopulation, nSamples)` with
 * `method="auto"`, draw for draw: a permutation when `0.01 < nSamples/nPopulation < 0.99`,
 * otherwise tracking selection (ratio `< 0.2`: redraw `randint(nPopulation)` until unseen) or
 * reservoir sampling (`randint(0, i + 1)` for each `i ≥ nSamples`).
 */
export function sampleWithoutReplacement(nPopulation: number, nSamples: number, rng: RandomState): number[] {
  const ratio = nPopulation !== 0 ? nSamples / nPopulation : 1;
  if (ratio > 0.01 && ratio < 0.99) return Array.from(rng.permutation(nPopulation).subarray(0, nSamples));
  if (ratio < 0.2) {
    const selected = new Set<number>();
    const out: number[] = [];
    for (let i = 0; i < nSamples; i++) {
      let j = rng.randint(0, nPopulation);
      while (selected.has(j)) j = rng.randint(0, nPopulation);
      selected.add(j);
      out.push(j);
    }
    return out;
  }
  const out = Array.from({ length: nSamples }, (_, i) => i);
  for (let i = nSamples; i < nPopulation; i++) {
    const j = rng.randint(0, i + 1);
    if (j < nSamples) out[j] = i;
  }
  return out;
}
