import { describeValue, formatScalar } from "./describe-value.js";

/**
 * Thrown when operands have shapes an operation cannot combine.
 * The message names the operation and every shape involved, e.g.
 * `matmul: inner dimensions must match. Received: a.shape=[3,4], b.shape=[5,2].`
 */
export class ShapeError extends RangeError {
  override name = "ShapeError";
}

/**
 * `[rows,cols]` as it appears in error messages.
 * @throws TypeError when `m` is not an object.
 * @example
 * formatShape(Matrix.zeros(3, 4)); // "[3,4]"
 */
export function formatShape(m: { rows: number; cols: number }): string {
  if (typeof m !== "object" || m === null) {
    throw new TypeError(`formatShape: m must be an object with rows and cols. Received: ${describeValue(m)}.`);
  }
  return `[${formatScalar(m.rows)},${formatScalar(m.cols)}]`;
}
