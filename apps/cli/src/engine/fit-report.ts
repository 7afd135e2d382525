import {
  accuracyScore,
  balancedAccuracyScore,
  classificationReport,
  confusionMatrix,
  f1Score,
  meanAbsoluteError,
  precisionScore,
  r2Score,
  recallScore,
  rootMeanSquaredError,
} from "@backprop/metrics";
import { pyFixed } from "../format/python-format.js";
import { printable } from "../output/printable.js";

/** A regression's fit, as `sklearn.metrics` computes it: R², mean absolute error, root mean squared error. */
export interface RegressionScores {
  r2: number;
  mae: number;
  rmse: number;
}

/** A classifier's fit on labelled rows (precision, recall, F1 macro-averaged over every class). */
export interface ClassificationScores {
  accuracy: number;
  balancedAccuracy: number;
  precision: number;
  recall: number;
  f1: number;
  /** Rows true class, columns predicted, in class-name order. */
  confusionMatrix: number[][];
}

/** R², MAE and RMSE of predictions against the true values (R² needs two rows; one row gives `null`). */
export function regressionScores(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionScores {
  const t = Array.from(yTrue);
  const p = Array.from(yPred);
  return { r2: t.length >= 2 ? r2Score(t, p) : Number.NaN, mae: meanAbsoluteError(t, p), rmse: rootMeanSquaredError(t, p) };
}

/** The scores of predicted class codes against the true ones, over every class `0…k−1`. */
export function classificationScores(yTrue: Int32Array, yPred: Int32Array, nClasses: number): ClassificationScores {
  const labels = Array.from({ length: nClasses }, (_, i) => i);
  const t = Array.from(yTrue);
  const p = Array.from(yPred);
  const macro = { average: "macro", labels } as const;
  return {
    accuracy: accuracyScore(t, p),
    balancedAccuracy: balancedAccuracyScore(t, p),
    precision: precisionScore(t, p, macro) as number,
    recall: recallScore(t, p, macro) as number,
    f1: f1Score(t, p, macro) as number,
    confusionMatrix: confusionMatrix(t, p, { labels }),
  };
}

/** scikit-learn's `classification_report` text for class codes, rows named after the classes. */
export function reportText(yTrue: Int32Array, yPred: Int32Array, classNames: readonly string[]): string {
  const labels = classNames.map((_, i) => i);
  return classificationReport(Array.from(yTrue), Array.from(yPred), { labels, targetNames: classNames.map(printable) }).trimEnd();
}

/** The confusion matrix as text: a header of predicted classes, one row per true class. */
export function confusionText(matrix: readonly number[][], classNames: readonly string[]): string[] {
  const names = classNames.map(printable);
  const corner = "true \\ predicted";
  const label = Math.max(corner.length, ...names.map((n) => n.length));
  const cell = Math.max(...names.map((n) => n.length), ...matrix.flat().map((v) => String(v).length));
  const line = (head: string, cells: readonly string[]): string => `${head.padEnd(label)}  ${cells.map((c) => c.padStart(cell)).join("  ")}`;
  return [line(corner, names), ...matrix.map((row, i) => line(names[i] ?? "", row.map(String)))];
}

/** `R² 0.8123  MAE 12.34  RMSE 15.67` (R² `n/a` for one row). */
export function regressionText(s: RegressionScores): string {
  const r2 = Number.isFinite(s.r2) ? pyFixed(s.r2, 4) : "n/a";
  return `R² ${r2}  MAE ${Number(s.mae.toPrecision(6))}  RMSE ${Number(s.rmse.toPrecision(6))}`;
}

/** The mean and (population, `np.std`) standard deviation of each score over the folds. */
export function meanAndStd(folds: readonly Record<string, number>[]): { mean: Record<string, number>; std: Record<string, number> } {
  const mean: Record<string, number> = {};
  const std: Record<string, number> = {};
  for (const key of Object.keys(folds[0] ?? {})) {
    const xs = folds.map((f) => f[key] as number);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    mean[key] = m;
    std[key] = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
  }
  return { mean, std };
}
