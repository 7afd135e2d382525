import { sigmoid, softmax, type Activation } from "@backprop/activations";
import { binaryCrossEntropy, categoricalCrossEntropy, fusedOutputGradient, type FusedGradient, type Loss } from "@backprop/losses";

/**
 * The fused output gradient `dZ = (p − y)/m` for the built-in pairs themselves (sigmoid with
 * binaryCrossEntropy, softmax with categoricalCrossEntropy), else `undefined`. The pair is
 * recognised by object, not by name: a user's own activation or loss may carry a built-in's name
 * (`"softmax"`) with other math (a temperature, a reweighting), and `(p − y)/m` would then be a
 * silently wrong gradient; it goes through its own `backward` instead.
 */
export function fusedGradientFor(loss: Loss, activation: Activation | undefined): FusedGradient | undefined {
  const builtIn = (activation === softmax && loss === categoricalCrossEntropy) || (activation === sigmoid && loss === binaryCrossEntropy);
  return builtIn ? fusedOutputGradient(loss.name, activation.name) : undefined;
}
