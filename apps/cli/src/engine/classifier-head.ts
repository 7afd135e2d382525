import type { LayerPlan, LossPlan } from "./types.js";

/**
 * The output layer and loss of a `k`-class classifier: one sigmoid unit with binary
 * cross-entropy for two classes (the tutorials' `y.reshape(-1, 1)`), `k` softmax units with
 * categorical cross-entropy for more.
 * @example
 * classifierHead(3); // { output: { units: 3, activation: "softmax", init: "xavier" }, loss: "categoricalCrossEntropy" }
 */
export function classifierHead(nClasses: number): { output: LayerPlan; loss: LossPlan } {
  return nClasses === 2
    ? { output: { units: 1, activation: "sigmoid", init: "xavier" }, loss: "binaryCrossEntropy" }
    : { output: { units: nClasses, activation: "softmax", init: "xavier" }, loss: "categoricalCrossEntropy" };
}
