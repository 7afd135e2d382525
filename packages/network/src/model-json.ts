import { layerFromJSON, type Layer, type LayerJSON } from "@backprop/layers";

/**
 * The public model file format (see the README): layers in order, each with its weights, plus
 * optional metadata a user needs to predict on raw data.
 */
export interface ModelJSON {
  format: "backprop.network";
  version: 1;
  layers: LayerJSON[];
  seed?: number;
  featureNames?: string[];
  classNames?: string[];
  /** Opaque JSON from a data scaler's `toJSON()`, stored as given. */
  preprocessing?: unknown;
}

/** The parts of a model file, validated. */
export interface ParsedModel {
  layers: Layer[];
  seed: number | undefined;
  featureNames: string[] | undefined;
  classNames: string[] | undefined;
  preprocessing: unknown;
}

const WHERE = "Sequential.fromJSON";

/** Throws a RangeError naming the first non-finite number (JSON would silently write `null`). */
export function assertJSONSafe(where: string, path: string, value: unknown): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`${where}: ${path} is ${String(value)}; model JSON holds finite numbers only. Received: ${path}=${String(value)}.`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertJSONSafe(where, `${path}[${i}]`, v));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) assertJSONSafe(where, `${path}.${k}`, v);
  }
}

function stringList(path: string, value: unknown, length: number): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== length || value.some((v) => typeof v !== "string")) {
    const shown = Array.isArray(value) ? `an array of length ${value.length}` : JSON.stringify(value);
    throw new TypeError(`${WHERE}: ${path} must be an array of ${length} strings. Received: ${shown}.`);
  }
  return [...(value as string[])];
}

/**
 * Checks a model file (object or JSON text) field by field and rebuilds its layers.
 * @throws TypeError naming the first wrong field (`Sequential.fromJSON: layers[1].weights[0][2] must be a finite number. Received: null.`).
 */
export function parseModelJSON(input: unknown): ParsedModel {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new TypeError(`${WHERE}: the text is not valid JSON (${(error as Error).message}).`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${WHERE}: a model must be an object. Received: ${Array.isArray(value) ? "an array" : String(value)}.`);
  }
  const obj = value as Record<string, unknown>;
  if (obj.format !== "backprop.network") throw new TypeError(`${WHERE}: format must be "backprop.network". Received: ${JSON.stringify(obj.format)}.`);
  if (obj.version !== 1) throw new TypeError(`${WHERE}: version must be 1. Received: ${JSON.stringify(obj.version)}.`);
  if (!Array.isArray(obj.layers) || obj.layers.length === 0) {
    throw new TypeError(`${WHERE}: layers must be a non-empty array. Received: ${JSON.stringify(obj.layers)?.slice(0, 40)}.`);
  }
  const layers = obj.layers.map((layer: unknown, i) => layerFromJSON(layer, { where: WHERE, path: `layers[${i}]` }));
  const seed = obj.seed;
  if (seed !== undefined && (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)) {
    throw new TypeError(`${WHERE}: seed must be an integer in [0, 2**32 - 1]. Received: ${JSON.stringify(seed)}.`);
  }
  const inputs = layers.find((l) => l.inputSize !== null)?.inputSize ?? 0;
  const outputs = [...layers].reverse().find((l) => l.outputSize !== null)?.outputSize ?? 0;
  return {
    layers,
    seed: seed as number | undefined,
    featureNames: stringList("featureNames", obj.featureNames, inputs),
    classNames: stringList("classNames", obj.classNames, outputs === 1 ? 2 : outputs),
    preprocessing: obj.preprocessing,
  };
}
