import { Sequential } from "@backprop/network";

/** An activation as model JSON stores it: a name and its settings (`{ alpha: 0.2 }`). */
export interface ActivationView {
  name: string;
  config: Record<string, number>;
}

/** A dense layer, read from its `toJSON()`: `y = act(x·W + b)`, `weights[input][unit]`. */
export interface DenseView {
  type: "dense";
  name: string | undefined;
  inputSize: number;
  units: number;
  weights: number[][];
  bias: number[];
  /** `false`: the layer has no bias (`bias` is then zeros, and no optimizer moves it). */
  useBias: boolean;
  /** The weight penalty `l1·Σ|W| + (l2/2)·ΣW²`, when the layer has one. */
  regularizer: { l1: number; l2: number } | undefined;
  activation: ActivationView;
}

/** Batch norm in inference form: `y = γ·(x − runningMean)/√(runningVar + ε) + β`. */
export interface BatchNormView {
  type: "batchNorm";
  name: string | undefined;
  features: number;
  epsilon: number;
  momentum: number;
  gamma: number[];
  beta: number[];
  runningMean: number[];
  runningVar: number[];
}

export interface DropoutView {
  type: "dropout";
  name: string | undefined;
  rate: number;
}

export type LayerView = DenseView | BatchNormView | DropoutView;

/** What an exporter needs of a model, read from its `toJSON()`. */
export interface ModelView {
  layers: LayerView[];
  inputSize: number;
  outputSize: number;
  classNames: string[] | undefined;
  featureNames: string[] | undefined;
  /** The column the model predicts (`Sequential.targetName`). */
  targetName: string | undefined;
  preprocessing: unknown;
}

/** Anything with a model file form: a `Sequential`, or that file's JSON itself. */
export type ModelLike = { toJSON(): unknown } | Record<string, unknown>;

const KNOWN = ["dense", "dropout", "batchNorm"];

function layerView(where: string, i: number, raw: unknown): LayerView {
  const l = raw as Record<string, unknown>;
  const name = typeof l.name === "string" ? l.name : undefined;
  if (l.type === "dense") {
    const weights = l.weights as number[][];
    const units = l.units as number;
    const useBias = l.useBias !== false;
    const bias = useBias ? (l.bias as number[]) : new Array<number>(units).fill(0);
    const config = (l.activationConfig ?? {}) as Record<string, number>;
    const reg = l.regularizer as { l1: number; l2: number } | undefined;
    const regularizer = reg === undefined ? undefined : { l1: reg.l1, l2: reg.l2 };
    return { type: "dense", name, inputSize: l.inputSize as number, units, weights, bias, useBias, regularizer, activation: { name: String(l.activation), config: { ...config } } };
  }
  if (l.type === "batchNorm") {
    return {
      type: "batchNorm", name, features: l.features as number, epsilon: l.epsilon as number, momentum: l.momentum as number,
      gamma: l.gamma as number[], beta: l.beta as number[], runningMean: l.runningMean as number[], runningVar: l.runningVar as number[],
    };
  }
  if (l.type === "dropout") return { type: "dropout", name, rate: l.rate as number };
  throw new TypeError(`${where}: layers[${i}] has type ${JSON.stringify(l.type)}, which this format cannot hold. Expected one of: ${KNOWN.join(", ")}. Received: type=${JSON.stringify(l.type)}.`);
}

/**
 * A model file given as JSON, read as `Sequential.fromJSON` reads it (the one parser of the
 * format, so an invalid file is refused with its message) and written back by `toJSON()`, so
 * every setting the file leaves out has the value the model predicts with (hardSigmoid's
 * α = 1/6, not a format's own default).
 */
function canonicalJSON(where: string, json: Record<string, unknown>): Record<string, unknown> {
  // A layer type no exchange format holds is named as such, before the reader asks for its registry.
  (json.layers as unknown[]).forEach((l, i) => {
    const type = (l as { type?: unknown } | null)?.type;
    if (!KNOWN.includes(type as string)) layerView(where, i, l);
  });
  return Sequential.fromJSON(json).toJSON() as unknown as Record<string, unknown>;
}

/**
 * Reads a model through its `toJSON()` (never its classes), so any object that writes the
 * model file, of any package copy, exports the same; the file's JSON itself goes through
 * `Sequential.fromJSON` first.
 * @throws TypeError for something that is not a model, a layer type no exchange format holds,
 *   or (from `Sequential.fromJSON`) a model file with a wrong field.
 */
export function readModel(where: string, model: ModelLike): ModelView {
  const own = typeof (model as { toJSON?: unknown }).toJSON === "function";
  let json = (own ? (model as { toJSON(): unknown }).toJSON() : model) as Record<string, unknown>;
  if (json === null || typeof json !== "object" || json.format !== "backprop.network" || !Array.isArray(json.layers)) {
    throw new TypeError(`${where}: model must be a Sequential or its model JSON ({ format: "backprop.network", layers: [...] }). Received: ${json === null ? "null" : typeof json}.`);
  }
  if (!own) json = canonicalJSON(where, json);
  const layers = (json.layers as unknown[]).map((l: unknown, i) => layerView(where, i, l));
  const sized = layers.filter((l): l is DenseView | BatchNormView => l.type !== "dropout");
  if (sized.length === 0) throw new TypeError(`${where}: the model has no dense or batchNorm layer, so its input size is unknown. Received: ${layers.length} layers.`);
  const first = sized[0] as DenseView | BatchNormView, last = sized[sized.length - 1] as DenseView | BatchNormView;
  return {
    layers,
    inputSize: first.type === "dense" ? first.inputSize : first.features,
    outputSize: last.type === "dense" ? last.units : last.features,
    classNames: Array.isArray(json.classNames) ? (json.classNames as string[]) : undefined,
    featureNames: Array.isArray(json.featureNames) ? (json.featureNames as string[]) : undefined,
    targetName: typeof json.targetName === "string" ? json.targetName : undefined,
    preprocessing: json.preprocessing,
  };
}
