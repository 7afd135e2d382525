import type { Numbers } from "./matrix-input.js";
import { columnAverages, combine, readPair, type Multioutput, type RegressionOptions } from "./regression-input.js";

/** `RegressionOptions` with `multioutput: "raw_values"`: one score per output. */
export type RawValues = RegressionOptions & { multioutput: "raw_values" };
/** `RegressionOptions` that average the outputs into one number. */
export type AveragedOutputs = RegressionOptions & { multioutput?: Exclude<Multioutput, "raw_values"> };

/** `np.finfo(np.float64).eps`, the floor scikit-learn puts under `|y|` in the percentage error. */
const EPS = 2.220446049250313e-16;

function perOutput(op: string, yTrue: Numbers, yPred: Numbers, options: RegressionOptions, error: (t: number, p: number) => number): Float64Array {
  const { t, p, w } = readPair(op, yTrue, yPred, options);
  const errors = t.data.map((v, i) => error(v, p.data[i] as number));
  return columnAverages(errors, t.rows, t.cols, w);
}

/**
 * `sklearn.metrics.mean_absolute_error`: `Σ wᵢ|yᵢ − ŷᵢ| / Σ wᵢ` per output, then combined by `multioutput`.
 * @throws RangeError for empty, non-finite or mismatched input, or an unknown `multioutput`.
 * @example
 * meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.5
 */
export function meanAbsoluteError(yTrue: Numbers, yPred: Numbers, options: RawValues): number[];
export function meanAbsoluteError(yTrue: Numbers, yPred: Numbers, options?: AveragedOutputs): number;
export function meanAbsoluteError(yTrue: Numbers, yPred: Numbers, options?: RegressionOptions): number | number[];
export function meanAbsoluteError(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number | number[] {
  const op = "meanAbsoluteError";
  return combine(op, perOutput(op, yTrue, yPred, options, (t, p) => Math.abs(p - t)), options.multioutput);
}

/**
 * `sklearn.metrics.mean_squared_error`: `Σ wᵢ(yᵢ − ŷᵢ)² / Σ wᵢ` per output, then combined.
 * @throws as {@link meanAbsoluteError}.
 * @example
 * meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.375
 */
export function meanSquaredError(yTrue: Numbers, yPred: Numbers, options: RawValues): number[];
export function meanSquaredError(yTrue: Numbers, yPred: Numbers, options?: AveragedOutputs): number;
export function meanSquaredError(yTrue: Numbers, yPred: Numbers, options?: RegressionOptions): number | number[];
export function meanSquaredError(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number | number[] {
  const op = "meanSquaredError";
  return combine(op, perOutput(op, yTrue, yPred, options, (t, p) => (t - p) * (t - p)), options.multioutput);
}

/**
 * `sklearn.metrics.mean_squared_error(..., squared=False)`: the square root of each output's
 * MSE, then combined (so the mean of the outputs' RMSEs, not the root of the mean MSE).
 * @throws as {@link meanAbsoluteError}.
 * @example
 * rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.6123724356957945
 */
export function rootMeanSquaredError(yTrue: Numbers, yPred: Numbers, options: RawValues): number[];
export function rootMeanSquaredError(yTrue: Numbers, yPred: Numbers, options?: AveragedOutputs): number;
export function rootMeanSquaredError(yTrue: Numbers, yPred: Numbers, options?: RegressionOptions): number | number[];
export function rootMeanSquaredError(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number | number[] {
  const op = "rootMeanSquaredError";
  return combine(op, perOutput(op, yTrue, yPred, options, (t, p) => (t - p) * (t - p)).map(Math.sqrt), options.multioutput);
}

/**
 * `sklearn.metrics.mean_absolute_percentage_error`: `Σ wᵢ|yᵢ − ŷᵢ| / max(|yᵢ|, ε) / Σ wᵢ`
 * with `ε = 2.22e−16`, so a zero target gives a huge (finite) error rather than `Infinity`. A
 * fraction, not a percentage (0.1 means 10%).
 * @throws as {@link meanAbsoluteError}.
 * @example
 * meanAbsolutePercentageError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.3273809523809524
 */
export function meanAbsolutePercentageError(yTrue: Numbers, yPred: Numbers, options: RawValues): number[];
export function meanAbsolutePercentageError(yTrue: Numbers, yPred: Numbers, options?: AveragedOutputs): number;
export function meanAbsolutePercentageError(yTrue: Numbers, yPred: Numbers, options?: RegressionOptions): number | number[];
export function meanAbsolutePercentageError(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number | number[] {
  const op = "meanAbsolutePercentageError";
  return combine(op, perOutput(op, yTrue, yPred, options, (t, p) => Math.abs(p - t) / Math.max(Math.abs(t), EPS)), options.multioutput);
}
