import { pairwiseSum } from "@backprop/linalg";
import { compareCodePoints } from "../unique.js";

/** The strategies of {@link SimpleImputer}, scikit-learn's names. */
export type ImputeStrategy = "mean" | "median" | "most_frequent" | "constant";

/**
 * `Σx / n` over the non-missing values as `np.ma.mean(axis=0)` computes it: the whole column,
 * missing values as 0 (`filled(0)`), summed in NumPy's order — pairwise when the column is
 * contiguous (`pairwise`: an n×1 or Fortran-ordered array), else one row at a time — then
 * divided by the count. Only when that sum overflows on finite values is it `M·mean(x / M)`
 * with `M = max|x|`, so every other mean keeps NumPy's bits.
 */
export function meanOf(column: ArrayLike<number>, pairwise: boolean): number {
  const filled = new Float64Array(column.length);
  let count = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    if (Number.isNaN(v)) continue;
    filled[i] = v;
    count++;
  }
  const sum = (a: Float64Array): number => (pairwise ? pairwiseSum(a) : a.reduce((s, v) => s + v, 0));
  const plain = sum(filled);
  if (Number.isFinite(plain)) return plain / count;
  const m = filled.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
  return (sum(filled.map((v) => v / m)) / count) * m;
}

/**
 * The middle value, or the mean of the two middle values (`(a + b) / 2`), as `np.ma.median`;
 * `a/2 + b/2` when `a + b` overflows. (NumPy also averages an odd count's middle with itself,
 * so `[1.7e308]` gives it `inf`; here it is the middle value.)
 */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  const [a, b] = [sorted[mid - 1] as number, sorted[mid] as number];
  return Number.isFinite(a + b) ? (a + b) / 2 : a / 2 + b / 2;
}

/**
 * The most frequent value; ties go to the smallest, as scikit-learn's `min()` of the tied values:
 * numbers by value, strings by code point (not by UTF-16 code unit, which `<` compares).
 */
export function mostFrequentOf<T extends number | string>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const smaller = (a: T, b: T): boolean => (typeof a === "string" ? compareCodePoints(a, b as string) < 0 : a < b);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && smaller(v, best as T))) {
      best = v;
      bestCount = c;
    }
  }
  return best as T;
}
