import { Matrix } from "./matrix.js";
import { assertElementCount } from "./limits.js";

/** A new `rows×cols` result for `op`, refused with `op`'s name past MAX_ELEMENTS. */
export function resultMatrix(op: string, rows: number, cols: number): Matrix {
  assertElementCount(op, rows, cols, "pass out (a Matrix on storage of your own)");
  return new Matrix(rows, cols);
}
