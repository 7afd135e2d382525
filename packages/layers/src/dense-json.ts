import { Matrix } from "@backprop/linalg";
import { isBuiltInActivation, ACTIVATION_NAMES, type Activation } from "@backprop/activations";
import type { Dense } from "./dense.js";
import type { LayerJSON } from "./layer.js";
import { activationFromJSON, type LayerReadContext } from "./layer-reader.js";
import type { RegularizerJSON } from "./regularizers.js";
import {
  expectBoolean,
  expectInteger,
  expectKnownKeys,
  expectMatrix,
  expectNumber,
  expectObject,
  expectVector,
  field,
  invalidField,
  type JSONPath,
} from "./json-checks.js";

/**
 * A dense layer in the model JSON. `weights[i][j]` connects input `i` to unit `j`, so that
 * `z = x·W + b`. `activationConfig` carries the activation's settings (leakyRelu's `alpha`).
 */
export interface DenseJSON extends LayerJSON {
  /** `"dense"`; a subclass of Dense that writes a type of its own (and registers its reader) may use another. */
  type: string;
  name?: string;
  inputSize: number;
  units: number;
  activation: string;
  activationConfig?: Record<string, number>;
  useBias?: boolean;
  regularizer?: RegularizerJSON;
  weights: number[][];
  bias: number[];
}

/**
 * The JSON form of `layer` (plain arrays: always finite numbers).
 * @throws TypeError when the activation is an object of your own under a built-in's name: the
 *   file would read back with the built-in in its place.
 */
export function denseToJSON(layer: Dense): DenseJSON {
  const { name } = layer.activation;
  if ((ACTIVATION_NAMES as readonly string[]).includes(name) && !isBuiltInActivation(layer.activation)) {
    throw new TypeError(
      `Dense.toJSON: layer "${layer.name}" has an activation of your own named "${name}", a built-in's name, so a model file would read back with the built-in ${name} in its place. ` +
        `Give yours a name of its own and register it when reading the file: Sequential.fromJSON(json, { activations: { myName: yourActivation } }). Received: activation.name="${name}".`,
    );
  }
  const json: DenseJSON = {
    type: "dense",
    name: layer.name,
    inputSize: layer.inputSize,
    units: layer.units,
    activation: layer.activation.name,
    weights: layer.weights.value.toArray(),
    bias: Array.from(layer.bias.value.data),
  };
  if (Object.keys(layer.activation.config).length > 0) json.activationConfig = { ...layer.activation.config };
  if (!layer.useBias) json.useBias = false;
  if (layer.regularizer !== undefined) json.regularizer = { l1: layer.regularizer.l1, l2: layer.regularizer.l2 };
  return json;
}

/** Validated constructor arguments for a Dense layer read from JSON. */
export interface DenseArgs {
  inputSize: number;
  units: number;
  activation: Activation;
  useBias: boolean;
  regularizer: RegularizerJSON | undefined;
  weights: Matrix;
  bias: Matrix;
  name: string | undefined;
}

const DENSE_KEYS = ["type", "name", "inputSize", "units", "activation", "activationConfig", "useBias", "regularizer", "weights", "bias"] as const;

/**
 * Checks every field of a dense layer's JSON, naming the first wrong one; the sizes are checked
 * against the arrays before anything is allocated.
 */
export function parseDenseJSON(value: unknown, { at, activations }: LayerReadContext): DenseArgs {
  const obj = expectObject(at, value);
  expectKnownKeys(at, obj, DENSE_KEYS);
  const inputSize = expectInteger(...field(at, obj, "inputSize"));
  const units = expectInteger(...field(at, obj, "units"));
  const activation = parseActivation(at, obj, activations);
  const [useBiasAt, useBiasValue] = field(at, obj, "useBias");
  const useBias = useBiasValue === undefined ? true : expectBoolean(useBiasAt, useBiasValue);
  if (!useBias && !isZeroBias(obj.bias)) {
    throw invalidField(field(at, obj, "bias")[0], "all zeros (or absent) when useBias is false", obj.bias);
  }
  const [regAt, regValue] = field(at, obj, "regularizer");
  const regularizer = regValue === undefined ? undefined : parseRegularizer(regAt, regValue);
  const weights = expectMatrix(...field(at, obj, "weights"), inputSize, units);
  const bias = new Matrix(1, units, obj.bias === undefined && !useBias ? new Float64Array(units) : expectVector(...field(at, obj, "bias"), units));
  const [nameAt, nameValue] = field(at, obj, "name");
  if (nameValue !== undefined && typeof nameValue !== "string") throw invalidField(nameAt, "a string", nameValue);
  return { inputSize, units, activation, useBias, regularizer, weights, bias, name: nameValue };
}

function isZeroBias(bias: unknown): boolean {
  return bias === undefined || (Array.isArray(bias) && bias.every((v) => v === 0));
}

function parseActivation(at: JSONPath, obj: Record<string, unknown>, registry: LayerReadContext["activations"]): Activation {
  const [nameAt, name] = field(at, obj, "activation");
  const [configAt, configValue] = field(at, obj, "activationConfig");
  const config: Record<string, number> = {};
  if (configValue !== undefined) {
    for (const [key, v] of Object.entries(expectObject(configAt, configValue))) {
      config[key] = expectNumber({ where: at.where, path: `${configAt.path}.${key}` }, v);
    }
  }
  if (typeof name !== "string") throw invalidField(nameAt, "an activation name", name);
  return activationFromJSON(nameAt, name, config, registry);
}

function parseRegularizer(at: JSONPath, value: unknown): RegularizerJSON {
  const obj = expectObject(at, value);
  return { l1: expectNumber(...field(at, obj, "l1"), 0), l2: expectNumber(...field(at, obj, "l2"), 0) };
}

