import type { Numbers } from "./matrix-input.js";
import { columnAverages, columnSums, combine, readPair, type RegressionOptions, type VarianceMultioutput } from "./regression-input.js";

/** Options of {@link r2Score} and {@link explainedVarianceScore}. */
export interface R2Options extends Omit<RegressionOptions, "multioutput"> {
  /** As {@link RegressionOptions}, plus `"variance_weighted"`. */
  multioutput?: VarianceMultioutput;
  /** `true` (default): a constant `yTrue` scores 1 if predicted exactly, else 0, instead of NaN / −Infinity. */
  forceFinite?: boolean;
}

/**
 * The coefficient of determination, as `sklearn.metrics.r2_score`:
 * `R² = 1 − Σ wᵢ(yᵢ − ŷᵢ)² / Σ wᵢ(yᵢ − ȳ)²` per output (`ȳ` the weighted mean), then combined.
 *
 * @throws RangeError for fewer than 2 samples (scikit-learn warns and returns NaN), and as
 *   {@link meanAbsoluteError}.
 * @example
 * r2Score([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.9486081370449679
 */
export function r2Score(yTrue: Numbers, yPred: Numbers, options: R2Options & { multioutput: "raw_values" }): number[];
export function r2Score(yTrue: Numbers, yPred: Numbers, options?: R2Options & { multioutput?: Exclude<VarianceMultioutput, "raw_values"> }): number;
export function r2Score(yTrue: Numbers, yPred: Numbers, options?: R2Options): number | number[];
export function r2Score(yTrue: Numbers, yPred: Numbers, options: R2Options = {}): number | number[] {
  const op = "r2Score";
  const { t, p, w } = readPair(op, yTrue, yPred, options);
  if (t.rows < 2) throw new RangeError(`${op}: R² needs at least 2 samples. Received: 1 sample.`);
  const { rows: n, cols: k } = t;
  const weight = (i: number): number => (w === undefined ? 1 : (w[Math.floor(i / k)] as number));
  const mean = columnAverages(t.data, n, k, w);
  const numerator = columnSums(t.data.map((v, i) => weight(i) * square(v - (p.data[i] as number))), n, k);
  const denominator = columnSums(t.data.map((v, i) => weight(i) * square(v - (mean[i % k] as number))), n, k);
  return assemble(op, numerator, denominator, options);
}

/**
 * `sklearn.metrics.explained_variance_score`: `1 − Var(y − ŷ) / Var(y)` per output (weighted
 * variances), then combined; unlike R² a constant offset in `ŷ` is not penalised.
 *
 * @throws as {@link meanAbsoluteError}.
 * @example
 * explainedVarianceScore([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.9571734475374732
 */
export function explainedVarianceScore(yTrue: Numbers, yPred: Numbers, options: R2Options & { multioutput: "raw_values" }): number[];
export function explainedVarianceScore(yTrue: Numbers, yPred: Numbers, options?: R2Options & { multioutput?: Exclude<VarianceMultioutput, "raw_values"> }): number;
export function explainedVarianceScore(yTrue: Numbers, yPred: Numbers, options?: R2Options): number | number[];
export function explainedVarianceScore(yTrue: Numbers, yPred: Numbers, options: R2Options = {}): number | number[] {
  const op = "explainedVarianceScore";
  const { t, p, w } = readPair(op, yTrue, yPred, options);
  const { rows: n, cols: k } = t;
  const diff = t.data.map((v, i) => v - (p.data[i] as number));
  const diffMean = columnAverages(diff, n, k, w);
  const numerator = columnAverages(diff.map((d, i) => square(d - (diffMean[i % k] as number))), n, k, w);
  const mean = columnAverages(t.data, n, k, w);
  const denominator = columnAverages(t.data.map((v, i) => square(v - (mean[i % k] as number))), n, k, w);
  return assemble(op, numerator, denominator, options);
}

const square = (x: number): number => x * x;

/** scikit-learn's `_assemble_r2_explained_variance`. */
function assemble(op: string, numerator: Float64Array, denominator: Float64Array, options: R2Options): number | number[] {
  const scores = numerator.map((num, j) => {
    const den = denominator[j] as number;
    if (options.forceFinite === false) return 1 - num / den;
    if (num === 0) return 1;
    return den === 0 ? 0 : 1 - num / den;
  });
  return combine(op, scores, options.multioutput, denominator);
}
