import { isBuiltInActivation, type Activation } from "@backprop/activations";
import { fusedOutputGradient, isBuiltInLoss, type FusedGradient, type Loss } from "@backprop/losses";

/**
 * The fused output gradient `dZ = (p − y)/m` for the built-in pairs themselves (sigmoid with
 * binaryCrossEntropy, softmax with categoricalCrossEntropy), else `undefined`. The pair is
 * recognised as the built-ins themselves (their mark, from any copy of their packages), not by
 * name alone: a user's own activation or loss may carry a built-in's name (`"softmax"`) with
 * other math (a temperature, a reweighting), and `(p − y)/m` would then be a silently wrong
 * gradient; it goes through its own `backward` instead.
 */
export function fusedGradientFor(loss: Loss, activation: Activation | undefined): FusedGradient | undefined {
  if (activation === undefined) return undefined;
  const pair = (activation.name === "softmax" && loss.name === "categoricalCrossEntropy") || (activation.name === "sigmoid" && loss.name === "binaryCrossEntropy");
  return pair && isBuiltInActivation(activation) && isBuiltInLoss(loss) ? fusedOutputGradient(loss.name, activation.name) : undefined;
}
