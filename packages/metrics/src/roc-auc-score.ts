import { trapezoid } from "./auc.js";
import { checkLabelOption, checkLabels, checkSameLength, compareLabels, formatList, show, uniqueLabels, type Label, type Labels } from "./labels.js";
import { column, readNumbers, type Numbers, type Table } from "./matrix-input.js";
import { curve, sideWeight } from "./roc-curve.js";
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
 * With `sampleWeight`, a class whose samples weigh 0 in total counts 0, with weight 0, in the
 * `"weighted"` mean (scikit-learn's rule; class weights within 1e−8 of 0 in sum give 0 outright).
 *
 * @throws RangeError when `yTrue` has one class, a class of `labels` is absent from `yTrue` (or
 *   is every row) so its one-vs-rest AUC is undefined, the samples of a class (or of all the
 *   others) weigh 0 in total outside that `"weighted"` rule (scikit-learn returns NaN), a
 *   probability row does not sum to 1 (within NumPy's `allclose`), the columns do not match the
 *   classes, or `average` is unknown.
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
    return binaryAuc(t.map((v) => (v === present[1] ? 1 : 0)), s, w, binaryProblem(present));
  }
  return oneVsRest(t, scores, w, average, options.labels);
}

/**
 * How errors name a binary problem: what is scored (`"ROC AUC"`, `the ROC AUC of class "b"
 * (one-vs-rest)`), which samples make up each side (`of class "b"`, `not of class "b"`), and
 * the message for a side with no sample at all.
 */
interface Problem {
  what: string;
  samples: (side: Side) => string;
  oneClass: (onlyPositive: boolean) => string;
}
type Side = "positive" | "negative";

/**
 * The AUC of 0/1 truths `y01` against `scores`. Without both a positive and a negative there is
 * nothing to rank and the AUC is undefined: scikit-learn raises when a side has no sample, and
 * warns and returns NaN when its samples weigh nothing; both throw here, naming `problem`.
 */
function binaryAuc(y01: number[], scores: Float64Array, w: Float64Array | undefined, problem: Problem): number {
  checkBothSides(y01, problem);
  const positive = y01.map((v) => v === 1);
  const { fpr, tpr } = curve(positive, scores, w, true, (side) => weighsNothing(problem.what, problem.samples(side), sideWeight(positive, side, w), "returns NaN"));
  return trapezoid(OP, Float64Array.from(fpr), Float64Array.from(tpr));
}

/** The error for samples (`the samples${subject}`) whose weights leave them nothing to rank. */
function weighsNothing(what: string, subject: string, weight: { count: number; total: number; phrase: string }, sklearn: string): string {
  const { count, total, phrase } = weight;
  return `${OP}: ${what} is undefined: the samples${subject} ${phrase}, and an AUC needs positive and negative samples of positive total weight (scikit-learn ${sklearn}). Received: sampleWeight sums to ${total} over the ${count} ${count === 1 ? "sample" : "samples"}${subject}.`;
}

function checkBothSides(y01: number[], problem: Problem): void {
  if (!y01.includes(0) || !y01.includes(1)) throw new RangeError(problem.oneClass(y01.includes(1)));
}

/** The two classes of a binary `yTrue` (`classes[1]` positive), or its one class. */
function binaryProblem(classes: Label[]): Problem {
  return {
    what: "ROC AUC",
    samples: (side) => ` of class ${show(classes[side === "positive" ? 1 : 0])}`,
    oneClass: (onlyPositive) => `${OP}: yTrue must hold both classes; ROC AUC is undefined with one. Received: only ${onlyPositive ? "positive" : "negative"} samples.`,
  };
}

/** Class `c` against the rest (one-vs-rest), among the columns for `classes`. */
function classProblem(c: Label, present: Label[], classes: Label[]): Problem {
  return {
    what: `the ROC AUC of class ${show(c)} (one-vs-rest)`,
    samples: (side) => ` ${side === "positive" ? "of" : "not of"} class ${show(c)}`,
    oneClass: (onlyPositive) =>
      `${OP}: the ROC AUC of class ${show(c)} (one-vs-rest) is undefined: yTrue has ${onlyPositive ? `only samples of class ${show(c)}` : `no sample of class ${show(c)}`}, and an AUC needs both positive and negative samples (scikit-learn raises too). Received: yTrue classes ${formatList(present)}, columns for ${formatList(classes)}.`,
  };
}

/** Every (sample, class) pair at once (`average: "micro"`), each sample once with its class and once with each other. */
const microProblem: Problem = {
  what: "the micro-averaged ROC AUC",
  samples: (side) => (side === "positive" ? " paired with their class" : " paired with another class"),
  oneClass: () => `${OP}: the micro-averaged ROC AUC needs both positive and negative (sample, class) pairs. Received: one column.`,
};

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
    // Each sample is a positive pair once and a negative pair k − 1 times, so both sides weigh a
    // multiple of Σ sampleWeight: check that here, to name the samples rather than the pairs.
    const all = sideWeight(t.map(() => true), "positive", w);
    if (!(all.total > 0)) throw new RangeError(weighsNothing(microProblem.what, "", all, "gives no score"));
    const flatWeights = w === undefined ? undefined : Float64Array.from({ length: t.length * k }, (_, f) => w[Math.floor(f / k)] as number);
    const flatTruth = Array.from({ length: t.length * k }, (_, f) => (truth[f % k] as number[])[Math.floor(f / k)] as number);
    return binaryAuc(flatTruth, scores.data, flatWeights, microProblem);
  }
  // "weighted": each class's (weighted) count, summed row by row as NumPy's sum over axis 0.
  const classWeights = average === "weighted" ? truth.map((y01) => y01.reduce((s: number, v, i) => s + v * (w === undefined ? 1 : (w[i] as number)), 0)) : undefined;
  // scikit-learn's np.isclose(sum, 0) shortcut: such weights score 0, before any AUC is computed.
  if (classWeights !== undefined && Math.abs(npSum(classWeights)) <= 1e-8) return 0;
  const present = uniqueLabels(t);
  const perClass = truth.map((y01, c) => {
    const problem = classProblem(classes[c] as Label, present, classes);
    // A class weighing 0 enters the weighted mean as 0 with weight 0: scikit-learn computes its
    // AUC (NaN, with a warning, when it is its samples that weigh 0) and then overwrites it.
    if (classWeights?.[c] === 0) {
      checkBothSides(y01, problem);
      return 0;
    }
    return binaryAuc(y01, column(scores, c), w, problem);
  });
  if (average === null) return perClass;
  if (average === "macro") return npAverage(perClass);
  return npAverage(perClass, classWeights);
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
