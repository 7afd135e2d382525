import { buildModel as buildFromSpec, type ModelSpec, type SpecInitializer } from "@backprop/network";
import type { Sequential } from "@backprop/network";
import type { LayerPlan, TrainingPlan } from "./types.js";

function initializer(init: LayerPlan["init"]): { initializer?: SpecInitializer } {
  if (init === undefined) return {};
  return { initializer: typeof init === "string" ? init : { name: "normal", std: init.std } };
}

/** The task and output settings of a plan's last layer (the CLI's plans end in their head). */
function head(output: LayerPlan): Pick<ModelSpec, "task" | "outputs" | "outputActivation"> {
  if (output.activation === "softmax") return { task: "multiclass", outputs: output.units };
  if (output.activation === "sigmoid") return output.units === 1 ? { task: "binary" } : { task: "multiLabel", outputs: output.units };
  return { task: "regression", outputs: output.units, outputActivation: output.activation };
}

/**
 * The model spec of a plan: its layers but the last are the hidden ones (each followed by the
 * plan's BatchNorm and dropout), the last is the head; the layers are named `dense1`, `dense2`, …
 * as the CLI has always printed them. The spec compiles the model with the plan's loss, optimizer
 * (its rate, schedule, clipping and decay) and metrics, so `fit` trains with exactly those.
 */
export function modelSpec(plan: TrainingPlan): ModelSpec {
  const output = plan.layers.at(-1);
  if (output === undefined) throw new RangeError("buildModel: a plan needs at least its output layer. Received: layers=[].");
  const { initializer: outputInitializer } = initializer(output.init);
  return {
    inputSize: plan.inputSize,
    hidden: plan.layers.slice(0, -1).map((layer, i) => ({
      units: layer.units,
      activation: layer.activation,
      ...initializer(layer.init),
      ...(plan.batchNorm === true ? { batchNorm: true } : {}),
      ...(plan.dropout > 0 ? { dropout: plan.dropout } : {}),
      name: `dense${i + 1}`,
    })),
    ...head(output),
    ...(outputInitializer === undefined ? {} : { outputInitializer }),
    outputName: `dense${plan.layers.length}`,
    ...(plan.l2 > 0 ? { l2: plan.l2 } : {}),
    seed: plan.seed,
    compile: {
      loss: plan.loss,
      optimizer: { name: plan.optimizer, learningRate: plan.learningRate, ...plan.optimizerSettings },
      ...(plan.metrics?.length ? { metrics: plan.metrics } : {}),
    },
  };
}

/**
 * Builds the network a plan describes through `@backprop/network`'s `buildModel`: one
 * `RandomState(seed)` draws every weight matrix, layer by layer, and is then kept by the model
 * for the shuffles and dropout masks — the order in which the tutorials' code draws after
 * `np.random.seed(seed)`.
 */
export function buildModel(plan: TrainingPlan): Sequential {
  return buildFromSpec(modelSpec(plan));
}
