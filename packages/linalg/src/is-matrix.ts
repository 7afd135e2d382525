import type { Matrix } from "./matrix.js";
import { describeValue, formatScalar } from "./describe-value.js";

/**
 * True when `value` has the shape of a {@link Matrix}: integer `rows ≥ 0` and `cols ≥ 0` and
 * `data` a `Float64Array` of `rows × cols` values. It tests the shape, not the class, so that
 * matrices made by another copy of this package (two versions in one app) are accepted.
 * @example
 * isMatrix(Matrix.zeros(2, 3));                                    // true
 * isMatrix({ rows: 1, cols: 2, data: new Float64Array([1, 2]) }); // true
 * isMatrix([[1, 2]]);                                              // false
 */
export function isMatrix(value: unknown): value is Matrix {
  if (typeof value !== "object" || value === null) return false;
  const { rows, cols, data } = value as { rows: unknown; cols: unknown; data: unknown };
  return (
    typeof rows === "number" && typeof cols === "number" && rows >= 0 && cols >= 0 &&
    Number.isInteger(rows) && Number.isInteger(cols) &&
    isFloat64Array(data) && data.length === rows * cols
  );
}

/** A `Float64Array`, also one from another realm (an iframe, a worker's transferred copy). */
export function isFloat64Array(value: unknown): value is Float64Array {
  return value instanceof Float64Array || (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Float64Array]");
}

/**
 * Throws a TypeError naming `op` and the argument unless `value` is a matrix ({@link isMatrix}).
 * The message is built only when throwing: this check runs on every op of a training step.
 * `hint` (e.g. what to call for a number instead) goes after the rule.
 */
export function assertMatrix(op: string, name: string, value: unknown, hint?: string): asserts value is Matrix {
  if (!isMatrix(value)) throw new TypeError(notMatrixMessage(op, name, value, hint));
}

/** {@link assertMatrix} for an optional `out` argument: `undefined` passes. */
export function assertOptionalMatrix(op: string, name: string, value: unknown): asserts value is Matrix | undefined {
  if (value !== undefined && !isMatrix(value)) throw new TypeError(notMatrixMessage(op, name, value));
}

function notMatrixMessage(op: string, name: string, value: unknown, hint?: string): string {
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
