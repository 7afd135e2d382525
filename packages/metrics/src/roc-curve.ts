import { checkLabels, checkSameLength, formatList, show, uniqueLabels, type Label, type Labels } from "./labels.js";
import { readNumbers } from "./matrix-input.js";
import { checkSampleWeight } from "./sample-weight.js";

/** Options of {@link rocCurve}. */
export interface RocCurveOptions {
  /** The positive class (default 1; needed unless `yTrue` holds 0/1 or −1/1). */
  posLabel?: Label;
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
  /** Drop thresholds that lie on a straight segment of the curve (default true); they never change the area. */
  dropIntermediate?: boolean;
}

/** A ROC curve: `fpr[i]`, `tpr[i]` are the rates when scores `≥ thresholds[i]` count as positive. */
export interface RocCurve {
  fpr: number[];
  tpr: number[];
  /** Decreasing; the first is `max(score) + 1` (scikit-learn 1.2), where nothing is called positive. */
  thresholds: number[];
}

/**
 * The receiver operating characteristic, as `sklearn.metrics.roc_curve`: for each distinct
 * score `θ` (tied scores form one point), `tpr = Σ_{s ≥ θ, positive} w / Σ_positive w` and
 * `fpr` likewise over the negatives.
 *
 * @throws RangeError when `yTrue` has no positive or no negative sample (or those weigh 0 in
 *   total: scikit-learn returns NaN rates), more than two labels
 *   without `posLabel`, or labels other than 0/1 and −1/1 without `posLabel`; and for unequal or
 *   empty inputs and non-finite scores.
 * @example
 * rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
 * // { fpr: [0, 0, 0.5, 0.5, 1], tpr: [0, 0.5, 0.5, 1, 1], thresholds: [1.8, 0.8, 0.4, 0.35, 0.1] }
 */
export function rocCurve(yTrue: Labels, yScore: ArrayLike<number>, options: RocCurveOptions = {}): RocCurve {
  return roc("rocCurve", yTrue, yScore, options);
}

/** {@link rocCurve} with errors that name `op`. */
export function roc(op: string, yTrue: Labels, yScore: ArrayLike<number>, options: RocCurveOptions): RocCurve {
  const t = checkLabels(op, "yTrue", yTrue);
  const scores = readNumbers(op, "yScore", yScore);
  if (scores.cols !== 1) throw new RangeError(`${op}: yScore must hold one score per sample. Received: yScore with ${scores.cols} columns.`);
  checkSameLength(op, "yTrue", t, "yScore", scores.data);
  const w = checkSampleWeight(op, options.sampleWeight, t.length);
  const pos = positiveLabel(op, t, options.posLabel);
  const positive = t.map((v) => v === pos);
  return curve(positive, scores.data, w, options.dropIntermediate ?? true, (side) => {
    const { count, total, phrase } = sideWeight(positive, side, w);
    const subject = `${side === "positive" ? "of" : "not of"} class ${show(pos)}`;
    if (count > 0) {
      return `${op}: the samples ${subject} ${phrase}, so the ${side === "positive" ? "true" : "false"} positive rate is undefined (scikit-learn returns NaN). Received: sampleWeight sums to ${total} over the ${count} ${count === 1 ? "sample" : "samples"} ${subject}.`;
    }
    return side === "negative"
      ? `${op}: yTrue needs at least one negative sample (a ROC curve is undefined without). Received: every sample is ${show(pos)}.`
      : `${op}: yTrue needs at least one positive sample (a ROC curve is undefined without). Received: no sample is ${show(pos)}.`;
  });
}

/** How the samples of one side weigh, for an error: their number, total weight, and "all weigh 0" or "weigh -1 in total". */
export function sideWeight(positive: boolean[], side: "positive" | "negative", w: Float64Array | undefined): { count: number; total: number; phrase: string } {
  const weights = positive.flatMap((p, i) => (p === (side === "positive") ? [w === undefined ? 1 : (w[i] as number)] : []));
  const total = weights.reduce((s, v) => s + v, 0);
  return { count: weights.length, total, phrase: weights.every((v) => v === 0) ? "all weigh 0" : `weigh ${total} in total` };
}

/**
 * The ROC curve of the samples marked `positive` against the rest, inputs already checked. A
 * side whose samples weigh nothing (none, or weights summing to ≤ 0) leaves its rate 0/0;
 * scikit-learn warns and returns NaN, this throws `undefinedSide(side)` as a RangeError.
 */
export function curve(
  positive: boolean[], scores: Float64Array, w: Float64Array | undefined, dropIntermediate: boolean,
  undefinedSide: (side: "positive" | "negative") => string,
): RocCurve {
  let { fps, tps, thresholds } = clfCurve(positive, scores, w);
  if (dropIntermediate && fps.length > 2) {
    const keep = cornerIndices(fps, tps);
    const pick = (a: number[]): number[] => keep.map((i) => a[i] as number);
    [fps, tps, thresholds] = [pick(fps), pick(tps), pick(thresholds)];
  }
  const negatives = fps.at(-1) ?? 0;
  const positives = tps.at(-1) ?? 0;
  if (!(negatives > 0)) throw new RangeError(undefinedSide("negative"));
  if (!(positives > 0)) throw new RangeError(undefinedSide("positive"));
  return {
    fpr: [0, ...fps].map((v) => v / negatives),
    tpr: [0, ...tps].map((v) => v / positives),
    thresholds: [(thresholds[0] as number) + 1, ...thresholds],
  };
}

function positiveLabel(op: string, t: Label[], posLabel: Label | undefined): Label {
  const classes = uniqueLabels(t);
  if (posLabel !== undefined) return posLabel;
  const key = classes.join(",");
  if (!["0,1", "-1,1", "0", "-1", "1"].includes(key) || typeof classes[0] === "string") {
    throw new RangeError(`${op}: without posLabel, yTrue must hold 0/1 or -1/1. Received: yTrue labels ${formatList(classes)}; pass posLabel.`);
  }
  return 1;
}

/**
 * scikit-learn's `_binary_clf_curve`: samples sorted by decreasing score (ties in reverse input
 * order, as its stable sort reversed), cumulative true and false positives at each distinct score.
 * Zero-weight samples are dropped first.
 */
function clfCurve(positive: boolean[], scores: Float64Array, w: Float64Array | undefined): { fps: number[]; tps: number[]; thresholds: number[] } {
  let order = Array.from(scores, (_, i) => i);
  if (w !== undefined) order = order.filter((i) => w[i] !== 0);
  order.sort((a, b) => (scores[a] as number) - (scores[b] as number)).reverse();
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  let fp = 0;
  order.forEach((i, k) => {
    const weight = w === undefined ? 1 : (w[i] as number);
    if (positive[i] === true) tp += weight;
    else fp += weight;
    const next = order[k + 1];
    if (next === undefined || scores[next] !== scores[i]) {
      tps.push(tp);
      fps.push(w === undefined ? 1 + k - tp : fp);
      thresholds.push(scores[i] as number);
    }
  });
  return { fps, tps, thresholds };
}

/** Indices kept by `drop_intermediate`: the ends and every point where either second difference is non-zero. */
function cornerIndices(fps: number[], tps: number[]): number[] {
  const keep = [0];
  const d = (a: number[], i: number): number => ((a[i + 2] as number) - (a[i + 1] as number)) - ((a[i + 1] as number) - (a[i] as number));
  for (let i = 0; i + 2 < fps.length; i++) if (d(fps, i) !== 0 || d(tps, i) !== 0) keep.push(i + 1);
  keep.push(fps.length - 1);
  return keep;
}
