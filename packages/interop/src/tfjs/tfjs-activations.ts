import type { ActivationView } from "../model-view.js";
import type { TfjsLayer } from "./tfjs-types.js";

/**
 * How each backprop activation is written in TF.js Layers: a Dense `activation` string, or a
 * linear Dense followed by a LeakyReLU layer for leakyRelu. `undefined` when TF.js cannot load
 * an activation with those settings: its ELU takes only alpha = 1, its hardSigmoid is
 * `clip(0.2·x + 0.5, 0, 1)`, and its "gelu_new" (the tanh GELU) is not found when a model.json
 * is read (tfjs-layers 4.22 turns the name into "geluNew" first).
 */
export function tfjsActivation(a: ActivationView): { activation: string; layer?: Omit<TfjsLayer, "config"> & { config: Record<string, unknown> } } | undefined {
  const simple: Record<string, string> = {
    linear: "linear", relu: "relu", sigmoid: "sigmoid", tanh: "tanh", softmax: "softmax", selu: "selu", gelu: "gelu",
    softplus: "softplus", softsign: "softsign", swish: "swish", silu: "swish", mish: "mish",
  };
  if (Object.hasOwn(simple, a.name)) return { activation: simple[a.name] as string };
  if (a.name === "leakyRelu") return { activation: "linear", layer: { class_name: "LeakyReLU", config: { alpha: a.config.alpha ?? 0.01 } } };
  if (a.name === "elu" && (a.config.alpha ?? 1) === 1) return { activation: "elu" };
  // TF.js's hardSigmoid is clip(0.2·x + 0.5, 0, 1): only those settings.
  if (a.name === "hardSigmoid" && (a.config.alpha ?? 0.2) === 0.2 && (a.config.beta ?? 0.5) === 0.5) return { activation: "hardSigmoid" };
  return undefined;
}

/** TF.js activation strings read on import, and the backprop activation each one is. */
export const TFJS_IMPORT_ACTIVATIONS: Readonly<Record<string, ActivationView>> = {
  linear: { name: "linear", config: {} },
  relu: { name: "relu", config: {} },
  sigmoid: { name: "sigmoid", config: {} },
  tanh: { name: "tanh", config: {} },
  softmax: { name: "softmax", config: {} },
  elu: { name: "elu", config: { alpha: 1 } },
  selu: { name: "selu", config: {} },
  gelu: { name: "gelu", config: {} },
  gelu_new: { name: "geluTanh", config: {} },
  softplus: { name: "softplus", config: {} },
  softsign: { name: "softsign", config: {} },
  swish: { name: "swish", config: {} },
  mish: { name: "mish", config: {} },
  hardSigmoid: { name: "hardSigmoid", config: { alpha: 0.2, beta: 0.5 } },
};
