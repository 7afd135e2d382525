/** One dense layer of the public Model JSON format (`weights[input][unit]`, `z = x·W + b`). */
export interface DenseLayerJson {
  type: "dense";
  inputSize: number;
  units: number;
  activation: string;
  weights: ArrayLike<ArrayLike<number>>;
  bias: ArrayLike<number>;
}

/** A dropout layer of the Model JSON: it keeps the width, so a diagram notes it on its column. */
export interface DropoutLayerJson {
  type: "dropout";
  rate: number;
}

/** A batch-norm layer of the Model JSON: one scale and shift per feature, noted on its column. */
export interface BatchNormLayerJson {
  type: "batchNorm";
  features: number;
}

/** A layer type the diagram does not know (a user's own layer): drawn as a labelled note on its column. */
export interface OtherLayerJson {
  type: string;
  name?: string;
}

/** Any layer of the Model JSON, as far as a diagram needs it. */
export type LayerJson = DenseLayerJson | DropoutLayerJson | BatchNormLayerJson | OtherLayerJson;

/** The public Model JSON format (`@backprop/network`'s `toJSON()`), as far as a diagram needs it. */
export interface ModelJson {
  format: "backprop.network";
  version: 1 | 2;
  layers: readonly LayerJson[];
  featureNames?: readonly string[];
  classNames?: readonly string[];
}

/** A model JSON object, or anything with a `toJSON()` returning one (e.g. a `Sequential`). */
export type ModelLike = ModelJson | { toJSON(): unknown };

/** What a diagram draws: the dense layers in order, and per column (inputs first) the width-keeping layers after it. */
export interface DiagramModel {
  dense: DenseLayerJson[];
  notes: string[][];
}

const WHERE = "networkDiagram";

/**
 * Reads and checks the parts of a model JSON a diagram uses. Dense layers must chain
 * (`inputSize` = the width before them) with finite `inputSize×units` weights; dropout and
 * batchNorm keep the width (`batchNorm.features` must equal it) and become notes on the column
 * they follow, e.g. `"dropout 0.2"`.
 * @throws TypeError when the format or a field is wrong; RangeError for bad sizes or values.
 * @example
 * readModel(model.toJSON()).dense.length; // 2
 */
export function readModel(model: ModelLike): DiagramModel {
  const json = modelJson(model);
  if (json?.format !== "backprop.network" || (json.version !== 1 && json.version !== 2)) {
    throw new TypeError(`${WHERE}: model must be Model JSON with format "backprop.network" and version 1 or 2. Received: format=${JSON.stringify(json?.format)}, version=${JSON.stringify(json?.version)}.`);
  }
  const layers = json.layers;
  if (!Array.isArray(layers) || !layers.some((layer: LayerJson) => layer?.type === "dense")) {
    throw new TypeError(`${WHERE}: model.layers must be an array with at least one dense layer. Received: layers=${JSON.stringify(layers)?.slice(0, 80)}.`);
  }
  const out: DiagramModel = { dense: [], notes: [[]] };
  let width: number | undefined;
  layers.forEach((layer: LayerJson, l: number) => {
    const at = `model.layers[${l}]`;
    if (isDense(layer)) {
      checkDense(layer, at, width);
      width = layer.units;
      out.dense.push(layer);
      out.notes.push([]);
    } else if (isDropout(layer)) {
      if (!(Number.isFinite(layer.rate) && layer.rate >= 0 && layer.rate < 1)) throw new RangeError(`${WHERE}: ${at}.rate must be a number in [0, 1). Received: rate=${layer.rate}.`);
      out.notes.at(-1)?.push(`dropout ${layer.rate}`);
    } else if (isBatchNorm(layer)) {
      if (width !== undefined && layer.features !== width) {
        throw new RangeError(`${WHERE}: ${at}.features must equal the width before it. Received: features=${layer.features}, width=${width}.`);
      }
      width ??= layer.features;
      out.notes.at(-1)?.push("batchNorm");
    } else if (typeof layer?.type === "string") {
      // A layer the diagram does not know (a user's own): labelled on the column it follows.
      const label = typeof layer.name === "string" && layer.name !== layer.type ? `${layer.type} (${layer.name})` : layer.type;
      out.notes.at(-1)?.push(label.length > 40 ? `${label.slice(0, 39)}…` : label);
      width = undefined; // its output width is its own business: the next dense layer sets it again.
    } else {
      throw new TypeError(`${WHERE}: ${at}.type must be a layer type (a string). Received: type=${JSON.stringify((layer as { type?: unknown })?.type)?.slice(0, 40)}.`);
    }
  });
  return out;
}

/**
 * The model JSON of `model`. A live model (a `Sequential`: `toJSON` and `layers` that each have
 * one) is read layer by layer, so a diagram still draws a model whose file its `toJSON` refuses
 * to write: a subclass of Dense writing the type "dense" (it would read back as a plain Dense),
 * or a dense layer with an activation of your own under a built-in's name, whose own `toJSON`
 * refuses too; a live dense layer is read from its fields (see {@link liveDense}).
 */
function modelJson(model: ModelLike): Partial<ModelJson> {
  const m = model as { toJSON?: unknown; layers?: unknown };
  if (typeof m.toJSON !== "function") return model as Partial<ModelJson>;
  const layers = m.layers;
  if (!Array.isArray(layers) || !layers.every((l) => typeof (l as { toJSON?: unknown } | null)?.toJSON === "function")) {
    return (m as { toJSON(): unknown }).toJSON() as Partial<ModelJson>;
  }
  return { format: "backprop.network", version: 2, layers: layers.map((l) => liveDense(l) ?? (l as { toJSON(): LayerJson }).toJSON()) };
}

/** The fields of a live dense layer (`@backprop/layers`' Dense) that a diagram draws. */
interface LiveDenseLayer {
  type: "dense";
  inputSize: number;
  units: number;
  activation: { name: string };
  weights: { value: { toArray(): number[][] } };
  bias: { value: { data: ArrayLike<number> } };
}

/** A live dense layer as the JSON a diagram reads, taken from its fields; undefined for any other layer. */
function liveDense(layer: unknown): DenseLayerJson | undefined {
  const l = layer as Partial<LiveDenseLayer> | null;
  if (l?.type !== "dense" || typeof l.activation?.name !== "string" || typeof l.weights?.value?.toArray !== "function" || l.bias?.value?.data === undefined) return undefined;
  return { type: "dense", inputSize: l.inputSize as number, units: l.units as number, activation: l.activation.name, weights: l.weights.value.toArray(), bias: l.bias.value.data };
}

function isDense(layer: LayerJson): layer is DenseLayerJson {
  return layer?.type === "dense";
}

function isDropout(layer: LayerJson): layer is DropoutLayerJson {
  return layer?.type === "dropout";
}

function isBatchNorm(layer: LayerJson): layer is BatchNormLayerJson {
  return layer?.type === "batchNorm";
}

/** Checks one dense layer: positive sizes, `inputSize` equal to the width before it, finite weights. */
function checkDense(layer: DenseLayerJson, at: string, width: number | undefined): void {
  for (const key of ["inputSize", "units"] as const) {
    if (!Number.isInteger(layer[key]) || layer[key] < 1) throw new RangeError(`${WHERE}: ${at}.${key} must be a positive integer. Received: ${key}=${layer[key]}.`);
  }
  if (width !== undefined && width !== layer.inputSize) {
    throw new RangeError(`${WHERE}: ${at}.inputSize must equal the previous layer's units. Received: inputSize=${layer.inputSize}, previous units=${width}.`);
  }
  if (layer.weights?.length !== layer.inputSize) {
    throw new RangeError(`${WHERE}: ${at}.weights must have inputSize rows. Received: weights.length=${layer.weights?.length}, inputSize=${layer.inputSize}.`);
  }
  for (let i = 0; i < layer.inputSize; i++) {
    const row = layer.weights[i];
    if (row?.length !== layer.units) throw new RangeError(`${WHERE}: ${at}.weights[${i}] must have units entries. Received: length=${row?.length}, units=${layer.units}.`);
    for (let j = 0; j < layer.units; j++) {
      if (!Number.isFinite(row[j])) throw new RangeError(`${WHERE}: ${at}.weights must be finite numbers. Received: weights[${i}][${j}]=${row[j]}.`);
    }
  }
}
