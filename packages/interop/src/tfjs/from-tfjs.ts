import type { Sequential } from "@backprop/network";
import { modelJSONFrom, sequentialFrom } from "../build-model.js";
import type { DenseView, LayerView } from "../model-view.js";
import { readTfjsWeights } from "./read-tfjs-weights.js";
import { TFJS_IMPORT_ACTIVATIONS } from "./tfjs-activations.js";
import { penaltyFromKeras } from "./tfjs-regularizer.js";

const WHERE = "fromTfjs";
const SUPPORTED = "InputLayer, Dense, Activation, LeakyReLU, ELU, Dropout, BatchNormalization, Flatten";

type Weights = ReturnType<typeof readTfjsWeights>;

function fail(rule: string, received: string): TypeError {
  return new TypeError(`${WHERE}: ${rule}. Received: ${received}.`);
}

function layerList(modelJSON: Record<string, unknown>): Record<string, unknown>[] {
  const topo = modelJSON.modelTopology as Record<string, unknown> | undefined;
  const model = (topo?.model_config ?? topo) as Record<string, unknown> | undefined;
  if (model === undefined || model === null || typeof model !== "object") throw fail("modelTopology must be an object", JSON.stringify(topo)?.slice(0, 60) ?? "undefined");
  if (model.class_name !== "Sequential") throw fail(`modelTopology.class_name must be "Sequential"; functional models are not read`, `class_name=${JSON.stringify(model.class_name)}`);
  const config = model.config as Record<string, unknown> | unknown[] | undefined;
  const layers = Array.isArray(config) ? config : (config as Record<string, unknown> | undefined)?.layers;
  if (!Array.isArray(layers) || layers.length === 0) throw fail("modelTopology.config.layers must be a non-empty array", JSON.stringify(layers)?.slice(0, 60) ?? "undefined");
  return layers.map((l: unknown, i) => {
    const layer = l as Record<string, unknown>;
    if (layer === null || typeof layer !== "object" || typeof layer.class_name !== "string" || layer.config === null || typeof layer.config !== "object") throw fail(`layers[${i}] must have a class_name and a config object`, JSON.stringify(l)?.slice(0, 60) ?? String(l));
    return layer;
  });
}

function weight(weights: Weights, layer: string, name: string, shape: number[] | undefined): Float64Array {
  const w = weights.get(`${layer}/${name}`);
  if (w === undefined) throw fail(`layer ${layer} has no weight ${name} in the manifest`, `names=${[...weights.keys()].slice(0, 8).join(",")}`);
  if (shape !== undefined && (w.shape.length !== shape.length || w.shape.some((d, i) => d !== shape[i]))) throw fail(`${layer}/${name} must have shape [${shape.join(",")}]`, `shape=[${w.shape.join(",")}]`);
  return w.values;
}

function activation(name: unknown, at: string): DenseView["activation"] {
  if (typeof name !== "string" || !Object.hasOwn(TFJS_IMPORT_ACTIVATIONS, name)) throw fail(`${at} has activation ${JSON.stringify(name)}, which backprop does not read. Expected one of: ${Object.keys(TFJS_IMPORT_ACTIVATIONS).join(", ")}`, `activation=${JSON.stringify(name)}`);
  const a = TFJS_IMPORT_ACTIVATIONS[name] as DenseView["activation"];
  return { name: a.name, config: { ...a.config } };
}

function rows(values: Float64Array, r: number, c: number): number[][] {
  return Array.from({ length: r }, (_, i) => Array.from(values.subarray(i * c, (i + 1) * c)));
}

/** Sets the activation of the Dense just read, which must still be linear. */
function setActivation(layers: LayerView[], a: DenseView["activation"], at: string): void {
  const last = layers[layers.length - 1];
  if (last?.type !== "dense" || last.activation.name !== "linear") throw fail(`${at} is an activation that does not follow a linear Dense`, `previous=${last?.type ?? "none"}`);
  last.activation = a;
}

/**
 * The model JSON (`backprop.network`, version 1) of a TF.js Layers `Sequential` (`model.json`
 * and its weights: the shard files by path, or one buffer holding them all).
 * @throws TypeError naming the layer, activation or weight that cannot be read.
 */
export function tfjsToModelJSON(modelJSON: unknown, weightData: Record<string, Uint8Array> | Uint8Array): Record<string, unknown> {
  if (modelJSON === null || typeof modelJSON !== "object" || Array.isArray(modelJSON)) throw fail("model.json must be an object", String(modelJSON));
  const json = modelJSON as Record<string, unknown>;
  if (json.format === "backprop.network") throw fail("the file is already a backprop model file, not a TF.js model.json", `format="backprop.network"`);
  const layersJSON = layerList(json);
  const weights = readTfjsWeights(json.weightsManifest, weightData);
  const layers: LayerView[] = [];
  let width: number | undefined;
  layersJSON.forEach((l, i) => {
    const cfg = l.config as Record<string, unknown>;
    const name = typeof cfg.name === "string" ? cfg.name : `layer_${i}`;
    const at = `layers[${i}] (${l.class_name} ${name})`;
    const shape = (cfg.batch_input_shape ?? cfg.batchInputShape) as unknown[] | undefined;
    if (Array.isArray(shape)) {
      if (shape.length !== 2 || typeof shape[1] !== "number") throw fail(`${at} must take [null, features] rows`, `batch_input_shape=${JSON.stringify(shape)}`);
      width = shape[1];
    }
    if (l.class_name === "Dense") {
      const units = cfg.units;
      if (!Number.isInteger(units) || (units as number) < 1) throw fail(`${at}.units must be a positive integer`, `units=${JSON.stringify(units)}`);
      const kernel = weights.get(`${name}/kernel`);
      const inputSize = width ?? kernel?.shape[0];
      if (inputSize === undefined) throw fail(`${at} has no known input size`, "no batch_input_shape and no kernel");
      const w = weight(weights, name, "kernel", [inputSize, units as number]);
      const useBias = cfg.use_bias !== false;
      const b = useBias ? weight(weights, name, "bias", [units as number]) : new Float64Array(units as number);
      const regularizer = penaltyFromKeras(cfg.kernel_regularizer, at);
      layers.push({ type: "dense", name, inputSize, units: units as number, weights: rows(w, inputSize, units as number), bias: Array.from(b), useBias, regularizer, activation: activation(cfg.activation ?? "linear", at) });
      width = units as number;
    } else if (l.class_name === "Activation") {
      setActivation(layers, activation(cfg.activation, at), at);
    } else if (l.class_name === "LeakyReLU") {
      setActivation(layers, { name: "leakyRelu", config: { alpha: typeof cfg.alpha === "number" ? cfg.alpha : 0.3 } }, at);
    } else if (l.class_name === "ELU") {
      setActivation(layers, { name: "elu", config: { alpha: typeof cfg.alpha === "number" ? cfg.alpha : 1 } }, at);
    } else if (l.class_name === "Dropout") {
      layers.push({ type: "dropout", name, rate: typeof cfg.rate === "number" ? cfg.rate : 0 });
    } else if (l.class_name === "BatchNormalization") {
      if (width === undefined) throw fail(`${at} has no known input size`, "no batch_input_shape");
      if (cfg.axis !== undefined && cfg.axis !== -1 && cfg.axis !== 1 && !(Array.isArray(cfg.axis) && cfg.axis.length === 1 && (cfg.axis[0] === -1 || cfg.axis[0] === 1))) throw fail(`${at}.axis must be the feature axis`, `axis=${JSON.stringify(cfg.axis)}`);
      const n = [width];
      const ones = new Float64Array(width).fill(1);
      layers.push({
        type: "batchNorm", name, features: width, epsilon: typeof cfg.epsilon === "number" ? cfg.epsilon : 1e-3, momentum: typeof cfg.momentum === "number" ? cfg.momentum : 0.99,
        gamma: Array.from(cfg.scale === false ? ones : weight(weights, name, "gamma", n)), beta: Array.from(cfg.center === false ? new Float64Array(width) : weight(weights, name, "beta", n)),
        runningMean: Array.from(weight(weights, name, "moving_mean", n)), runningVar: Array.from(weight(weights, name, "moving_variance", n)),
      });
    } else if (l.class_name !== "InputLayer" && l.class_name !== "Flatten") {
      throw fail(`${at} is not a layer backprop reads. Supported: ${SUPPORTED}`, `class_name=${JSON.stringify(l.class_name)}`);
    }
  });
  const meta = (json.userDefinedMetadata ?? {}) as Record<string, unknown>;
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((s) => typeof s === "string") ? (v as string[]) : undefined);
  const targetName = typeof meta.targetName === "string" ? meta.targetName : undefined;
  const out = modelJSONFrom(layers, { classNames: strings(meta.classNames), featureNames: strings(meta.featureNames), targetName });
  if (meta.preprocessing !== undefined) out.preprocessing = meta.preprocessing;
  return out;
}

/**
 * Imports a TF.js Layers `Sequential` of Dense, activation, Dropout and BatchNormalization layers.
 * @throws TypeError naming what cannot be read.
 * @example
 * const { modelJSON, weightFiles } = toTfjs(model);
 * fromTfjs(modelJSON, Object.fromEntries(weightFiles.map((f) => [f.path, f.data]))).predict(x);
 */
export function fromTfjs(modelJSON: unknown, weightData: Record<string, Uint8Array> | Uint8Array): Sequential {
  return sequentialFrom(tfjsToModelJSON(modelJSON, weightData));
}
