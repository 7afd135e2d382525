import { Matrix, ShapeError, formatShape } from "@backprop/linalg";
import type { Targets } from "./types.js";

/**
 * Turns targets into the matrix the loss compares with a `rows×outputs` prediction: a matrix is
 * checked and used as is; class labels become a column (one output) or one-hot rows (several).
 * @throws ShapeError for a row-count or width mismatch; RangeError for labels that are not
 * integers in `[0, outputs)` or for non-finite values.
 */
export function toTargetMatrix(where: string, y: Targets, rows: number, outputs: number): Matrix {
  if (y instanceof Matrix) {
    if (y.rows !== rows) throw new ShapeError(`${where}: x and y must have the same number of rows. Received: x has ${rows} rows, y.shape=${formatShape(y)}.`);
    if (y.cols !== outputs) throw new ShapeError(`${where}: y must have one column per model output (${outputs}). Received: y.shape=${formatShape(y)}.`);
    assertFinite(where, "y", y);
    return y;
  }
  if (y.length !== rows) throw new ShapeError(`${where}: x and y must have the same number of rows. Received: x has ${rows} rows, y has ${y.length} labels.`);
  const classes = outputs === 1 ? 2 : outputs;
  const m = new Matrix(rows, outputs);
  for (let i = 0; i < rows; i++) {
    const label = y[i] as number;
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new RangeError(`${where}: class labels must be integers in [0, ${classes - 1}]. Received: y[${i}]=${String(label)}.`);
    }
    if (outputs === 1) m.data[i] = label;
    else m.data[i * outputs + label] = 1;
  }
  return m;
}

/** Throws a RangeError naming the first non-finite entry of `m`. */
export function assertFinite(where: string, name: string, m: Matrix): void {
  const d = m.data;
  for (let k = 0; k < d.length; k++) {
    if (!Number.isFinite(d[k] as number)) {
      throw new RangeError(`${where}: ${name} must hold finite numbers only. Received: ${name}[${Math.floor(k / m.cols)},${k % m.cols}]=${String(d[k])}.`);
    }
  }
}

/** Throws a ShapeError unless `x` is a non-empty matrix with `inputSize` columns. */
export function assertInputs(where: string, x: Matrix, inputSize: number | null): void {
  if (!(x instanceof Matrix)) throw new TypeError(`${where}: x must be a Matrix. Received: ${typeof x}.`);
  if (x.rows === 0) throw new ShapeError(`${where}: x must have at least one row. Received: x.shape=${formatShape(x)}.`);
  if (inputSize !== null && x.cols !== inputSize) {
    throw new ShapeError(`${where}: x must have ${inputSize} columns, the first layer's input size. Received: x.shape=${formatShape(x)}.`);
  }
  assertFinite(where, "x", x);
}
