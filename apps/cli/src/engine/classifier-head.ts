import { classificationTask, outputHead } from "@backprop/network";
import type { LayerPlan, LossPlan } from "./types.js";

/**
 * The output layer and loss of a `k`-class classifier, by `@backprop/network`'s head rule: one
 * sigmoid unit with binary cross-entropy for two classes (the tutorials' `y.reshape(-1, 1)`), `k`
 * softmax units with categorical cross-entropy for more. Its initializer is left to the layer's
 * default (`randn·√(1/n)` after sigmoid or softmax).
 * @example
 * classifierHead(3); // { output: { units: 3, activation: "softmax" }, loss: "categoricalCrossEntropy" }
 */
export function classifierHead(nClasses: number): { output: LayerPlan; loss: LossPlan } {
  const { units, activation, loss } = outputHead(classificationTask(nClasses), nClasses);
  return { output: { units, activation }, loss };
}
