import { ShapeError, formatShape } from "./shape-error.js";
import { formatScalar } from "./describe-value.js";

interface Shaped {
  rows: number;
  cols: number;
}

const A_B: readonly string[] = ["a", "b"];

/** Throws a ShapeError unless `a` and `b` have the same shape. */
export function assertSameShape(op: string, a: Shaped, b: Shaped, names = A_B): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new ShapeError(
      `${op}: shapes must match. Received: ${names[0]}.shape=${formatShape(a)}, ${names[1]}.shape=${formatShape(b)}.`,
    );
  }
}

/** Throws a ShapeError unless `out` has exactly the shape the operation produces. */
export function assertOutShape(op: string, out: Shaped, rows: number, cols: number): void {
  if (out.rows !== rows || out.cols !== cols) {
    throw new ShapeError(
      `${op}: out must have the result's shape. Received: out.shape=${formatShape(out)}, expected [${rows},${cols}].`,
    );
  }
}

/** Throws a TypeError for a non-number and a RangeError for NaN or ±Infinity. */
export function assertFiniteNumber(op: string, name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const ErrorType = typeof value === "number" ? RangeError : TypeError;
    throw new ErrorType(`${op}: ${name} must be a finite number. Received: ${name}=${formatScalar(value)}.`);
  }
}

/** Throws a TypeError unless `value` is of type number (NaN and ±Infinity pass: the caller decides). */
export function assertNumberType(op: string, name: string, value: number): void {
  if (typeof value !== "number") throw new TypeError(`${op}: ${name} must be a number. Received: ${name}=${formatScalar(value)}.`);
}

/** Throws (TypeError for a non-number, RangeError otherwise) unless `value` is a whole number ≥ `min`. */
export function assertInteger(op: string, name: string, value: number, min = 0): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    const ErrorType = typeof value === "number" ? RangeError : TypeError;
    throw new ErrorType(`${op}: ${name} must be an integer ≥ ${min}. Received: ${name}=${formatScalar(value)}.`);
  }
}

/** Throws a TypeError unless `value` is a function. */
export function assertFunction(op: string, name: string, value: unknown): void {
  if (typeof value !== "function") {
    throw new TypeError(`${op}: ${name} must be a function. Received: ${name}=${formatScalar(value)}.`);
  }
}
