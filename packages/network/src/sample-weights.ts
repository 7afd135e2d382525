import type { Matrix } from "@backprop/linalg";
import { computeClassWeight } from "@backprop/data";
import { classesFrom } from "./predictions.js";
import { isClassification, type Task } from "./task.js";
import type { FitOptions } from "./types.js";

/**
 * Each training row's weight in the loss, or `undefined` when neither option is given (then the
 * loss is the plain batch mean, bit for bit as before): `sampleWeight[i]` times the weight of row
 * `i`'s class. `classWeight: "balanced"` is scikit-learn's `n / (k · countᵢ)`; a record maps a
 * label (`"0"`, `"1"`, …) to its weight, others 1. The loss is then `(1/m) Σᵢ wᵢ·ℓᵢ` per batch —
 * Keras's `sum_over_batch_size` reduction.
 * @throws RangeError for a weight that is not a finite number ≥ 0, the wrong count, a class weight
 *   for a class not in `y`, or weights that are 0 for every row (they sum to 0).
 */
export function rowWeights(options: FitOptions, y: Matrix, task: Task): Float64Array | undefined {
  const { sampleWeight, classWeight } = options;
  if (sampleWeight === undefined && classWeight === undefined) return undefined;
  const weights = new Float64Array(y.rows).fill(1);
  if (sampleWeight !== undefined) {
    checkSampleWeightCount(sampleWeight, y.rows);
    for (let i = 0; i < y.rows; i++) {
      const w = sampleWeight[i];
      if (typeof w !== "number" || !Number.isFinite(w) || w < 0) throw new RangeError(`fit: sampleWeight must hold finite numbers ≥ 0. Received: sampleWeight[${i}]=${String(w)}.`);
      weights[i] = w;
    }
  }
  if (classWeight !== undefined) {
    if (!isClassification(task)) throw new TypeError(`fit: classWeight applies to a classifier; this model's task is "regression". Received: classWeight.`);
    if (task === "multiLabel") throw new TypeError("fit: classWeight needs one class per row; this model is multi-label. Received: classWeight; pass sampleWeight instead.");
    const labels = classesFrom(y, task, 0.5);
    const { classes, weights: perClass } = computeClassWeight(classWeight, labels);
    const byLabel = new Map(classes.map((c, i) => [c, perClass[i] as number]));
    for (let i = 0; i < y.rows; i++) weights[i] = (weights[i] as number) * (byLabel.get(labels[i] as number) as number);
  }
  refuseAllZero(weights, sampleWeight !== undefined, classWeight !== undefined);
  return weights;
}

/**
 * Throws unless `sampleWeight` is a list of `rows` entries (crossValidate checks it too, before its
 * folds take their rows' weights and a short list would read past its end).
 * @throws RangeError `fit: sampleWeight must hold one weight per row (40). Received: 3 weights.`
 */
export function checkSampleWeightCount(sampleWeight: unknown, rows: number): void {
  if (typeof sampleWeight !== "object" || sampleWeight === null || (sampleWeight as { length?: unknown }).length !== rows) {
    throw new RangeError(`fit: sampleWeight must hold one weight per row (${rows}). Received: ${typeof sampleWeight === "object" && sampleWeight !== null ? `${String((sampleWeight as { length?: unknown }).length)} weights` : String(sampleWeight)}.`);
  }
}

/**
 * Weights are ≥ 0, so a zero sum means every row weighs 0: each batch's loss would be 0 with a
 * zero gradient, and `fit` would report a loss of 0 for a model that learnt nothing.
 */
function refuseAllZero(weights: Float64Array, bySample: boolean, byClass: boolean): void {
  if (weights.some((w) => w !== 0)) return;
  const what = bySample && byClass ? "sampleWeight times classWeight" : bySample ? "sampleWeight" : "classWeight";
  throw new RangeError(`fit: ${what} is 0 for every row (the weights sum to 0), so no row would count in the loss and training would learn nothing. Received: ${weights.length} rows, all weighing 0.`);
}
