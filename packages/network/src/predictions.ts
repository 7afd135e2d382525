import { Matrix } from "@backprop/linalg";
import { rowArgmax } from "./metrics.js";
import type { Task } from "./task.js";

function refuseRegression(where: string, task: Task): void {
  if (task === "regression") {
    throw new TypeError(`${where}: this is a regression model (its output activation is neither softmax nor sigmoid), so its outputs are not class probabilities. Received: a model whose task is "regression"; use predict.`);
  }
}

/** Class probabilities from the network's output (see `Sequential.predictProba`). */
export function probabilitiesFrom(where: string, out: Matrix, task: Task): Matrix {
  refuseRegression(where, task);
  if (task !== "binary") return out.clone();
  const proba = new Matrix(out.rows, 2);
  for (let i = 0; i < out.rows; i++) {
    const p = out.data[i] as number;
    proba.data[2 * i] = 1 - p;
    proba.data[2 * i + 1] = p;
  }
  return proba;
}

/**
 * Class indices (or, multi-label, `rows × outputs` zeros and ones) from the network's output. A
 * model with another output activation is read as the tutorials do: one column thresholded,
 * several by arg-max.
 */
export function classesFrom(out: Matrix, task: Task, threshold: number): Int32Array {
  if (out.cols === 1 || task === "multiLabel") return Int32Array.from(out.data, (p) => (p > threshold ? 1 : 0));
  const classes = new Int32Array(out.rows);
  for (let i = 0; i < out.rows; i++) classes[i] = rowArgmax(out.data, i * out.cols, out.cols);
  return classes;
}
