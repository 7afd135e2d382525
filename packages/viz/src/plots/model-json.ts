/** One dense layer of the public Model JSON format (`weights[input][unit]`, `z = x·W + b`). */
export interface DenseLayerJson {
  type: "dense";
  inputSize: number;
  units: number;
  activation: string;
  weights: ArrayLike<ArrayLike<number>>;
  bias: ArrayLike<number>;
}

/** The public Model JSON format (`@backprop/network`'s `toJSON()`), as far as a diagram needs it. */
export interface ModelJson {
  format: "backprop.network";
  version: 1;
  layers: readonly DenseLayerJson[];
  featureNames?: readonly string[];
  classNames?: readonly string[];
}

/** A model JSON object, or anything with a `toJSON()` returning one (e.g. a `Sequential`). */
export type ModelLike = ModelJson | { toJSON(): unknown };

/**
 * Reads and checks the parts of a model JSON a diagram uses; layers must chain
 * (`layers[l].inputSize = layers[l−1].units`) and weights be finite `inputSize×units`.
 * @throws TypeError when the format or a field is wrong; RangeError for bad sizes or values.
 * @example
 * readModel(model.toJSON()).layers.length; // 2
 */
export function readModel(model: ModelLike): ModelJson {
  const json = (typeof (model as { toJSON?: unknown }).toJSON === "function" ? (model as { toJSON(): unknown }).toJSON() : model) as Partial<ModelJson>;
  const where = "networkDiagram";
  if (json?.format !== "backprop.network" || json.version !== 1) {
    throw new TypeError(`${where}: model must be Model JSON with format "backprop.network" and version 1. Received: format=${JSON.stringify(json?.format)}, version=${JSON.stringify(json?.version)}.`);
  }
  if (!Array.isArray(json.layers) || json.layers.length === 0) {
    throw new TypeError(`${where}: model.layers must be a non-empty array. Received: layers=${JSON.stringify(json.layers)}.`);
  }
  json.layers.forEach((layer: DenseLayerJson, l: number) => {
    const at = `model.layers[${l}]`;
    if (layer?.type !== "dense") throw new TypeError(`${where}: ${at}.type must be "dense". Received: type=${JSON.stringify(layer?.type)}.`);
    for (const key of ["inputSize", "units"] as const) {
      if (!Number.isInteger(layer[key]) || layer[key] < 1) throw new RangeError(`${where}: ${at}.${key} must be a positive integer. Received: ${key}=${layer[key]}.`);
    }
    const previous = json.layers?.[l - 1];
    if (previous && previous.units !== layer.inputSize) {
      throw new RangeError(`${where}: ${at}.inputSize must equal the previous layer's units. Received: inputSize=${layer.inputSize}, previous units=${previous.units}.`);
    }
    if (layer.weights?.length !== layer.inputSize) {
      throw new RangeError(`${where}: ${at}.weights must have inputSize rows. Received: weights.length=${layer.weights?.length}, inputSize=${layer.inputSize}.`);
    }
    for (let i = 0; i < layer.inputSize; i++) {
      const row = layer.weights[i];
      if (row?.length !== layer.units) throw new RangeError(`${where}: ${at}.weights[${i}] must have units entries. Received: length=${row?.length}, units=${layer.units}.`);
      for (let j = 0; j < layer.units; j++) {
        if (!Number.isFinite(row[j])) throw new RangeError(`${where}: ${at}.weights must be finite numbers. Received: weights[${i}][${j}]=${row[j]}.`);
      }
    }
  });
  return json as ModelJson;
}
