import { classCounts } from "./class-counts.js";
import { checkLabelOption, checkPair, formatList, show, uniqueLabels, type Label, type Labels } from "./labels.js";
import { checkSampleWeight } from "./sample-weight.js";
import { npAverage, npSum } from "./sum.js";

/** How per-label scores are combined; `null` keeps one score per label. */
export type Average = "binary" | "micro" | "macro" | "weighted" | null;

const AVERAGES: readonly Average[] = ["binary", "micro", "macro", "weighted", null];

/** The largest `beta` whose square is finite: `√(Number.MAX_VALUE)` rounded down, 1.3407807929942596e154. */
const MAX_BETA = 1.3407807929942596e154;

/** Options shared by {@link precisionScore}, {@link recallScore}, {@link f1Score} and {@link fbetaScore}. */
export interface FscoreOptions {
  /**
   * `"binary"` (default): the score of `posLabel` alone (binary targets only); `"micro"`: from
   * counts summed over labels; `"macro"`: the unweighted mean over labels; `"weighted"`: the mean
   * weighted by support; `null`: one score per label.
   */
  average?: Average;
  /** The positive class when `average` is `"binary"` (default 1). */
  posLabel?: Label;
  /** The labels to score and their order (default: every label seen, sorted). */
  labels?: Labels;
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
  /** The score given where a ratio is 0/0 (default 0, scikit-learn's `zero_division="warn"` result). */
  zeroDivision?: 0 | 1;
}

/** Precision, recall and F-beta, averaged or per label, with the per-label support. */
export interface FscoreSupport {
  precision: number | number[];
  recall: number | number[];
  fscore: number | number[];
  /** The (weighted) number of true samples per label; `undefined` when averaged. */
  support: number[] | undefined;
}

/**
 * `sklearn.metrics.precision_recall_fscore_support`, the shared core of the precision, recall
 * and F-scores: `P = tp / (tp + fp)`, `R = tp / (tp + fn)`, `F_β = (1 + β²)·P·R / (β²·P + R)`.
 * Where a ratio is 0/0 (a label never predicted, or never present) it is `zeroDivision` (0);
 * scikit-learn then warns `UndefinedMetricWarning: Precision is ill-defined and being set to 0.0
 * in labels with no predicted samples`.
 *
 * @throws RangeError for an unknown `average`, `"binary"` with more than two labels, a
 *   `posLabel` that is not a label, or `beta < 0` or finite past {@link MAX_BETA}; and see {@link accuracyScore}.
 */
export function fscoreSupport(op: string, yTrue: Labels, yPred: Labels, beta: number, options: FscoreOptions = {}): FscoreSupport {
  const [t, p] = checkPair(op, yTrue, yPred);
  const w = checkSampleWeight(op, options.sampleWeight, t.length);
  const average = options.average === undefined ? "binary" : options.average;
  if (!AVERAGES.includes(average)) {
    throw new RangeError(`${op}: average must be one of "binary", "micro", "macro", "weighted", null. Received: average=${show(average)}.`);
  }
  if (typeof beta !== "number" || Number.isNaN(beta) || beta < 0) throw new RangeError(`${op}: beta must be a number ≥ 0. Received: beta=${String(beta)}.`);
  // Past MAX_BETA, β² overflows and F_β would be ∞/∞ = NaN; scikit-learn's beta**2 raises OverflowError.
  if (beta > MAX_BETA && beta !== Infinity) {
    throw new RangeError(`${op}: beta must be at most ${MAX_BETA} (beta² overflows past it; scikit-learn raises OverflowError), or Infinity for the recall. Received: beta=${String(beta)}.`);
  }
  const zero = options.zeroDivision ?? 0;
  if (zero !== 0 && zero !== 1) throw new RangeError(`${op}: zeroDivision must be 0 or 1. Received: zeroDivision=${show(zero)}.`);
  const labels = scoredLabels(op, t, p, average, options);
  const c = classCounts(t, p, labels, w);
  let { tp, pred, true: support } = c;
  if (average === "micro") [tp, pred, support] = [tp, pred, support].map((a) => Float64Array.of(npSum(a))) as [Float64Array, Float64Array, Float64Array];
  const precision = divide(tp, pred, zero);
  const recall = divide(tp, support, zero);
  const b2 = beta * beta;
  const fscore = precision.map((pr, i) => {
    const r = recall[i] as number;
    if (beta === Infinity) return r;
    const denom = b2 * pr + r;
    return ((1 + b2) * pr * r) / (denom === 0 ? 1 : denom);
  });
  if (average === null) return { precision: [...precision], recall: [...recall], fscore: [...fscore], support: [...support] };
  if (average === "weighted" && npSum(support) === 0) {
    const z = zero === 1 ? 1 : 0;
    return npSum(pred) === 0 ? { precision: z, recall: z, fscore: z, support: undefined } : { precision: 0, recall: z, fscore: 0, support: undefined };
  }
  const weights = average === "weighted" ? support : undefined;
  return { precision: npAverage(precision, weights), recall: npAverage(recall, weights), fscore: npAverage(fscore, weights), support: undefined };
}

function scoredLabels(op: string, t: Label[], p: Label[], average: Average, options: FscoreOptions): Label[] {
  const present = uniqueLabels(t, p);
  if (average === "binary") {
    if (present.length > 2) {
      throw new RangeError(`${op}: average "binary" needs at most two labels; choose "micro", "macro", "weighted" or null. Received: labels=${formatList(present)}.`);
    }
    const pos = options.posLabel ?? 1;
    if (!present.includes(pos) && present.length >= 2) {
      throw new RangeError(`${op}: posLabel must be one of the labels. Received: posLabel=${show(pos)}, labels=${formatList(present)}.`);
    }
    return [pos];
  }
  return options.labels === undefined ? present : checkLabelOption(op, options.labels, t[0] as Label);
}

function divide(num: Float64Array, den: Float64Array, zero: number): Float64Array {
  return num.map((x, i) => (den[i] === 0 ? zero : x / (den[i] as number)));
}
