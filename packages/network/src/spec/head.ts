import type { ActivationName } from "@backprop/activations";
import type { LossName } from "@backprop/losses";
import type { Task } from "../task.js";
import type { ModelSpec } from "./types.js";

/** The output layer and loss a task asks for. */
export interface OutputHead {
  units: number;
  activation: ActivationName;
  loss: LossName;
}

/**
 * The classification task for `classes` classes: two are one yes/no question (`"binary"`, one
 * sigmoid unit, as the tutorials' `y.reshape(-1, 1)`), more are `"multiclass"` (softmax).
 * @example
 * classificationTask(2); // "binary"
 * classificationTask(3); // "multiclass"
 */
export function classificationTask(classes: number): "binary" | "multiclass" {
  return classes === 2 ? "binary" : "multiclass";
}

/**
 * The head rule, in one place: `binary` (2 classes) → 1 sigmoid unit + binaryCrossEntropy;
 * `multiclass` (k classes) → k softmax units + categoricalCrossEntropy; `multiLabel` (k labels) →
 * k sigmoid units + binaryCrossEntropy; `regression` (k targets) → k linear units + mse.
 * `outputs` is not checked here (see `validateModelSpec`).
 * @example
 * outputHead("binary", 2);     // { units: 1, activation: "sigmoid", loss: "binaryCrossEntropy" }
 * outputHead("multiclass", 3); // { units: 3, activation: "softmax", loss: "categoricalCrossEntropy" }
 */
export function outputHead(task: Task, outputs: number): OutputHead {
  switch (task) {
    case "binary":
      return { units: 1, activation: "sigmoid", loss: "binaryCrossEntropy" };
    case "multiclass":
      return { units: outputs, activation: "softmax", loss: "categoricalCrossEntropy" };
    case "multiLabel":
      return { units: outputs, activation: "sigmoid", loss: "binaryCrossEntropy" };
    case "regression":
      return { units: outputs, activation: "linear", loss: "mse" };
  }
}

/** The number of classes a binary spec may omit. */
export const BINARY_CLASSES = 2;

/**
 * The loss a spec trains with: `compile.loss` when given, else its head's (see {@link outputHead}).
 * @example
 * lossForSpec({ inputSize: 4, task: "multiclass", outputs: 3 }); // "categoricalCrossEntropy"
 */
export function lossForSpec(spec: ModelSpec): NonNullable<NonNullable<ModelSpec["compile"]>["loss"]> {
  return spec.compile?.loss ?? outputHead(spec.task, spec.outputs ?? BINARY_CLASSES).loss;
}
