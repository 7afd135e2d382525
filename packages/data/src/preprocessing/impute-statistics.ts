/** The strategies of {@link SimpleImputer}, scikit-learn's names. */
export type ImputeStrategy = "mean" | "median" | "most_frequent" | "constant";

/** `Σx / n` over the non-missing values, summed in order as NumPy's masked mean does. */
export function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The middle value, or the mean of the two middle values (`(a + b) / 2`), as `np.ma.median`. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The most frequent value; ties go to the smallest (numbers by value, strings by code unit), as scikit-learn. */
export function mostFrequentOf<T extends number | string>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && (v as T) < (best as T))) {
      best = v;
      bestCount = c;
    }
  }
  return best as T;
}
