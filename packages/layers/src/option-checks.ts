import { ShapeError, isMatrix, type Matrix } from "@backprop/linalg";

/** How a wrong option value reads in a message: strings quoted, arrays as JSON, objects by kind. */
function show(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "function") return "a function";
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}

/**
 * Throws unless `options` is a plain object whose keys are all in `known`: a misspelt option
 * (`activaton`) would otherwise be ignored and the layer built with the default.
 * @throws TypeError `Dense: unknown option "activaton". Expected one of: activation, initializer, ….`
 */
export function checkOptionKeys(where: string, options: unknown, known: readonly string[]): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${where}: options must be an object. Received: ${show(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new TypeError(`${where}: unknown option "${key}". Expected one of: ${known.join(", ")}.`);
  }
}

/** Throws a TypeError unless `value` is `undefined` or `typeof value === type`. */
export function optionOfType(where: string, name: string, value: unknown, type: "string" | "boolean" | "number" | "object"): void {
  if (value === undefined) return;
  const ok = type === "object" ? typeof value === "object" && value !== null && !Array.isArray(value) : typeof value === type;
  if (!ok) throw new TypeError(`${where}: ${name} must be ${type === "object" ? "an object" : `a ${type}`}. Received: ${name}=${show(value)}.`);
}

/** Throws a TypeError unless `value` is `undefined` or an object with the named methods (a RandomState, a regularizer). */
export function optionWithMethods(where: string, name: string, value: unknown, what: string, methods: readonly string[]): void {
  if (value === undefined) return;
  const ok = typeof value === "object" && value !== null && methods.every((m) => typeof (value as Record<string, unknown>)[m] === "function");
  if (!ok) throw new TypeError(`${where}: ${name} must be ${what}. Received: ${name}=${show(value)}.`);
}

/**
 * Checks a starting-value option (Dense's `weights`, `bias`): a Matrix (TypeError), of shape
 * `rows×cols` (ShapeError), every entry finite (RangeError naming the first bad entry).
 */
export function checkStartMatrix(where: string, name: string, value: unknown, rows: number, cols: number): Matrix {
  if (!isMatrix(value)) throw new TypeError(`${where}: ${name} must be a Matrix (${rows}×${cols}). Received: ${name}=${show(value)}.`);
  if (value.rows !== rows || value.cols !== cols) {
    throw new ShapeError(`${where}: ${name} must be ${rows}×${cols}. Received: ${name}.shape=[${value.rows},${value.cols}].`);
  }
  const d = value.data;
  for (let k = 0; k < d.length; k++) {
    if (!Number.isFinite(d[k])) {
      throw new RangeError(`${where}: ${name} must hold finite numbers. Received: ${name}[${Math.floor(k / cols)}][${k % cols}]=${String(d[k])}.`);
    }
  }
  return value;
}
