import { ColumnTransformer, MinMaxScaler, StandardScaler } from "@backprop/data";

/** Reads one typed preprocessing step and checks it (sizes, finite statistics); throws naming what is wrong. */
export type PreprocessingReader = (json: unknown) => unknown;

/** The preprocessing steps a model file may carry, by `type`. */
export const builtInPreprocessing: Readonly<Record<string, PreprocessingReader>> = /* @__PURE__ */ Object.freeze({
  standardScaler: (json) => StandardScaler.fromJSON(json),
  minMaxScaler: (json) => MinMaxScaler.fromJSON(json),
  columnTransformer: (json) => ColumnTransformer.fromJSON(json, "preprocessing"),
  targetScaler: (json) => readTargetScaler(json),
});

const TARGET_SCALER_KEYS = ["type", "features", "target"];

/**
 * A regression model's preprocessing: `{ "type": "targetScaler", "features": <a standardScaler,
 * minMaxScaler or columnTransformer, optional>, "target": <a one-column standardScaler> }`. The
 * features step is applied to raw inputs; predictions are `target.inverseTransform(output)`.
 * @throws TypeError / RangeError naming the field.
 */
function readTargetScaler(json: unknown): unknown {
  const obj = json as Record<string, unknown>;
  const extra = Object.keys(obj).find((key) => !TARGET_SCALER_KEYS.includes(key));
  if (extra !== undefined) throw new TypeError(`targetScaler: preprocessing.${extra} is not a field. Expected only: ${TARGET_SCALER_KEYS.join(", ")}.`);
  if (obj.features !== undefined) {
    const type = typeof obj.features === "object" && obj.features !== null ? (obj.features as { type?: unknown }).type : undefined;
    const reader = typeof type === "string" && type !== "targetScaler" && Object.prototype.hasOwnProperty.call(builtInPreprocessing, type) ? builtInPreprocessing[type] : undefined;
    if (reader === undefined) throw new TypeError(`targetScaler: preprocessing.features must be a standardScaler, minMaxScaler or columnTransformer. Received: features.type=${JSON.stringify(type)}.`);
    reader(obj.features);
  }
  const target = StandardScaler.fromJSON(obj.target, "preprocessing.target");
  const width = target.mean?.length ?? target.scale?.length ?? 0;
  if (width !== 1) throw new RangeError(`targetScaler: preprocessing.target must scale one column. Received: ${width} columns.`);
  return json;
}

/**
 * Checks a model file's `preprocessing` with the reader its `type` names and returns the JSON
 * as given. Version 1 files stored it untyped, so an untyped value there is kept as is.
 * @throws TypeError naming the field, or the reader's own message prefixed with the path.
 */
export function checkPreprocessing(where: string, value: unknown, version: number, readers: Readonly<Record<string, PreprocessingReader>>): unknown {
  if (value === undefined) return undefined;
  const type = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined;
  if (typeof type !== "string") {
    if (version === 1) return value;
    throw new TypeError(`${where}: preprocessing must be an object with a "type" (one of: ${Object.keys(readers).join(", ")}). Received: ${JSON.stringify(value)?.slice(0, 60)}.`);
  }
  const reader = Object.prototype.hasOwnProperty.call(readers, type) ? readers[type] : undefined;
  if (reader === undefined) {
    if (version === 1) return value;
    throw new TypeError(`${where}: preprocessing.type "${type}" is not a known preprocessing step. Expected one of: ${Object.keys(readers).join(", ")}.`);
  }
  try {
    reader(value);
  } catch (error) {
    throw new TypeError(`${where}: preprocessing is not valid: ${(error as Error).message}`);
  }
  return value;
}
