import type { Layer } from "@backprop/layers";
import type { LossName } from "@backprop/losses";

/**
 * What a model's output means, read from the activation of its last layer that has one:
 * softmax → `"multiclass"` (one class per row), sigmoid with one output → `"binary"`, sigmoid with
 * several → `"multiLabel"` (each column its own yes/no), anything else → `"regression"`.
 */
export type Task = "binary" | "multiclass" | "multiLabel" | "regression";

/** The output activation's name (looking past trailing layers without one, such as dropout). */
export function outputActivation(layers: readonly Layer[]): string | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const activation = layers[i]?.activation;
    if (activation !== undefined) return activation.name;
    if (layers[i]?.outputSize !== null) return undefined;
  }
  return undefined;
}

/** The task of a model with `layers` (see {@link Task}). */
export function taskOf(layers: readonly Layer[], outputs: number): Task {
  const name = outputActivation(layers);
  if (name === "softmax") return "multiclass";
  if (name === "sigmoid") return outputs === 1 ? "binary" : "multiLabel";
  return "regression";
}

/** Whether targets for `task` are class labels (a flat `y` is then labels, not values). */
export function isClassification(task: Task): boolean {
  return task !== "regression";
}

/**
 * The loss `fit` and `evaluate` use when none is given or compiled, matched to the output
 * activation: softmax → categoricalCrossEntropy, sigmoid → binaryCrossEntropy, anything else → mse.
 */
export function defaultLoss(layers: readonly Layer[]): LossName {
  const name = outputActivation(layers);
  if (name === "softmax") return "categoricalCrossEntropy";
  if (name === "sigmoid") return "binaryCrossEntropy";
  return "mse";
}
