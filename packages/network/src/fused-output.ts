import { isBuiltInActivation, sigmoid, softmax, type Activation } from "@backprop/activations";
import { binaryCrossEntropy, categoricalCrossEntropy, fusedOutputGradient, isBuiltInLoss, type FusedGradient, type Loss } from "@backprop/losses";

/**
 * The fused output gradient `dZ = (p − y)/m` for the built-in pairs themselves (sigmoid with
 * binaryCrossEntropy, softmax with categoricalCrossEntropy), else `undefined`. The pair is
 * recognised as the built-ins themselves, not by name alone: a user's own activation or loss may
 * carry a built-in's name (`"softmax"`) with other math (a temperature, a reweighting), and
 * `(p − y)/m` would then be a silently wrong gradient; it goes through its own `backward` instead.
 * This copy's objects are compared first (asked every training step, that costs two comparisons);
 * the built-ins of another copy of the packages are known by their mark.
 */
export function fusedGradientFor(loss: Loss, activation: Activation | undefined): FusedGradient | undefined {
  if (activation === undefined) return undefined;
  const ours = (activation === softmax && loss === categoricalCrossEntropy) || (activation === sigmoid && loss === binaryCrossEntropy);
  // fusedOutputGradient knows the pairs by name; the objects must still be built-ins to use it.
  const fused = fusedOutputGradient(loss.name, activation.name);
  return fused !== undefined && (ours || (isBuiltInActivation(activation) && isBuiltInLoss(loss))) ? fused : undefined;
}
