import { fscoreSupport } from "./fscore-support.js";
import { checkLabelOption, checkPair, formatList, uniqueLabels, type Label, type Labels } from "./labels.js";
import { npSum } from "./sum.js";
import { pyFixed, pyLen, pyPadStart, pyStr } from "./python-format.js";

const OP = "classificationReport";

/** Options of {@link classificationReport} and {@link classificationReportDict}. */
export interface ClassificationReportOptions {
  /** The labels to report, in this order (default: every label seen, sorted). */
  labels?: Labels;
  /** Display names, one per label (default: the labels as text). */
  targetNames?: readonly string[];
  /** Decimals printed (default 2; the dict is not rounded). */
  digits?: number;
  /** One weight per sample. */
  sampleWeight?: ArrayLike<number>;
  /** The score given where a ratio is 0/0 (default 0). */
  zeroDivision?: 0 | 1;
}

/** One row of the report. */
export interface ReportRow {
  precision: number;
  recall: number;
  "f1-score": number;
  support: number;
}

/**
 * The numbers of `sklearn.metrics.classification_report(..., output_dict=True)`: a row per
 * label (keyed by its name), then `accuracy` (a number; `"micro avg"` row instead when `labels`
 * leaves some label out), `"macro avg"` and `"weighted avg"`.
 *
 * @throws RangeError when `targetNames` does not have one name per label (scikit-learn only
 *   warns when `labels` is given, and then drops the extra rows), and as {@link f1Score}.
 * @example
 * classificationReportDict([0, 1, 1], [0, 1, 0])["macro avg"]; // { precision: 0.75, recall: 0.75, "f1-score": 0.6666666666666666, support: 3 }
 */
export function classificationReportDict(yTrue: Labels, yPred: Labels, options: ClassificationReportOptions = {}): Record<string, ReportRow | number> {
  const report = build(yTrue, yPred, options);
  const out: Record<string, ReportRow | number> = {};
  for (const r of report.rows) out[r.name] = r.row;
  for (const r of report.averages) out[r.name] = r.name === "accuracy" ? r.row["f1-score"] : r.row;
  return out;
}

/**
 * The text of `sklearn.metrics.classification_report`, laid out exactly as scikit-learn lays
 * it out (the same widths, blank lines and rounding — ties to even, as Python's `format`).
 *
 * @throws as {@link classificationReportDict}; RangeError for `digits` that is not an integer in `[0, 20]`.
 * @example
 * console.log(classificationReport([0, 1, 1], [0, 1, 0], { targetNames: ["no", "yes"] }));
 * //               precision    recall  f1-score   support
 * //
 * //           no       0.50      1.00      0.67         1
 * //          yes       1.00      0.50      0.67         2
 * //
 * //     accuracy                           0.67         3
 * //    macro avg       0.75      0.75      0.67         3
 * // weighted avg       0.83      0.67      0.67         3
 */
export function classificationReport(yTrue: Labels, yPred: Labels, options: ClassificationReportOptions = {}): string {
  const digits = options.digits ?? 2;
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) throw new RangeError(`${OP}: digits must be an integer in [0, 20]. Received: digits=${String(digits)}.`);
  const { rows, averages, floatSupports } = build(yTrue, yPred, options);
  // Python measures and pads names by code point (len, format), not by UTF-16 unit.
  const width = Math.max(...rows.map((r) => pyLen(r.name)), "weighted avg".length, digits);
  const cell = (x: number): string => ` ${pyFixed(x, digits).padStart(9)}`;
  const support = (x: number): string => ` ${pyStr(x, !floatSupports).padStart(9)}`;
  const line = (name: string, r: ReportRow): string => `${pyPadStart(name, width)} ${cell(r.precision)}${cell(r.recall)}${cell(r["f1-score"])}${support(r.support)}\n`;
  let text = `${"".padStart(width)} ${["precision", "recall", "f1-score", "support"].map((h) => ` ${h.padStart(9)}`).join("")}\n\n`;
  for (const r of rows) text += line(r.name, r.row);
  text += "\n";
  for (const r of averages) {
    text += r.name === "accuracy" ? `${"accuracy".padStart(width)} ${" ".repeat(20)}${cell(r.row["f1-score"])}${support(r.row.support)}\n` : line(r.name, r.row);
  }
  return text;
}

interface Report {
  rows: { name: string; row: ReportRow }[];
  averages: { name: string; row: ReportRow }[];
  /** Whether scikit-learn holds the supports as floats, so prints them as `2.0`. */
  floatSupports: boolean;
}

function build(yTrue: Labels, yPred: Labels, options: ClassificationReportOptions): Report {
  const [t, p] = checkPair(OP, yTrue, yPred);
  const present = uniqueLabels(t, p);
  const labels = options.labels === undefined ? present : checkLabelOption(OP, options.labels, t[0] as Label);
  const names = options.targetNames === undefined ? labels.map(String) : [...options.targetNames];
  if (names.length !== labels.length) {
    throw new RangeError(`${OP}: targetNames must have one name per label. Received: ${names.length} names for labels ${formatList(labels)}.`);
  }
  const common = { labels, sampleWeight: options.sampleWeight, zeroDivision: options.zeroDivision };
  const per = fscoreSupport(OP, t, p, 1, { ...common, average: null });
  const s = per.support as number[];
  const rows = names.map((name, i) => ({ name, row: row((per.precision as number[])[i], (per.recall as number[])[i], (per.fscore as number[])[i], s[i]) }));
  const microIsAccuracy = labels.length === present.length && present.every((l) => labels.includes(l));
  const total = npSum(s);
  const averages = (["micro", "macro", "weighted"] as const).map((average) => {
    const a = fscoreSupport(OP, t, p, 1, { ...common, average });
    const name = average === "micro" && microIsAccuracy ? "accuracy" : `${average} avg`;
    return { name, row: row(a.precision, a.recall, a.fscore, total) };
  });
  // scikit-learn 1.2.1 counts with float weights, and also when no prediction is right: then
  // multilabel_confusion_matrix takes its "pathological case" branch, tp_sum = np.zeros(...)
  // (floats), and the supports it derives from tp_sum (tp + fn) are floats as well.
  const floatSupports = options.sampleWeight !== undefined || !t.some((v, i) => v === p[i]);
  return { rows, averages, floatSupports };
}

function row(precision: unknown, recall: unknown, f1: unknown, support: unknown): ReportRow {
  return { precision: precision as number, recall: recall as number, "f1-score": f1 as number, support: support as number };
}
