import { LOSS_NAMES, isBuiltInLoss, type Loss } from "@backprop/losses";
import { OPTIMIZER_NAMES, isBuiltInOptimizer } from "@backprop/optimizers";
import type { Sequential } from "../sequential.js";
import { assertJSONSafe } from "./json-value.js";
import type { ModelJSON, TrainingJSON } from "./types.js";

function lossJSON(loss: Loss): NonNullable<TrainingJSON["loss"]> {
  if ((LOSS_NAMES as readonly string[]).includes(loss.name) && !isBuiltInLoss(loss)) {
    throw new TypeError(
      `toJSON: the model's loss is one of your own named "${loss.name}", a built-in's name, so the model file would read back with the built-in ${loss.name} in its place. ` +
        `Give yours a name of its own and register it when reading the file: Sequential.fromJSON(json, { losses: { myName: yourLoss } }). Received: loss.name="${loss.name}".`,
    );
  }
  const config = (loss as { config?: Record<string, number> }).config;
  return config !== undefined && Object.keys(config).length > 0 ? { name: loss.name, config: { ...config } } : { name: loss.name };
}

/** The training section: set once the model has been compiled or trained. */
function trainingJSON(model: Sequential): TrainingJSON | undefined {
  if (model.loss === undefined && model.optimizer === undefined && model.epochsTrained === 0) return undefined;
  const training: TrainingJSON = { compiled: model.compiled, metrics: [...model.metrics], epochs: model.epochsTrained, rng: model.rng.getState() };
  if (model.loss !== undefined) training.loss = lossJSON(model.loss);
  const optimizer = model.optimizer;
  if (optimizer?.exportState !== undefined) {
    const config = optimizer.getConfig();
    if ((OPTIMIZER_NAMES as readonly string[]).includes(config.name as string) && !isBuiltInOptimizer(optimizer)) {
      throw new TypeError(
        `toJSON: the model's optimizer is one of your own that reports the name "${String(config.name)}", a built-in's, so the model file would resume training with the built-in ${String(config.name)} in its place. ` +
          `Give yours a name of its own and register it when reading the file: Sequential.fromJSON(json, { optimizers: { myName: (config) => yourOptimizer } }). Received: getConfig().name="${String(config.name)}".`,
      );
    }
    training.optimizer = { config, state: optimizer.exportState(model.params()) };
  }
  return training;
}

/**
 * The model file (version 2) for `model`: layers, metadata, preprocessing and training state.
 * @throws RangeError when a weight (or a preprocessing number) is not finite.
 * @throws TypeError when an activation, the loss or the optimizer is one of your own under a built-in's name.
 */
export function writeModelFile(model: Sequential): ModelJSON {
  const json: ModelJSON = { format: "backprop.network", version: 2, layers: model.layers.map((l) => l.toJSON()), seed: model.seed, task: model.task };
  if (model.featureNames !== undefined) json.featureNames = [...model.featureNames];
  if (model.classNames !== undefined) json.classNames = [...model.classNames];
  if (model.preprocessing !== undefined) json.preprocessing = model.preprocessing as ModelJSON["preprocessing"];
  const training = trainingJSON(model);
  if (training !== undefined) json.training = training;
  assertJSONSafe("toJSON", "model", json);
  return json;
}
