import { show } from "./labels.js";
import { readNumbers, type Numbers, type Table } from "./matrix-input.js";
import { checkSampleWeight, checkWeightSum } from "./sample-weight.js";
import { npAverage, npSum } from "./sum.js";

/** How the scores of several outputs (columns) are combined, or weights to average them with. */
export type Multioutput = "uniform_average" | "raw_values" | ArrayLike<number>;

/** {@link Multioutput} plus `"variance_weighted"`: outputs weighted by the variance of their true values (R², explained variance). */
export type VarianceMultioutput = Multioutput | "variance_weighted";

/** Options of the regression metrics. */
export interface RegressionOptions {
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
  /** `"uniform_average"` (default): the mean over outputs; `"raw_values"`: one score per output; or one weight per output. */
  multioutput?: Multioutput;
}

/** Both targets read and checked, with the sample weights. */
export interface RegressionPair {
  t: Table;
  p: Table;
  w: Float64Array | undefined;
}

/**
 * Reads `yTrue` and `yPred` (flat arrays are one output) and checks they agree in shape.
 * @throws RangeError / TypeError naming the argument.
 */
export function readPair(op: string, yTrue: Numbers, yPred: Numbers, options: { sampleWeight?: ArrayLike<number> }): RegressionPair {
  const t = readNumbers(op, "yTrue", yTrue);
  const p = readNumbers(op, "yPred", yPred);
  if (t.rows !== p.rows) throw new RangeError(`${op}: yTrue and yPred must have the same number of samples. Received: yTrue has ${t.rows}, yPred has ${p.rows}.`);
  if (t.cols !== p.cols) throw new RangeError(`${op}: yTrue and yPred must have the same number of outputs. Received: yTrue has ${t.cols}, yPred has ${p.cols}.`);
  const w = checkSampleWeight(op, options.sampleWeight, t.rows);
  // Every regression metric is a weighted mean over samples (R² weighs ȳ too).
  checkWeightSum(op, w);
  return { t, p, w };
}

/**
 * `np.average(x, axis=0, weights=w)` over an `n × k` block: pairwise when `k = 1` (NumPy sees
 * a contiguous column), row by row otherwise.
 */
export function columnAverages(x: Float64Array, n: number, k: number, w: Float64Array | undefined): Float64Array {
  if (k === 1) return Float64Array.of(npAverage(x, w));
  const sums = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) (sums[j] as number) += (x[i * k + j] as number) * (w === undefined ? 1 : (w[i] as number));
  }
  const total = w === undefined ? n : npSum(w);
  return sums.map((s) => s / total);
}

/** `x.sum(axis=0)` over an `n × k` block, in NumPy's order (see {@link columnAverages}). */
export function columnSums(x: Float64Array, n: number, k: number): Float64Array {
  if (k === 1) return Float64Array.of(npSum(x));
  const sums = new Float64Array(k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) (sums[j] as number) += x[i * k + j] as number;
  return sums;
}

/** Combines per-output scores as `multioutput` asks: the array itself, its mean, or a weighted mean. */
export function combine(op: string, scores: Float64Array, multioutput: VarianceMultioutput | undefined, varianceWeights?: Float64Array): number | number[] {
  const m = multioutput ?? "uniform_average";
  if (m === "raw_values") return [...scores];
  if (m === "uniform_average") return npAverage(scores);
  if (m === "variance_weighted" && varianceWeights !== undefined) {
    // All variances 0 (constant targets): scikit-learn falls back to the plain mean. Variances
    // that cancel out (possible with negative sample weights) are weights summing to 0.
    if (varianceWeights.every((v) => v === 0)) return npAverage(scores);
    checkOutputWeightSum(op, `multioutput="variance_weighted", whose weights are the outputs' variances ${show(Array.from(varianceWeights))}`, varianceWeights);
    return npAverage(scores, varianceWeights);
  }
  if (typeof m === "string" || m === null || typeof m !== "object" || typeof m.length !== "number") {
    const allowed = varianceWeights === undefined ? `"raw_values", "uniform_average"` : `"raw_values", "uniform_average", "variance_weighted"`;
    throw new RangeError(`${op}: multioutput must be one of ${allowed} or one weight per output. Received: multioutput=${show(m)}.`);
  }
  if (scores.length === 1) throw new RangeError(`${op}: multioutput weights need several outputs. Received: 1 output.`);
  if (m.length !== scores.length) throw new RangeError(`${op}: multioutput must have one weight per output. Received: ${m.length} weights, ${scores.length} outputs.`);
  const weights = Float64Array.from(m);
  if (weights.some((v) => !Number.isFinite(v))) throw new RangeError(`${op}: multioutput weights must be finite numbers. Received: multioutput=${show(Array.from(m))}.`);
  checkOutputWeightSum(op, `multioutput=${show(Array.from(m))}`, weights);
  return npAverage(scores, weights);
}

/**
 * Output weights summing to exactly 0 leave the weighted mean undefined; `np.average` raises
 * `ZeroDivisionError` there, as for sample weights (see `checkWeightSum`).
 */
function checkOutputWeightSum(op: string, received: string, weights: Float64Array): void {
  if (npSum(weights) === 0) {
    throw new RangeError(`${op}: multioutput weights sum to 0, so the weighted mean over outputs is undefined (scikit-learn raises ZeroDivisionError). Received: ${received}.`);
  }
}
