import type { Matrix } from "./matrix.js";
import { assertOutShape } from "./checks.js";
import { describeValue, formatScalar } from "./describe-value.js";
import { assertMatrix, assertOptionalMatrix } from "./is-matrix.js";
import { resultMatrix } from "./result-matrix.js";
import { ShapeError, formatShape } from "./shape-error.js";

/** 0 reduces down the rows (one value per column, `1×cols`); 1 across the columns (`rows×1`). */
export type Axis = 0 | 1;

function axisTarget(op: string, a: Matrix, axis: Axis, out?: Matrix): Matrix {
  if (axis !== 0 && axis !== 1) throw new RangeError(`${op}: axis must be 0 or 1. Received: axis=${formatScalar(axis)}.`);
  assertOptionalMatrix(op, "out", out);
  const rows = axis === 0 ? 1 : a.rows;
  const cols = axis === 0 ? a.cols : 1;
  if (out === undefined) return resultMatrix(op, rows, cols);
  assertOutShape(op, out, rows, cols);
  return out;
}

/** Checks `a`, and that no `out` comes without an axis (a total is a number, it has nowhere to go). */
function checkArgs(op: string, a: Matrix, axis: Axis | undefined, out: Matrix | undefined): void {
  assertMatrix(op, "a", a);
  if (axis === undefined && out !== undefined) {
    throw new TypeError(`${op}: out needs an axis (the total of all elements is a number). Received: axis=undefined, out=${describeValue(out)}.`);
  }
}

/**
 * Sum of all elements, or along an axis (`keepdims=True` shapes).
 * @example
 * sum(Matrix.from([[1, 2], [3, 4]]));    // 10
 * sum(Matrix.from([[1, 2], [3, 4]]), 0); // Matrix [[4, 6]]
 * @throws TypeError when `a` or `out` is not a matrix, or `out` comes without an axis; RangeError
 *   for an axis other than 0 or 1; ShapeError when `out` has the wrong shape.
 */
export function sum(a: Matrix): number;
export function sum(a: Matrix, axis: Axis, out?: Matrix): Matrix;
export function sum(a: Matrix, axis?: Axis, out?: Matrix): number | Matrix {
  checkArgs("sum", a, axis, out);
  const x = a.data;
  if (axis === undefined) {
    let total = 0;
    for (let k = 0; k < x.length; k++) total += x[k] as number;
    return total;
  }
  return sumInto(a, axis, axisTarget("sum", a, axis, out));
}

/** Sums `a` along `axis` into `r` (already checked to have the result's shape). */
function sumInto(a: Matrix, axis: Axis, r: Matrix): Matrix {
  const x = a.data, z = r.data, rows = a.rows, cols = a.cols;
  // Each total adds its terms in row order (axis 0) or column order (axis 1), starting from 0.
  if (axis === 0) {
    // Four columns at a time, each summed down the rows in a local: four independent additions
    // per row instead of a read-modify-write of z per element.
    let j = 0;
    for (; j + 4 <= cols; j += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0, k = j; i < rows; i++, k += cols) {
        s0 += x[k] as number;
        s1 += x[k + 1] as number;
        s2 += x[k + 2] as number;
        s3 += x[k + 3] as number;
      }
      z[j] = s0;
      z[j + 1] = s1;
      z[j + 2] = s2;
      z[j + 3] = s3;
    }
    for (; j < cols; j++) {
      let total = 0;
      for (let i = 0, k = j; i < rows; i++, k += cols) total += x[k] as number;
      z[j] = total;
    }
  } else {
    for (let i = 0, base = 0; i < rows; i++, base += cols) {
      let total = 0;
      for (let j = 0; j < cols; j++) total += x[base + j] as number;
      z[i] = total;
    }
  }
  return r;
}

/**
 * Mean of all elements, or along an axis.
 * @throws ShapeError on an empty matrix; otherwise as {@link sum}.
 */
export function mean(a: Matrix): number;
export function mean(a: Matrix, axis: Axis, out?: Matrix): Matrix;
export function mean(a: Matrix, axis?: Axis, out?: Matrix): number | Matrix {
  checkArgs("mean", a, axis, out);
  if (a.size === 0) throw new ShapeError(`mean: matrix must not be empty. Received: a.shape=${formatShape(a)}.`);
  if (axis === undefined) return sum(a) / a.size;
  const r = sumInto(a, axis, axisTarget("mean", a, axis, out));
  const n = axis === 0 ? a.rows : a.cols;
  for (let k = 0; k < r.data.length; k++) r.data[k] = (r.data[k] as number) / n;
  return r;
}

/**
 * Largest element, or the largest along an axis.
 * @throws ShapeError on an empty matrix; otherwise as {@link sum}.
 */
export function max(a: Matrix): number;
export function max(a: Matrix, axis: Axis, out?: Matrix): Matrix;
export function max(a: Matrix, axis?: Axis, out?: Matrix): number | Matrix {
  checkArgs("max", a, axis, out);
  if (a.size === 0) throw new ShapeError(`max: matrix must not be empty. Received: a.shape=${formatShape(a)}.`);
  const x = a.data;
  if (axis === undefined) {
    let best = -Infinity;
    for (let k = 0; k < x.length; k++) if ((x[k] as number) > best) best = x[k] as number;
    return best;
  }
  const r = axisTarget("max", a, axis, out);
  const z = r.data, cols = a.cols;
  z.fill(-Infinity);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = x[i * cols + j] as number;
      const k = axis === 0 ? j : i;
      if (v > (z[k] as number)) z[k] = v;
    }
  }
  return r;
}

/**
 * Column index of the largest value in each row (the first one on ties, as NumPy).
 * @throws TypeError when `a` is not a matrix or `out` not an Int32Array; ShapeError when `a` has
 *   no columns or `out` the wrong length.
 */
export function argmax(a: Matrix, out?: Int32Array): Int32Array {
  assertMatrix("argmax", "a", a);
  if (out !== undefined && !isInt32Array(out)) {
    throw new TypeError(`argmax: out must be an Int32Array. Received: ${describeValue(out)}.`);
  }
  if (a.cols === 0) throw new ShapeError(`argmax: matrix must have columns. Received: a.shape=${formatShape(a)}.`);
  const r = out ?? new Int32Array(a.rows);
  if (r.length !== a.rows) {
    throw new ShapeError(`argmax: out must have one entry per row. Received: out.length=${r.length}, a.shape=${formatShape(a)}.`);
  }
  const x = a.data, cols = a.cols;
  for (let i = 0; i < a.rows; i++) {
    let best = 0;
    for (let j = 1; j < cols; j++) if ((x[i * cols + j] as number) > (x[i * cols + best] as number)) best = j;
    r[i] = best;
  }
  return r;
}

function isInt32Array(value: unknown): value is Int32Array {
  return value instanceof Int32Array || (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Int32Array]");
}
