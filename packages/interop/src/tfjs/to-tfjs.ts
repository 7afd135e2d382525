import { readModel, type ModelLike } from "../model-view.js";
import { tfjsActivation } from "./tfjs-activations.js";
import { activationLayerName, tfjsLayerNames } from "./tfjs-layer-names.js";
import { kerasRegularizer } from "./tfjs-regularizer.js";
import type { TfjsArtifacts, TfjsLayer, TfjsWeightSpec } from "./tfjs-types.js";

const WHERE = "toTfjs";

/** Bytes per weight shard, TF.js's own default (4 MiB). */
export const TFJS_SHARD_BYTES = 4 * 1024 * 1024;

export interface ToTfjsOptions {
  /** Largest shard file in bytes. Default {@link TFJS_SHARD_BYTES}. */
  shardBytes?: number;
}

interface Collected {
  layers: TfjsLayer[];
  specs: TfjsWeightSpec[];
  values: number[][];
}

function add(c: Collected, layer: string, name: string, shape: number[], values: number[]): void {
  c.specs.push({ name: `${layer}/${name}`, shape, dtype: "float32" });
  c.values.push(values);
}

/**
 * A model as TF.js Layers artifacts: a `Sequential` topology (Dense, LeakyReLU/ELU for those
 * activations, BatchNormalization, Dropout) and float32 weight shards, which
 * `tf.loadLayersModel` loads.
 * @throws TypeError naming an activation TF.js lacks or a layer type it cannot hold.
 * @example
 * const { modelJSON, weightFiles } = toTfjs(model);
 * weightFiles[0].path; // "group1-shard1of1.bin"
 */
export function toTfjs(model: ModelLike, options: ToTfjsOptions = {}): TfjsArtifacts {
  const shardBytes = options.shardBytes ?? TFJS_SHARD_BYTES;
  if (!Number.isInteger(shardBytes) || shardBytes < 4 || shardBytes % 4 !== 0) throw new RangeError(`${WHERE}: shardBytes must be a positive multiple of 4. Received: shardBytes=${String(shardBytes)}.`);
  const view = readModel(WHERE, model);
  const c: Collected = { layers: [], specs: [], values: [] };
  const names = tfjsLayerNames(view.layers);
  view.layers.forEach((l, i) => {
    const name = names[i] as string;
    if (l.type === "dense") {
      const act = tfjsActivation(l.activation);
      if (act === undefined) throw new TypeError(`${WHERE}: layers[${i}] uses activation "${l.activation.name}" (${JSON.stringify(l.activation.config)}), which TF.js Layers does not have. Received: activation="${l.activation.name}".`);
      const config: Record<string, unknown> = { name, trainable: true, dtype: "float32", units: l.units, activation: act.activation, use_bias: l.useBias };
      if (l.regularizer !== undefined) config.kernel_regularizer = kerasRegularizer(l.regularizer);
      c.layers.push({ class_name: "Dense", config });
      add(c, name, "kernel", [l.inputSize, l.units], l.weights.flat());
      if (l.useBias) add(c, name, "bias", [l.units], l.bias);
      if (act.layer) c.layers.push({ class_name: act.layer.class_name, config: { name: activationLayerName(act.layer.class_name, i), trainable: true, dtype: "float32", ...act.layer.config } });
    } else if (l.type === "batchNorm") {
      c.layers.push({ class_name: "BatchNormalization", config: { name, trainable: true, dtype: "float32", axis: -1, momentum: l.momentum, epsilon: l.epsilon, center: true, scale: true } });
      add(c, name, "gamma", [l.features], l.gamma);
      add(c, name, "beta", [l.features], l.beta);
      add(c, name, "moving_mean", [l.features], l.runningMean);
      add(c, name, "moving_variance", [l.features], l.runningVar);
    } else {
      c.layers.push({ class_name: "Dropout", config: { name, trainable: true, dtype: "float32", rate: l.rate } });
    }
  });
  (c.layers[0] as TfjsLayer).config.batch_input_shape = [null, view.inputSize];
  const data = Float32Array.from(c.values.flat());
  const bytes = new Uint8Array(data.buffer);
  const count = Math.max(1, Math.ceil(bytes.length / shardBytes));
  const weightFiles = Array.from({ length: count }, (_, k) => ({ path: `group1-shard${k + 1}of${count}.bin`, data: bytes.slice(k * shardBytes, (k + 1) * shardBytes) }));
  const metadata: Record<string, unknown> = {};
  if (view.classNames !== undefined) metadata.classNames = view.classNames;
  if (view.featureNames !== undefined) metadata.featureNames = view.featureNames;
  if (view.targetName !== undefined) metadata.targetName = view.targetName;
  if (view.preprocessing !== undefined) metadata.preprocessing = view.preprocessing;
  return {
    modelJSON: {
      format: "layers-model",
      generatedBy: "backprop",
      convertedBy: "@backprop/interop",
      modelTopology: { class_name: "Sequential", config: { name: "sequential", layers: c.layers }, keras_version: "tfjs-layers 4.22.0", backend: "tensor_flow.js" },
      weightsManifest: [{ paths: weightFiles.map((f) => f.path), weights: c.specs }],
      ...(Object.keys(metadata).length > 0 ? { userDefinedMetadata: metadata } : {}),
    },
    weightFiles,
  };
}
