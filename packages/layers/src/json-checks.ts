import { Matrix } from "@backprop/linalg";

/** Where a JSON value sits, for messages: `where` is the function, `path` the field (`layers[0].bias`). */
export interface JSONPath {
  where: string;
  path: string;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

/** A TypeError naming the field: `where: path must be … Received: …`. */
export function invalidField(at: JSONPath, rule: string, value: unknown): TypeError {
  return new TypeError(`${at.where}: ${at.path} must be ${rule}. Received: ${describe(value)}.`);
}

/** Narrows to a plain object or throws naming the field. */
export function expectObject(at: JSONPath, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalidField(at, "an object", value);
  return value as Record<string, unknown>;
}

/** A field of `obj`, with its path extended. */
export function field(at: JSONPath, obj: Record<string, unknown>, key: string): [JSONPath, unknown] {
  // Own properties only: `obj.constructor` of a plain object must read as missing, not as Object.
  const value = Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  return [{ where: at.where, path: at.path === "" ? key : `${at.path}.${key}` }, value];
}

/** Throws naming the first key of `obj` outside `known` (a misspelt field would otherwise be ignored). */
export function expectKnownKeys(at: JSONPath, obj: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) throw new TypeError(`${at.where}: ${at.path === "" ? key : `${at.path}.${key}`} is not a known field. Expected only: ${known.join(", ")}.`);
  }
}

/** Narrows to an integer ≥ `min` or throws naming the field. */
export function expectInteger(at: JSONPath, value: unknown, min = 1): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw invalidField(at, `an integer ≥ ${min}`, value);
  }
  return value;
}

/** Narrows to a finite number in `[min, max]` or throws naming the field. */
export function expectNumber(at: JSONPath, value: unknown, min = -Number.MAX_VALUE, max = Number.MAX_VALUE): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw invalidField(at, `a finite number in [${min}, ${max}]`, value);
  }
  return value;
}

/** Narrows to a boolean or throws naming the field. */
export function expectBoolean(at: JSONPath, value: unknown): boolean {
  if (typeof value !== "boolean") throw invalidField(at, "true or false", value);
  return value;
}

/** Reads a `rows×cols` array of arrays of finite numbers into a Matrix, or throws naming the field (and the element). */
export function expectMatrix(at: JSONPath, value: unknown, rows: number, cols: number): Matrix {
  if (!Array.isArray(value) || value.length !== rows) throw invalidField(at, `an array of ${rows} rows`, value);
  // Every row's length is checked before the matrix is allocated: a file's declared sizes must agree
  // with its arrays, so a small file cannot ask for a huge allocation.
  value.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== cols) throw invalidField({ where: at.where, path: `${at.path}[${i}]` }, `an array of ${cols} numbers`, row);
  });
  const m = new Matrix(rows, cols);
  value.forEach((row: unknown, i) => m.row(i).set(expectVector({ where: at.where, path: `${at.path}[${i}]` }, row, cols)));
  return m;
}

/** Reads an array of `length` finite numbers, or throws naming the field (and the element). */
export function expectVector(at: JSONPath, value: unknown, length: number): Float64Array {
  if (!Array.isArray(value) || value.length !== length) throw invalidField(at, `an array of ${length} numbers`, value);
  const out = new Float64Array(length);
  value.forEach((v: unknown, j) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw invalidField({ where: at.where, path: `${at.path}[${j}]` }, "a finite number", v);
    out[j] = v;
  });
  return out;
}
