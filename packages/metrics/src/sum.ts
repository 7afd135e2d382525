import { pairwiseSum } from "@backprop/linalg";

// NumPy 1.24 adds a contiguous float64 array pairwise (linalg's pairwiseSum). Summing in the
// same order gives the same bits, which matters where a value is rounded for printing
// (classification reports). A column of a 2-D array with more than one column is added row by
// row instead, as NumPy's reduction over axis 0 does.

/** `np.sum(values)` for a contiguous 1-D float64 array, in NumPy's summation order. */
export function npSum(values: ArrayLike<number>): number {
  return pairwiseSum(values);
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
