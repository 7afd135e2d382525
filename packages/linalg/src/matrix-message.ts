import { describeValue, formatScalar } from "./describe-value.js";

/** A `Float64Array`, also one from another realm (an iframe, a worker's transferred copy). */
export function isFloat64Array(value: unknown): value is Float64Array {
  return value instanceof Float64Array || (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Float64Array]");
}

/** The message of a TypeError for `value` given where a matrix belongs. */
export function notMatrixMessage(op: string, name: string, value: unknown, hint?: string): string {
  const rule = hint === undefined ? `${name} must be a Matrix` : `${name} must be a Matrix; ${hint}`;
  return `${op}: ${rule}. Received: ${describeMatrixLike(value)}.`;
}

/** Says what is wrong with an object that has some of a matrix's fields. */
function describeMatrixLike(value: unknown): string {
  if (typeof value !== "object" || value === null || !("rows" in value || "cols" in value || "data" in value)) {
    return describeValue(value);
  }
  const { rows, cols, data } = value as { rows: unknown; cols: unknown; data: unknown };
  const shownData = isFloat64Array(data) ? `Float64Array(${data.length})` : describeValue(data);
  const fields = `an object with rows=${formatScalar(rows)}, cols=${formatScalar(cols)}, data=${shownData}`;
  const dims = typeof rows === "number" && typeof cols === "number" && Number.isInteger(rows) && Number.isInteger(cols) && rows >= 0 && cols >= 0;
  if (!dims) return `${fields} (rows and cols must be integers ≥ 0)`;
  if (!isFloat64Array(data)) return `${fields} (data must be a Float64Array)`;
  return `${fields} (data.length must be rows × cols = ${rows * cols})`;
}
