import { Dense, type Layer } from "@backprop/layers";
import type { LossName } from "@backprop/losses";

/**
 * The loss `fit` and `evaluate` use when none is given, matched to the output activation:
 * softmax → categoricalCrossEntropy, sigmoid → binaryCrossEntropy, anything else → mse.
 */
export function defaultLoss(layers: readonly Layer[]): LossName {
  const last = layers[layers.length - 1];
  if (last instanceof Dense && last.activation.name === "softmax") return "categoricalCrossEntropy";
  if (last instanceof Dense && last.activation.name === "sigmoid") return "binaryCrossEntropy";
  return "mse";
}
