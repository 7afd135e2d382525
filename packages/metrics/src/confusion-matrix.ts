import { labelIndex } from "./class-index.js";
import { checkLabelOption, checkPair, formatList, show, uniqueLabels, type Labels } from "./labels.js";
import { checkSampleWeight } from "./sample-weight.js";
import { npSum } from "./sum.js";

/** Options of {@link confusionMatrix}. */
export interface ConfusionMatrixOptions {
  /** The labels to index rows and columns by, in this order (default: every label seen, sorted); samples with other labels are left out. */
  labels?: Labels;
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
  /**
   * Divide by each row's sum (`"true"`), each column's (`"pred"`) or the total (`"all"`); a zero
   * sum leaves zeros (or ±`Number.MAX_VALUE` where negative weights cancelled a sum out, as NumPy's `nan_to_num`).
   */
  normalize?: "true" | "pred" | "all";
}

/**
 * `C[i][j]` = the (weighted) number of samples of true label `labels[i]` predicted as
 * `labels[j]`, as `sklearn.metrics.confusion_matrix`.
 *
 * @throws RangeError for empty or unequal inputs, an unknown `normalize`, or `labels` none of
 *   which occurs in `yTrue`.
 * @example
 * confusionMatrix(["cat", "dog", "dog"], ["cat", "cat", "dog"]); // [[1, 0], [1, 1]]
 */
export function confusionMatrix(yTrue: Labels, yPred: Labels, options: ConfusionMatrixOptions = {}): number[][] {
  return confusion("confusionMatrix", yTrue, yPred, options);
}

/** {@link confusionMatrix} with errors that name `op`. */
export function confusion(op: string, yTrue: Labels, yPred: Labels, options: ConfusionMatrixOptions): number[][] {
  const [t, p] = checkPair(op, yTrue, yPred);
  const w = checkSampleWeight(op, options.sampleWeight, t.length);
  const { normalize } = options;
  if (normalize !== undefined && normalize !== "true" && normalize !== "pred" && normalize !== "all") {
    throw new RangeError(`${op}: normalize must be one of "true", "pred", "all". Received: normalize=${show(normalize)}.`);
  }
  const labels = options.labels === undefined ? uniqueLabels(t, p) : checkLabelOption(op, options.labels, t[0] as string | number);
  if (options.labels !== undefined && !t.some((v) => labels.includes(v))) {
    throw new RangeError(`${op}: at least one of labels must occur in yTrue. Received: labels=${formatList(labels)}.`);
  }
  const k = labels.length;
  const index = labelIndex(labels);
  const cm = new Float64Array(k * k);
  t.forEach((v, s) => {
    const i = index(v);
    const j = index(p[s] as string | number);
    if (i >= 0 && j >= 0) (cm[i * k + j] as number) += w === undefined ? 1 : (w[s] as number);
  });
  if (normalize !== undefined) normalizeInPlace(cm, k, normalize);
  return Array.from({ length: k }, (_, i) => Array.from(cm.subarray(i * k, (i + 1) * k)));
}

function normalizeInPlace(cm: Float64Array, k: number, normalize: "true" | "pred" | "all"): void {
  const total = npSum(cm);
  const rowSums = Array.from({ length: k }, (_, i) => npSum(cm.subarray(i * k, (i + 1) * k)));
  const colSums = Array.from({ length: k }, (_, j) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += cm[i * k + j] as number;
    return s;
  });
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const d = normalize === "true" ? rowSums[i] : normalize === "pred" ? colSums[j] : total;
      cm[i * k + j] = nanToNum((cm[i * k + j] as number) / (d as number));
    }
  }
}

/**
 * `np.nan_to_num`, which scikit-learn applies after dividing: 0/0 → 0, and ±x/0 (a sum that
 * negative weights cancelled out) → ±`Number.MAX_VALUE`.
 */
function nanToNum(q: number): number {
  if (Number.isNaN(q)) return 0;
  if (q === Infinity) return Number.MAX_VALUE;
  return q === -Infinity ? -Number.MAX_VALUE : q;
}
