import { Dense, type Layer } from "@backprop/layers";
import type { LossName } from "@backprop/losses";

/**
 * The loss `fit` and `evaluate` use when none is given, matched to the output activation (the
 * last Dense layer's, looking past trailing dropout): softmax → categoricalCrossEntropy,
 * sigmoid → binaryCrossEntropy, anything else → mse.
 */
export function defaultLoss(layers: readonly Layer[]): LossName {
  let i = layers.length - 1;
  while (i > 0 && layers[i]?.type === "dropout") i--;
  const last = layers[i];
  if (last instanceof Dense && last.activation.name === "softmax") return "categoricalCrossEntropy";
  if (last instanceof Dense && last.activation.name === "sigmoid") return "binaryCrossEntropy";
  return "mse";
}
