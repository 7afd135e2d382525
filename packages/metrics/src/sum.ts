// NumPy 1.24 adds a contiguous float64 array pairwise (8 partial sums, halves past 128 items).
// Summing in the same order gives the same bits, which matters where a value is rounded for
// printing (classification reports). A column of a 2-D array with more than one column is
// added row by row instead, as NumPy's reduction over axis 0 does.

/** `np.sum(values)` for a contiguous 1-D float64 array, in NumPy's summation order. */
export function npSum(values: ArrayLike<number>): number {
  return pairwise(values, 0, values.length);
}

function pairwise(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[start + i] as number;
    return s;
  }
  if (n <= 128) {
    const r = new Float64Array(8);
    for (let j = 0; j < 8; j++) r[j] = a[start + j] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) (r[j] as number) += a[start + i + j] as number;
    }
    let s = ((r[0]! + r[1]!) + (r[2]! + r[3]!)) + ((r[4]! + r[5]!) + (r[6]! + r[7]!));
    for (; i < n; i++) s += a[start + i] as number;
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwise(a, start, half) + pairwise(a, start + half, n - half);
}

/** `np.mean(values)`. */
export function npMean(values: ArrayLike<number>): number {
  return npSum(values) / values.length;
}

/** `np.average(values, weights=weights)`: `Σ wᵢxᵢ / Σ wᵢ` (the plain mean without weights). */
export function npAverage(values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  if (weights === undefined) return npMean(values);
  const products = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) products[i] = (values[i] as number) * (weights[i] as number);
  return npSum(products) / npSum(weights);
}
