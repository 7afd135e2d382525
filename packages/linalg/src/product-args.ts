import type { Matrix } from "./matrix.js";
import { assertMatrix, assertOptionalMatrix } from "./is-matrix.js";
import { assertElementCount } from "./limits.js";

/**
 * The argument checks of the public products, before any shape is read: `a`, `b` (and `out`)
 * must be matrices, and a result the product allocates must fit in MAX_ELEMENTS. `transA` and
 * `transB` say which operands the product reads transposed (`matmulAtB`: `a`; `matmulABt`: `b`).
 * Inner dimensions are left to the product, which names both shapes when they disagree.
 */
export function assertProductArgs(op: string, a: Matrix, b: Matrix, out: Matrix | undefined, transA: boolean, transB: boolean): void {
  assertMatrix(op, "a", a);
  assertMatrix(op, "b", b);
  assertOptionalMatrix(op, "out", out);
  if (out !== undefined || (transA ? a.rows : a.cols) !== (transB ? b.cols : b.rows)) return;
  assertElementCount(op, transA ? a.cols : a.rows, transB ? b.rows : b.cols, "pass out (a Matrix on storage of your own)");
}

/** The argument checks of `transpose`: `a` (and `out`) must be matrices. */
export function assertTransposeArgs(a: Matrix, out: Matrix | undefined): void {
  assertMatrix("transpose", "a", a);
  assertOptionalMatrix("transpose", "out", out);
}
