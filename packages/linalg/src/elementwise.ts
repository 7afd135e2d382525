import { Matrix } from "./matrix.js";
import { assertFiniteNumber, assertFunction, assertNumberType, assertOutShape, assertSameShape } from "./checks.js";
import { assertMatrix, assertOptionalMatrix } from "./is-matrix.js";
import { resultMatrix } from "./result-matrix.js";
import { ShapeError, formatShape } from "./shape-error.js";

/**
 * Checks that `a` and `b` are matrices of one shape (and `out`, if given, too) and returns the
 * matrix to write into. `hint` tells a caller who passed a number for `b` what to call instead.
 */
function binaryTarget(op: string, a: Matrix, b: Matrix, out: Matrix | undefined, hint?: string): Matrix {
  assertMatrix(op, "a", a);
  assertMatrix(op, "b", b, typeof b === "number" ? hint : undefined);
  assertSameShape(op, a, b);
  return unaryTarget(op, a, out);
}

/** Checks `out` (if given) has `a`'s shape and returns the matrix to write into; `a` is checked. */
function unaryTarget(op: string, a: Matrix, out?: Matrix): Matrix {
  assertOptionalMatrix(op, "out", out);
  if (out === undefined) return resultMatrix(op, a.rows, a.cols);
  assertOutShape(op, out, a.rows, a.cols);
  return out;
}

/**
 * Element-wise `a + b`. `out` may alias `a` or `b`.
 * @throws TypeError when `a`, `b` or `out` is not a matrix; ShapeError when shapes differ.
 */
export function add(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  const r = binaryTarget("add", a, b, out);
  const x = a.data, y = b.data, z = r.data;
  for (let k = 0; k < z.length; k++) z[k] = (x[k] as number) + (y[k] as number);
  return r;
}

/**
 * Element-wise `a − b`. `out` may alias `a` or `b`.
 * @throws TypeError when `a`, `b` or `out` is not a matrix; ShapeError when shapes differ.
 */
export function sub(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  const r = binaryTarget("sub", a, b, out);
  const x = a.data, y = b.data, z = r.data;
  for (let k = 0; k < z.length; k++) z[k] = (x[k] as number) - (y[k] as number);
  return r;
}

/**
 * Element-wise (Hadamard) product `a ⊙ b`. `out` may alias `a` or `b`; for a number use {@link scale}.
 * @throws TypeError when `a`, `b` or `out` is not a matrix; ShapeError when shapes differ.
 */
export function mul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  const r = binaryTarget("mul", a, b, out, "to multiply by a number use scale(a, s)");
  const x = a.data, y = b.data, z = r.data;
  for (let k = 0; k < z.length; k++) z[k] = (x[k] as number) * (y[k] as number);
  return r;
}

/**
 * Element-wise `a / b`. `out` may alias `a` or `b`.
 * @throws TypeError when `a`, `b` or `out` is not a matrix; ShapeError when shapes differ.
 */
export function div(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  const r = binaryTarget("div", a, b, out, "to divide by a number use scale(a, 1 / s)");
  const x = a.data, y = b.data, z = r.data;
  for (let k = 0; k < z.length; k++) z[k] = (x[k] as number) / (y[k] as number);
  return r;
}

/**
 * `s · a` for a finite scalar `s`.
 * @throws TypeError when `a` or `out` is not a matrix or `s` not a number; RangeError when `s` is not finite.
 */
export function scale(a: Matrix, s: number, out?: Matrix): Matrix {
  assertMatrix("scale", "a", a);
  assertFiniteNumber("scale", "s", s);
  const r = unaryTarget("scale", a, out);
  const x = a.data, z = r.data;
  for (let k = 0; k < z.length; k++) z[k] = (x[k] as number) * s;
  return r;
}

/**
 * `a + s · b` (BLAS `axpy`), the update at the heart of gradient descent.
 * @throws TypeError when an argument has the wrong type; RangeError when `s` is not finite; ShapeError when shapes differ.
 */
export function addScaled(a: Matrix, b: Matrix, s: number, out?: Matrix): Matrix {
  assertFiniteNumber("addScaled", "s", s);
  const r = binaryTarget("addScaled", a, b, out);
  const x = a.data, y = b.data, z = r.data;
  for (let k = 0; k < z.length; k++) z[k] = (x[k] as number) + s * (y[k] as number);
  return r;
}

/**
 * Applies `fn(value, row, col)` to every element.
 * @throws TypeError when `a` or `out` is not a matrix or `fn` not a function.
 */
export function map(a: Matrix, fn: (value: number, row: number, col: number) => number, out?: Matrix): Matrix {
  assertMatrix("map", "a", a);
  assertFunction("map", "fn", fn);
  const r = unaryTarget("map", a, out);
  const x = a.data, z = r.data, cols = a.cols;
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < cols; j++) z[i * cols + j] = fn(x[i * cols + j] as number, i, j);
  }
  return r;
}

/**
 * Limits every element to `[min, max]` (NumPy's `clip`).
 * @throws TypeError when `a` or `out` is not a matrix or a bound not a number; RangeError unless `min ≤ max`.
 */
export function clip(a: Matrix, min: number, max: number, out?: Matrix): Matrix {
  assertMatrix("clip", "a", a);
  assertNumberType("clip", "min", min);
  assertNumberType("clip", "max", max);
  if (Number.isNaN(min) || Number.isNaN(max) || min > max) {
    throw new RangeError(`clip: min must be ≤ max. Received: min=${min}, max=${max}.`);
  }
  const r = unaryTarget("clip", a, out);
  const x = a.data, z = r.data;
  for (let k = 0; k < z.length; k++) {
    const v = x[k] as number;
    z[k] = v < min ? min : v > max ? max : v;
  }
  return r;
}

/**
 * Adds the `1×cols` row vector `row` to every row of `a`: NumPy's broadcast `a + b` for a bias.
 * @throws TypeError when `a`, `row` or `out` is not a matrix; ShapeError when `row` is not `1×a.cols`.
 */
export function addRowVector(a: Matrix, row: Matrix, out?: Matrix): Matrix {
  assertMatrix("addRowVector", "a", a);
  assertMatrix("addRowVector", "row", row);
  if (row.rows !== 1 || row.cols !== a.cols) {
    throw new ShapeError(
      `addRowVector: row must be 1×${a.cols}. Received: a.shape=${formatShape(a)}, row.shape=${formatShape(row)}.`,
    );
  }
  const r = unaryTarget("addRowVector", a, out);
  const x = a.data, b = row.data, z = r.data, rows = a.rows, cols = a.cols;
  // Down the rows four columns at a time, their b values held in locals (twice as fast as
  // reloading b[j] along each row).
  let j = 0;
  for (; j + 4 <= cols; j += 4) {
    const b0 = b[j] as number, b1 = b[j + 1] as number, b2 = b[j + 2] as number, b3 = b[j + 3] as number;
    for (let i = 0, k = j; i < rows; i++, k += cols) {
      z[k] = (x[k] as number) + b0;
      z[k + 1] = (x[k + 1] as number) + b1;
      z[k + 2] = (x[k + 2] as number) + b2;
      z[k + 3] = (x[k + 3] as number) + b3;
    }
  }
  for (; j < cols; j++) {
    const bj = b[j] as number;
    for (let i = 0, k = j; i < rows; i++, k += cols) z[k] = (x[k] as number) + bj;
  }
  return r;
}
