import { BatchNorm } from "./batch-norm.js";
import { Dense } from "./dense.js";
import { Dropout } from "./dropout.js";
import { expectObject, field, invalidField, type JSONPath } from "./json-checks.js";
import type { Layer } from "./layer.js";
import { own, type ActivationRegistry, type LayerRegistry } from "./layer-reader.js";

/**
 * The readers of the built-in layers; readers of your own are passed beside them. A plain object
 * of arrow functions (no property reads at load time), so a bundle that never reads a model file
 * drops it and the layers it names.
 */
export const builtInLayers: LayerRegistry = {
  dense: (json, context) => Dense.fromJSON(json, context),
  dropout: (json, context) => Dropout.fromJSON(json, context),
  batchNorm: (json, context) => BatchNorm.fromJSON(json, context),
};

/** The built-in layer classes by name, and the JSON type each writes. */
const BUILT_IN_CLASSES: Readonly<Record<string, string>> = { Dense: "dense", Dropout: "dropout", BatchNorm: "batchNorm" };

/**
 * Whether `layer` is one of this package's layers itself (a `Dense`, `Dropout` or `BatchNorm`),
 * not an object of your own, such as a subclass, that writes a built-in's JSON `type`: a model
 * file stores a layer by its type, and a built-in type reads back as the built-in. A built-in from
 * a second copy of this package counts too (asked of the object, not of this copy's classes): its
 * class has the built-in's name, no base class, and writes that name's type.
 * @example
 * isBuiltInLayer(new Dropout(0.5)); // true
 * isBuiltInLayer(new (class Masked extends Dense {})(2, 3, { seed: 1 })); // false
 */
export function isBuiltInLayer(layer: Layer): boolean {
  const proto: unknown = typeof layer === "object" && layer !== null ? Object.getPrototypeOf(layer) : null;
  if (proto === Dense.prototype || proto === Dropout.prototype || proto === BatchNorm.prototype) return true;
  if (typeof proto !== "object" || proto === null || Object.getPrototypeOf(proto) !== Object.prototype) return false;
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && Object.hasOwn(BUILT_IN_CLASSES, name) && BUILT_IN_CLASSES[name] === layer.type;
}

/** Options of {@link layerFromJSON}. */
export interface LayerFromJSONOptions {
  /** Readers of your own layer types, by `type` (the built-ins stay available). */
  layers?: LayerRegistry;
  /** Your own activations, by name. */
  activations?: ActivationRegistry;
  /** Where the layer sits, for messages. Default `{ where: "layerFromJSON", path: "layer" }`. */
  at?: JSONPath;
}

/**
 * Rebuilds a layer from its `toJSON()` form with the reader its `type` names: yours (from
 * `options.layers`) first, then the built-ins. Errors name the field with the path as prefix
 * (`layers[1].weights[0][2] must be a finite number`).
 * @throws TypeError naming the first wrong field, or an unknown type with how to register it.
 * @example
 * layerFromJSON({ type: "dropout", rate: 0.5 }).type; // "dropout"
 */
export function layerFromJSON(value: unknown, options: LayerFromJSONOptions = {}): Layer {
  const at = options.at ?? { where: "layerFromJSON", path: "layer" };
  const obj = expectObject(at, value);
  const [typeAt, type] = field(at, obj, "type");
  if (typeof type !== "string") throw invalidField(typeAt, "a layer type (a string)", type);
  const reader = own(options.layers, type) ?? own(builtInLayers, type);
  if (reader === undefined) {
    const known = [...Object.keys(builtInLayers), ...Object.keys(options.layers ?? {})].join(", ");
    throw new TypeError(
      `${at.where}: ${typeAt.path} "${type}" is not a known layer type. Register its reader: { layers: { ${JSON.stringify(type)}: MyLayer.fromJSON } }. Known: ${known}.`,
    );
  }
  return reader(value, { at, activations: options.activations ?? {} });
}

