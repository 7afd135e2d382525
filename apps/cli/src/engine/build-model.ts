import { RandomState } from "@backprop/linalg";
import { Dense, Dropout, l2, normal, type Layer } from "@backprop/layers";
import { Sequential } from "@backprop/network";
import type { LayerPlan, TrainingPlan } from "./types.js";

function initializer(plan: LayerPlan) {
  return typeof plan.init === "string" ? plan.init : normal(plan.init.std);
}

/**
 * Builds the network a plan describes. One `RandomState(seed)` draws every weight matrix, layer
 * by layer, and is then kept by the model for the shuffles and dropout masks — the order in
 * which the tutorials' code draws after `np.random.seed(seed)`.
 */
export function buildModel(plan: TrainingPlan): Sequential {
  const rng = new RandomState(plan.seed);
  const layers: Layer[] = [];
  let inputSize = plan.inputSize;
  plan.layers.forEach((layer, i) => {
    const hidden = i < plan.layers.length - 1;
    layers.push(
      new Dense(inputSize, layer.units, {
        activation: layer.activation,
        initializer: initializer(layer),
        rng,
        name: `dense${i + 1}`,
        ...(plan.l2 > 0 ? { regularizer: l2(plan.l2) } : {}),
      }),
    );
    if (hidden && plan.dropout > 0) layers.push(new Dropout(plan.dropout, { name: `dropout${i + 1}` }));
    inputSize = layer.units;
  });
  return new Sequential(layers, { rng });
}
