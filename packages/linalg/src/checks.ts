import { ShapeError, formatShape } from "./shape-error.js";

interface Shaped {
  rows: number;
  cols: number;
}

/** Throws a ShapeError unless `a` and `b` have the same shape. */
export function assertSameShape(op: string, a: Shaped, b: Shaped, names = ["a", "b"]): void {
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

/** Throws a RangeError unless `value` is a finite number. */
export function assertFiniteNumber(op: string, name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`${op}: ${name} must be a finite number. Received: ${name}=${String(value)}.`);
  }
}

/** Throws a RangeError unless `value` is a whole number ≥ `min`. */
export function assertInteger(op: string, name: string, value: number, min = 0): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${op}: ${name} must be an integer ≥ ${min}. Received: ${name}=${String(value)}.`);
  }
}
