import { checkLabelOption, checkLabels, checkSameLength, formatList, show, uniqueLabels, type Label, type Labels } from "./labels.js";
import { readNumbers, type Numbers } from "./matrix-input.js";
import { checkSampleWeight, checkWeightSum } from "./sample-weight.js";
import { npAverage, npSum } from "./sum.js";

const OP = "logLoss";
/** `np.finfo(np.float64).eps`, scikit-learn 1.2's default clipping (`eps="auto"`). */
const EPS = 2.220446049250313e-16;

/** Options of {@link logLoss}. */
export interface LogLossOptions {
  /** The classes of `yPred`'s columns (default: the labels of `yTrue`), sorted as scikit-learn sorts them. */
  labels?: Labels;
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
  /** `true` (default): the (weighted) mean over samples; `false`: the sum. */
  normalize?: boolean;
}

/**
 * Cross-entropy of predicted probabilities, as `sklearn.metrics.log_loss` (1.2):
 * `−(1/Σw) Σᵢ wᵢ log p̂ᵢ,yᵢ` with `p̂ = clip(p, ε, 1 − ε)` (`ε = 2.22e−16`, float64's
 * epsilon) and each row then divided by its sum. `yPred` is an `n × k` matrix with one column
 * per sorted class, or a flat array of the larger label's probability.
 * Unlike scikit-learn 1.2, which silently renormalises a row that does not sum to 1, such a row
 * is refused (as scikit-learn 1.5 does): `|Σ − 1| ≤ 1e−8 + √ε` is accepted.
 *
 * @throws RangeError for a single class, a column count that differs from the class count, a
 *   label of `yTrue` outside `labels`, a probability outside [0, 1] or a row that does not sum
 *   to 1; and for empty, unequal or non-finite input.
 * @example
 * logLoss(["ham", "spam", "spam", "ham"], [[0.9, 0.1], [0.1, 0.9], [0.2, 0.8], [0.65, 0.35]]); // 0.21616187468057912
 */
export function logLoss(yTrue: Labels, yPred: Numbers, options: LogLossOptions = {}): number {
  const t = checkLabels(OP, "yTrue", yTrue);
  const p = readNumbers(OP, "yPred", yPred);
  checkSameLength(OP, "yTrue", t, "yPred", { length: p.rows });
  const w = checkSampleWeight(OP, options.sampleWeight, t.length);
  if (options.normalize ?? true) checkWeightSum(OP, w);
  const classes = options.labels === undefined ? uniqueLabels(t) : uniqueLabels(checkLabelOption(OP, options.labels, t[0] as Label));
  if (classes.length < 2) {
    throw new RangeError(`${OP}: needs at least two classes${options.labels === undefined ? "; pass labels" : ""}. Received: classes ${formatList(classes)}.`);
  }
  const k = p.cols === 1 ? 2 : p.cols;
  if (classes.length !== k) throw new RangeError(`${OP}: yPred must have one column per class. Received: ${p.cols} columns, classes ${formatList(classes)}.`);
  const index = new Map<Label, number>(classes.map((c, i) => [c, i]));
  const losses = new Float64Array(t.length);
  const row = new Float64Array(k);
  t.forEach((label, i) => {
    const c = index.get(label);
    if (c === undefined) throw new RangeError(`${OP}: every label of yTrue must be one of labels. Received: yTrue[${i}]=${show(label)}, labels=${formatList(classes)}.`);
    clippedRow(p.data, p.cols, i, row);
    losses[i] = -Math.log((row[c] as number) / npSum(row));
  });
  if (options.normalize ?? true) return npAverage(losses, w);
  return w === undefined ? npSum(losses) : npSum(losses.map((l, i) => l * (w[i] as number)));
}

// Clipped so that log never sees 0 (the row is renormalised afterwards), in scikit-learn 1.2's order.
const clip = (q: number): number => Math.min(Math.max(q, EPS), 1 - EPS);

/** Row `i` of the predictions, checked to be probabilities and clipped (a flat array gives `[1 − p̂, p̂]`). */
function clippedRow(data: Float64Array, cols: number, i: number, out: Float64Array): void {
  if (cols === 1) {
    const q = data[i] as number;
    if (q < 0 || q > 1) throw new RangeError(`${OP}: probabilities must lie in [0, 1]. Received: yPred[${i}]=${q}.`);
    out[1] = clip(q);
    out[0] = 1 - (out[1] as number);
    return;
  }
  for (let j = 0; j < cols; j++) {
    const q = data[i * cols + j] as number;
    if (q < 0 || q > 1) throw new RangeError(`${OP}: probabilities must lie in [0, 1]. Received: yPred[${i},${j}]=${q}.`);
    out[j] = q;
  }
  const s = npSum(out);
  if (!(Math.abs(s - 1) <= 1e-8 + Math.sqrt(EPS))) {
    throw new RangeError(`${OP}: each row of yPred must be probabilities summing to 1. Received: row ${i} sums to ${s}.`);
  }
  for (let j = 0; j < cols; j++) out[j] = clip(out[j] as number);
}
