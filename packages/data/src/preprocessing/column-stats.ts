import type { Matrix } from "@backprop/linalg";

/**
 * Column means and variances as scikit-learn's `_incremental_mean_and_var` computes them on a
 * first fit (corrected two-pass): `μ = Σx / n`, `σ² = (Σ(x − μ)² − (Σ(x − μ))² / n) / n`, sums
 * taken row by row as NumPy does along axis 0.
 */
export function columnMeanVar(x: Matrix): { mean: Float64Array; variance: Float64Array } {
  const { rows: n, cols: d, data } = x;
  const sum = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sum[j] = (sum[j] as number) + (data[i * d + j] as number);
  const mean = sum.map((s) => s / n);
  const correction = new Float64Array(d);
  const squares = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const t = (data[i * d + j] as number) - (mean[j] as number);
      correction[j] = (correction[j] as number) + t;
      squares[j] = (squares[j] as number) + t * t;
    }
  }
  const variance = squares.map((s, j) => (s - (correction[j] as number) ** 2 / n) / n);
  return { mean, variance };
}

/**
 * scikit-learn's `_is_constant_feature`: a column counts as constant when
 * `σ² ≤ n·ε·σ² + (n·μ·ε)²` (ε = 2⁻⁵²), so rounding noise in the variance never becomes a huge scale.
 */
export function isConstantFeature(variance: number, mean: number, n: number): boolean {
  const eps = Number.EPSILON;
  return variance <= n * eps * variance + (n * mean * eps) ** 2;
}

/** Column minima and maxima. */
export function columnMinMax(x: Matrix): { min: Float64Array; max: Float64Array } {
  const min = new Float64Array(x.cols).fill(Infinity);
  const max = new Float64Array(x.cols).fill(-Infinity);
  for (let k = 0; k < x.data.length; k++) {
    const j = k % x.cols;
    const v = x.data[k] as number;
    if (v < (min[j] as number)) min[j] = v;
    if (v > (max[j] as number)) max[j] = v;
  }
  return { min, max };
}
