import { LOSS_NAMES, isBuiltInLoss, type Loss } from "@backprop/losses";
import { OPTIMIZER_NAMES, isBuiltInOptimizer } from "@backprop/optimizers";
import { builtInLayers, isBuiltInLayer, type Layer, type LayerJSON } from "@backprop/layers";
import type { Sequential } from "../sequential.js";
import { assertJSONSafe } from "./json-value.js";
import { holdsNames, nameCounts } from "./names.js";
import { optimizerEpochs } from "../optimizer-epochs.js";
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

/** A layer's JSON, refused when it is one of your own (a subclass, say) that writes a built-in's type. */
function layerJSON(layer: Layer, i: number): LayerJSON {
  const json = layer.toJSON();
  if (Object.prototype.hasOwnProperty.call(builtInLayers, json.type) && !isBuiltInLayer(layer)) {
    const made = (layer as { constructor?: { name?: unknown } }).constructor?.name;
    throw new TypeError(
      `toJSON: layers[${i}] ("${layer.name}") is a layer of your own whose JSON has the type "${json.type}", a built-in's, so the model file would read back with the built-in ${json.type} layer in its place. ` +
        `Give yours a type of its own (its \`type\` and its toJSON's) and register its reader when reading the file: Sequential.fromJSON(json, { layers: { myType: MyLayer.fromJSON } }). Received: ${typeof made === "string" && made !== "" ? `a ${made}` : "an object"} writing type "${json.type}".`,
    );
  }
  return json;
}

/**
 * A layer's JSON inside `model`'s file. A dropout layer given the model's own generator as its
 * `rng` would save that generator's state a second time and read back drawing from a copy of it,
 * no longer interleaved with the model's shuffles; its state is left out instead, and the layer
 * reads back drawing from the model's generator, which the file keeps.
 */
function layerInModel(model: Sequential): (layer: Layer, i: number) => LayerJSON {
  return (layer, i) => {
    const json = layerJSON(layer, i);
    if ((layer as { randomState?: unknown }).randomState === model.rng) delete json.rng;
    return json;
  };
}

/** A copy of `list`, refused unless it holds `count` strings: a file its reader would refuse is never written. */
function names(field: string, list: unknown, count: number, each: string): string[] {
  if (holdsNames(list, count)) return [...list];
  const received = !Array.isArray(list) ? typeof list
    : holdsNames(list, list.length) ? `${list.length} name${list.length === 1 ? "" : "s"}` : `${list.length} entries, not all strings`;
  throw new RangeError(`toJSON: model.${field} must hold ${count} names, one per ${each}, as Sequential.fromJSON reads them. Received: ${received}.`);
}

/** `targetName`, refused unless it is a string: a file its reader would refuse is never written. */
function targetName(name: unknown): string {
  if (typeof name === "string") return name;
  throw new TypeError(`toJSON: model.targetName must be a string (the target column's name). Received: ${name === null ? "null" : typeof name}.`);
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
    const epochs = optimizerEpochs(model);
    if (epochs !== model.epochsTrained) training.optimizer.epochs = epochs;
  }
  return training;
}

/**
 * The model file (version 2) for `model`: layers, metadata, preprocessing and training state.
 * @throws RangeError when a weight (or a preprocessing number) is not finite, or `featureNames` /
 *   `classNames` do not hold one name per input / class.
 * @throws TypeError when `targetName` is not a string; or when a layer, an activation, the loss or the optimizer is one of your own under a built-in's name (or type).
 */
export function writeModelFile(model: Sequential): ModelJSON {
  const json: ModelJSON = { format: "backprop.network", version: 2, layers: model.layers.map(layerInModel(model)), seed: model.seed, task: model.task };
  const counts = nameCounts(model.layers);
  if (model.featureNames !== undefined) json.featureNames = names("featureNames", model.featureNames, counts.features, "input");
  if (model.classNames !== undefined) json.classNames = names("classNames", model.classNames, counts.classes, "class");
  if (model.targetName !== undefined) json.targetName = targetName(model.targetName);
  if (model.preprocessing !== undefined) json.preprocessing = model.preprocessing as ModelJSON["preprocessing"];
  const training = trainingJSON(model);
  if (training !== undefined) json.training = training;
  assertJSONSafe("toJSON", "model", json);
  return json;
}
