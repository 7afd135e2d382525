import { trapezoid } from "./auc.js";
import { checkLabelOption, checkLabels, checkSameLength, compareLabels, formatList, show, uniqueLabels, type Label, type Labels } from "./labels.js";
import { column, readNumbers, type Numbers, type Table } from "./matrix-input.js";
import { roc } from "./roc-curve.js";
import { checkSampleWeight } from "./sample-weight.js";
import { npAverage, npSum } from "./sum.js";

const OP = "rocAucScore";

/** Options of {@link rocAucScore}. */
export interface RocAucOptions {
  /**
   * Several classes (one-vs-rest): `"macro"` (default) the mean of the per-class AUCs,
   * `"weighted"` weighted by each class's (weighted) count, `"micro"` one AUC over every
   * (sample, class) pair, `null` the per-class AUCs. Ignored for two classes.
   */
  average?: "macro" | "weighted" | "micro" | null;
  /** The classes of the score matrix's columns, sorted (default: the labels of `yTrue`). */
  labels?: Labels;
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
}

/**
 * The area under the ROC curve, as `sklearn.metrics.roc_auc_score`. Two classes: `yScore` is
 * the score of the larger label (a flat array, or a 2-column probability matrix whose column 1
 * is used). More classes: `yScore` is an `n × k` probability matrix, each row summing to 1, and
 * the result is the one-vs-rest AUC (scikit-learn's `multi_class="ovr"`), averaged by `average`.
 * Tied scores form one point of the curve, so ties count half (the trapezoid over distinct
 * thresholds).
 *
 * @throws RangeError when `yTrue` has one class, a class of `labels` is absent from `yTrue` (or
 *   is every row) so its one-vs-rest AUC is undefined, a probability row does not sum to 1 (within
 *   NumPy's `allclose`), the columns do not match the classes, or `average` is unknown.
 * @example
 * rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]); // 0.75
 */
export function rocAucScore(yTrue: Labels, yScore: Numbers, options: RocAucOptions & { average: null }): number[];
export function rocAucScore(yTrue: Labels, yScore: Numbers, options?: RocAucOptions & { average?: "macro" | "weighted" | "micro" }): number;
export function rocAucScore(yTrue: Labels, yScore: Numbers, options?: RocAucOptions): number | number[];
export function rocAucScore(yTrue: Labels, yScore: Numbers, options: RocAucOptions = {}): number | number[] {
  const t = checkLabels(OP, "yTrue", yTrue);
  const scores = readNumbers(OP, "yScore", yScore);
  checkSameLength(OP, "yTrue", t, "yScore", { length: scores.rows });
  const w = checkSampleWeight(OP, options.sampleWeight, t.length);
  const average = options.average === undefined ? "macro" : options.average;
  if (!["macro", "weighted", "micro", null].includes(average)) {
    throw new RangeError(`${OP}: average must be one of "macro", "weighted", "micro", null. Received: average=${show(average)}.`);
  }
  const present = uniqueLabels(t);
  if (present.length <= 2 && scores.cols <= 2) {
    const s = scores.cols === 2 ? column(scores, 1) : scores.data;
    return binaryAuc(t.map((v) => (v === present[1] ? 1 : 0)), s, w);
  }
  return oneVsRest(t, scores, w, average, options.labels);
}

/**
 * The AUC of 0/1 truths `y01` against `scores`. Without both a positive and a negative there is
 * nothing to rank and the AUC is undefined (scikit-learn raises): `oneClass` writes that error
 * for the caller's problem (which class), the default for a plain binary `yTrue`.
 */
function binaryAuc(y01: number[], scores: Float64Array, w: Float64Array | undefined, oneClass = plainOneClass): number {
  if (!y01.includes(0) || !y01.includes(1)) throw new RangeError(oneClass(y01.includes(1)));
  const { fpr, tpr } = roc(OP, y01, scores, { sampleWeight: w });
  return trapezoid(OP, Float64Array.from(fpr), Float64Array.from(tpr));
}

const plainOneClass = (onlyPositive: boolean): string =>
  `${OP}: yTrue must hold both classes; ROC AUC is undefined with one. Received: only ${onlyPositive ? "positive" : "negative"} samples.`;

/** The error for class `c` of a one-vs-rest problem whose rows are all `c` (`onlyPositive`) or none is. */
function classWithOneSide(c: Label, present: Label[], classes: Label[]): (onlyPositive: boolean) => string {
  return (onlyPositive) =>
    `${OP}: the ROC AUC of class ${show(c)} (one-vs-rest) is undefined: yTrue has ${onlyPositive ? `only samples of class ${show(c)}` : `no sample of class ${show(c)}`}, and an AUC needs both positive and negative samples (scikit-learn raises too). Received: yTrue classes ${formatList(present)}, columns for ${formatList(classes)}.`;
}

function oneVsRest(t: Label[], scores: Table, w: Float64Array | undefined, average: string | null, labels: Labels | undefined): number | number[] {
  const k = scores.cols;
  const classes = labels === undefined ? uniqueLabels(t) : checkClasses(t, labels);
  if (classes.length !== k) {
    throw new RangeError(`${OP}: yScore must have one column per class. Received: ${k} columns, classes ${formatList(classes)}.`);
  }
  for (let i = 0; i < scores.rows; i++) {
    const s = npSum(scores.data.subarray(i * k, (i + 1) * k));
    // NumPy's allclose(1, s), the test scikit-learn applies.
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) {
      throw new RangeError(`${OP}: with several classes, each row of yScore must be probabilities summing to 1. Received: row ${i} sums to ${s}.`);
    }
  }
  const truth = classes.map((c) => t.map((v): number => (v === c ? 1 : 0)));
  if (average === "micro") {
    const flatWeights = w === undefined ? undefined : Float64Array.from({ length: t.length * k }, (_, f) => w[Math.floor(f / k)] as number);
    const flatTruth = Array.from({ length: t.length * k }, (_, f) => (truth[f % k] as number[])[Math.floor(f / k)] as number);
    return binaryAuc(flatTruth, scores.data, flatWeights);
  }
  const present = uniqueLabels(t);
  const perClass = truth.map((y01, c) => binaryAuc(y01, column(scores, c), w, classWithOneSide(classes[c] as Label, present, classes)));
  if (average === null) return perClass;
  if (average === "macro") return npAverage(perClass);
  const classWeights = truth.map((y01) => y01.reduce((s: number, v, i) => s + v * (w === undefined ? 1 : (w[i] as number)), 0));
  if (Math.abs(npSum(classWeights)) <= 1e-8) return 0;
  return npAverage(perClass.map((a, c) => (classWeights[c] === 0 ? 0 : a)), classWeights);
}

function checkClasses(t: Label[], labels: Labels): Label[] {
  const classes = checkLabelOption(OP, labels, t[0] as Label);
  if (classes.some((c, i) => i > 0 && compareLabels(classes[i - 1] as Label, c) > 0)) {
    throw new RangeError(`${OP}: labels must be sorted. Received: labels=${formatList(classes)}.`);
  }
  const missing = t.find((v) => !classes.includes(v));
  if (missing !== undefined) throw new RangeError(`${OP}: every label of yTrue must be in labels. Received: ${show(missing)} not in ${formatList(classes)}.`);
  return classes;
}
