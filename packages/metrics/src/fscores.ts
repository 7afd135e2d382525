import { fscoreSupport, type FscoreOptions } from "./fscore-support.js";
import type { Labels } from "./labels.js";

/** {@link FscoreOptions} with `average: null`: one score per label. */
export type PerLabel = FscoreOptions & { average: null };
/** {@link FscoreOptions} with an averaging `average` (or none: `"binary"`). */
export type Averaged = FscoreOptions & { average?: "binary" | "micro" | "macro" | "weighted" };

/**
 * `sklearn.metrics.precision_score`: `tp / (tp + fp)`, the fraction of predictions of a label
 * that are right; 0 for a label never predicted (scikit-learn also warns).
 *
 * @throws RangeError / TypeError as {@link fscoreSupport}.
 * @example
 * precisionScore([0, 1, 1, 0], [1, 1, 1, 0]);                      // 0.6666666666666666
 * precisionScore([0, 1, 2, 2], [0, 2, 2, 1], { average: null });   // [1, 0, 0.5]
 */
export function precisionScore(yTrue: Labels, yPred: Labels, options: PerLabel): number[];
export function precisionScore(yTrue: Labels, yPred: Labels, options?: Averaged): number;
export function precisionScore(yTrue: Labels, yPred: Labels, options?: FscoreOptions): number | number[];
export function precisionScore(yTrue: Labels, yPred: Labels, options: FscoreOptions = {}): number | number[] {
  return fscoreSupport("precisionScore", yTrue, yPred, 1, options).precision;
}

/**
 * `sklearn.metrics.recall_score`: `tp / (tp + fn)`, the fraction of a label's samples found;
 * 0 for a label with no true samples.
 *
 * @throws RangeError / TypeError as {@link fscoreSupport}.
 * @example
 * recallScore([0, 1, 1, 0], [1, 1, 1, 0]); // 1
 */
export function recallScore(yTrue: Labels, yPred: Labels, options: PerLabel): number[];
export function recallScore(yTrue: Labels, yPred: Labels, options?: Averaged): number;
export function recallScore(yTrue: Labels, yPred: Labels, options?: FscoreOptions): number | number[];
export function recallScore(yTrue: Labels, yPred: Labels, options: FscoreOptions = {}): number | number[] {
  return fscoreSupport("recallScore", yTrue, yPred, 1, options).recall;
}

/**
 * `sklearn.metrics.f1_score`: `F₁ = 2·P·R / (P + R)` (0 when `P + R = 0`).
 *
 * @throws RangeError / TypeError as {@link fscoreSupport}.
 * @example
 * f1Score([0, 1, 1, 0], [1, 1, 1, 0]);                          // 0.8
 * f1Score([0, 1, 2, 2], [0, 2, 2, 1], { average: "macro" });    // 0.5
 */
export function f1Score(yTrue: Labels, yPred: Labels, options: PerLabel): number[];
export function f1Score(yTrue: Labels, yPred: Labels, options?: Averaged): number;
export function f1Score(yTrue: Labels, yPred: Labels, options?: FscoreOptions): number | number[];
export function f1Score(yTrue: Labels, yPred: Labels, options: FscoreOptions = {}): number | number[] {
  return fscoreSupport("f1Score", yTrue, yPred, 1, options).fscore;
}

/**
 * `sklearn.metrics.fbeta_score`: `F_β = (1 + β²)·P·R / (β²·P + R)`; `β > 1` favours recall,
 * `β = Infinity` gives the recall.
 *
 * @throws RangeError for `beta < 0`, or a finite `beta` above 1.3407807929942596e154 whose β² overflows
 *   (scikit-learn raises `OverflowError`); and as {@link fscoreSupport}.
 * @example
 * fbetaScore([0, 1, 1, 0], [1, 1, 1, 0], 2); // 0.9090909090909091
 */
export function fbetaScore(yTrue: Labels, yPred: Labels, beta: number, options: PerLabel): number[];
export function fbetaScore(yTrue: Labels, yPred: Labels, beta: number, options?: Averaged): number;
export function fbetaScore(yTrue: Labels, yPred: Labels, beta: number, options?: FscoreOptions): number | number[];
export function fbetaScore(yTrue: Labels, yPred: Labels, beta: number, options: FscoreOptions = {}): number | number[] {
  return fscoreSupport("fbetaScore", yTrue, yPred, beta, options).fscore;
}
