import { Matrix } from "./matrix.js";
import { assertOutShape } from "./checks.js";
import { ShapeError, formatShape } from "./shape-error.js";
import { gemm } from "./kernels/gemm.js";
import { assertProductArgs, assertTransposeArgs } from "./product-args.js";

/**
 * Checks that the inner dimensions `innerA` and `innerB` agree and returns the `rows×cols` result
 * matrix (`out`, checked, or a new one). The two inner sizes are separate numbers, not a pair:
 * an array literal here would be one heap allocation per product in the training loop.
 */
function checkAndTarget(
  op: string,
  a: Matrix,
  b: Matrix,
  innerA: number,
  innerB: number,
  rows: number,
  cols: number,
  out?: Matrix,
): Matrix {
  if (innerA !== innerB) {
    throw new ShapeError(
      `${op}: inner dimensions must match. Received: a.shape=${formatShape(a)}, b.shape=${formatShape(b)}.`,
    );
  }
  if (out === undefined) return new Matrix(rows, cols);
  assertOutShape(op, out, rows, cols);
  if (out.data.buffer === a.data.buffer || out.data.buffer === b.data.buffer) {
    const shared = out.data.buffer === a.data.buffer ? "a" : "b";
    throw new RangeError(`${op}: out must not share storage with a or b (the product reads them while writing out). Received: out shares ${shared}'s storage; pass a separate matrix.`);
  }
  return out;
}

/**
 * Matrix product `C = A·B` (`m×k` times `k×n` gives `m×n`).
 * @throws ShapeError when `a.cols ≠ b.rows` or `out` is not `m×n`.
 * @example
 * matmul(Matrix.from([[1, 2]]), Matrix.from([[3], [4]])).get(0, 0); // 11
 */
export function matmul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  assertProductArgs("matmul", a, b, out, false, false);
  const c = checkAndTarget("matmul", a, b, a.cols, b.rows, a.rows, b.cols, out);
  gemm(false, false, a.rows, b.cols, a.cols, a.data, b.data, c.data);
  return c;
}

/**
 * `C = Aᵀ·B` without building `Aᵀ` (`k×m` and `k×n` give `m×n`): the weight gradient `dW = Xᵀ·dZ`.
 * @throws ShapeError when `a.rows ≠ b.rows`.
 */
export function matmulAtB(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  assertProductArgs("matmulAtB", a, b, out, true, false);
  const c = checkAndTarget("matmulAtB", a, b, a.rows, b.rows, a.cols, b.cols, out);
  gemm(true, false, a.cols, b.cols, a.rows, a.data, b.data, c.data);
  return c;
}

/**
 * `C = A·Bᵀ` without building `Bᵀ` (`m×k` and `n×k` give `m×n`): the input gradient `dX = dZ·Wᵀ`.
 * @throws ShapeError when `a.cols ≠ b.cols`.
 */
export function matmulABt(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  assertProductArgs("matmulABt", a, b, out, false, true);
  const c = checkAndTarget("matmulABt", a, b, a.cols, b.cols, a.rows, b.rows, out);
  gemm(false, true, a.rows, b.rows, a.cols, a.data, b.data, c.data);
  return c;
}

/** `Aᵀ`. `out` must not be `a`. */
export function transpose(a: Matrix, out?: Matrix): Matrix {
  assertTransposeArgs(a, out);
  const r = out ?? new Matrix(a.cols, a.rows);
  if (out !== undefined) assertOutShape("transpose", out, a.cols, a.rows);
  if (r.data === a.data && a.size > 1) throw new RangeError("transpose: out must not be a. Received: out === a; pass a separate matrix.");
  const x = a.data, z = r.data, rows = a.rows, cols = a.cols;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) z[j * rows + i] = x[i * cols + j] as number;
  }
  return r;
}
