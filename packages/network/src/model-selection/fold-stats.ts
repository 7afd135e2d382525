/**
 * The mean and the population standard deviation of each metric over the folds, as NumPy's
 * `scores.mean()` and `scores.std()` (`ddof=0`): `mean = Σᵢ sᵢ / k`, `std = √(Σᵢ (sᵢ − mean)² / k)`.
 * @example
 * foldStats(["score"], [{ score: 0.8 }, { score: 0.9 }, { score: 1 }]);
 * // { mean: { score: 0.9 }, std: { score: 0.0816496580927726 } }
 */
export function foldStats(names: readonly string[], folds: readonly Readonly<Record<string, number>>[]): { mean: Record<string, number>; std: Record<string, number> } {
  const mean: Record<string, number> = {};
  const std: Record<string, number> = {};
  for (const name of names) {
    const values = folds.map((f) => f[name] as number);
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    mean[name] = m;
    std[name] = Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / values.length);
  }
  return { mean, std };
}
