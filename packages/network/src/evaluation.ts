import type { Matrix } from "@backprop/linalg";
import type { Loss } from "@backprop/losses";
import { checkMetricsForTask, metricValue } from "./metric-values.js";
import type { Sequential } from "./sequential.js";
import { isClassification, type Task } from "./task.js";

/** What `evaluate` returns: the loss (with regularization), accuracy for a classifier, and each asked-for metric by name. */
export interface Evaluation {
  loss: number;
  accuracy?: number;
  [metric: string]: number | undefined;
}

/**
 * Scores inputs and targets already checked against `model` and `loss` (fit's validation set is
 * checked once before training and scored every epoch). `sampleWeight` weighs the loss only
 * (`(1/m) Σᵢ wᵢ·ℓᵢ`, as fit's batches); the metrics stay unweighted, as Keras's `metrics`.
 * @throws TypeError for a classifier's metric (`"accuracy"`, `"f1"`, …) on a regression model.
 */
export function scoreOn(model: Sequential, x: Matrix, target: Matrix, loss: Loss, task: Task, metrics: readonly string[], sampleWeight?: Float64Array): Evaluation {
  checkMetricsForTask("evaluate", metrics, task);
  const pred = model.forward(x, false);
  const result: Evaluation = { loss: loss.forward(pred, target, sampleWeight) + model.regularizationLoss() };
  if (isClassification(task)) result.accuracy = metricValue("accuracy", pred, target, task);
  for (const name of metrics) if (name !== "accuracy") result[name] = metricValue(name, pred, target, task);
  return result;
}

/**
 * The coefficient of determination averaged over the outputs, as scikit-learn's `r2_score`
 * (`multioutput="uniform_average"`): per column `R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²`, and a constant
 * column scores 1 when predicted exactly, else 0.
 */
export function r2(pred: Matrix, target: Matrix): number {
  const { rows, cols } = target;
  let total = 0;
  for (let j = 0; j < cols; j++) {
    let mean = 0;
    for (let i = 0; i < rows; i++) mean += target.data[i * cols + j] as number;
    mean /= rows;
    let ssRes = 0, ssTot = 0;
    for (let i = 0; i < rows; i++) {
      const y = target.data[i * cols + j] as number;
      ssRes += (y - (pred.data[i * cols + j] as number)) ** 2;
      ssTot += (y - mean) ** 2;
    }
    total += ssTot === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
  }
  return total / cols;
}
