import { Matrix, pairwiseSum } from "@backprop/linalg";

/**
 * The memory layout NumPy would hold the data in, which sets its summation order: `"C"` (row by
 * row, the default) or `"F"` (column by column, what scikit-learn's `ColumnTransformer` hands
 * each chain: `X[:, columns]` of a NumPy table is Fortran-ordered).
 */
export type ArrayOrder = "C" | "F";

/**
 * Column means and variances as scikit-learn's `_incremental_mean_and_var` computes them on a
 * first fit (corrected two-pass): `μ = Σx / n`, `σ² = (Σ(x − μ)² − (Σ(x − μ))² / n) / n`, each
 * sum in NumPy's order for `np.sum(X, axis=0)`: row by row when X has several columns, pairwise
 * when it has one (an n×1 array's axis 0 is contiguous, and NumPy sums a contiguous run pairwise)
 * or when `order` is `"F"` (a Fortran-ordered array, whose every column is contiguous).
 */
export function columnMeanVar(x: Matrix, order: ArrayOrder = "C"): { mean: Float64Array; variance: Float64Array } {
  const { rows: n, cols: d, data } = x;
  if (d === 1) return oneColumnMeanVar(data, n);
  if (order === "F") return byColumn(x);
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

/** {@link columnMeanVar} of each column on its own (every sum pairwise). */
function byColumn(x: Matrix): { mean: Float64Array; variance: Float64Array } {
  const mean = new Float64Array(x.cols);
  const variance = new Float64Array(x.cols);
  for (let j = 0; j < x.cols; j++) {
    const s = oneColumnMeanVar(Float64Array.from({ length: x.rows }, (_, i) => x.data[i * x.cols + j] as number), x.rows);
    mean[j] = s.mean[0] as number;
    variance[j] = s.variance[0] as number;
  }
  return { mean, variance };
}

/** {@link columnMeanVar} of an n×1 matrix: the same formulas, every sum pairwise. */
function oneColumnMeanVar(data: Float64Array, n: number): { mean: Float64Array; variance: Float64Array } {
  const mean = pairwiseSum(data, 0, n) / n;
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = (data[i] as number) - mean;
  const correction = pairwiseSum(t);
  for (let i = 0; i < n; i++) t[i] = (t[i] as number) * (t[i] as number);
  return { mean: Float64Array.of(mean), variance: Float64Array.of((pairwiseSum(t) - correction ** 2 / n) / n) };
}

/** A column's mean, variance, standard deviation and whether it counts as constant. */
export interface ColumnMoments {
  mean: Float64Array;
  /** Population variance; saturates at `Number.MAX_VALUE` when `σ²` is beyond float64 (`σ > 1.34e154`). */
  variance: Float64Array;
  /** `√σ²`, finite for every finite column (computed from the rescaled column when `σ²` overflows). */
  sd: Float64Array;
  /** {@link isConstantFeature} of each column. */
  constant: boolean[];
}

/**
 * {@link columnMeanVar} plus the standard deviation, without overflow: a column whose sums or
 * squares overflow (|x| near 1e308, or σ beyond 1.34e154) is recomputed as `x / M` with
 * `M = max|x|`, then `μ = M·μ'`, `σ = M·σ'`. Other columns keep scikit-learn's bits exactly.
 */
export function columnMoments(x: Matrix, order: ArrayOrder = "C"): ColumnMoments {
  const { mean, variance } = columnMeanVar(x, order);
  const n = x.rows;
  const sd = variance.map(Math.sqrt);
  const constant = Array.from(variance, (v, j) => isConstantFeature(v, mean[j] as number, n));
  for (let j = 0; j < x.cols; j++) {
    if (Number.isFinite(mean[j]) && Number.isFinite(variance[j])) continue;
    let m = 0;
    for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(x.data[i * x.cols + j] as number));
    const scaled = new Matrix(n, 1);
    for (let i = 0; i < n; i++) scaled.data[i] = (x.data[i * x.cols + j] as number) / m;
    const s = columnMeanVar(scaled);
    const [mu, v] = [s.mean[0] as number, s.variance[0] as number];
    mean[j] = mu * m;
    variance[j] = Math.min(v * m * m, Number.MAX_VALUE);
    sd[j] = Math.sqrt(v) * m;
    // the rule is homogeneous of degree 2 in x, so it can be tested on the rescaled column
    constant[j] = isConstantFeature(v, mu, n);
  }
  return { mean, variance, sd, constant };
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
