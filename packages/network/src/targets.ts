import { Matrix, ShapeError, firstNonFinite, formatShape } from "@backprop/linalg";
import type { Inputs, Targets } from "./types.js";

function isMatrixLike(value: unknown): value is Matrix {
  const m = value as Matrix;
  return typeof value === "object" && value !== null && Number.isInteger(m.rows) && Number.isInteger(m.cols) && m.data instanceof Float64Array && m.data.length === m.rows * m.cols;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value).slice(0, 40)}`;
}

/**
 * `x` as a Matrix: a Matrix (or any `{ rows, cols, data: Float64Array }`, such as one from a
 * second copy of linalg) as is, or an array of rows (`number[][]`, rows may be typed arrays).
 * @throws TypeError for anything else; ShapeError for ragged rows.
 */
export function toInputMatrix(where: string, name: string, x: Inputs): Matrix {
  if (x instanceof Matrix) return x;
  if (isMatrixLike(x)) return new Matrix(x.rows, x.cols, x.data);
  if (Array.isArray(x) && x.length > 0 && (Array.isArray(x[0]) || ArrayBuffer.isView(x[0]))) {
    const cols = (x[0] as ArrayLike<number>).length;
    const m = new Matrix(x.length, cols);
    for (let i = 0; i < x.length; i++) {
      const row = x[i] as ArrayLike<number> | undefined;
      if (row === undefined || typeof row !== "object" || row.length !== cols) {
        throw new ShapeError(`${where}: every row of ${name} must have ${cols} values, as the first. Received: ${name}[${i}] is ${describe(row)}.`);
      }
      for (let j = 0; j < cols; j++) {
        const v = row[j];
        if (typeof v !== "number") throw new TypeError(`${where}: ${name} must hold numbers. Received: ${name}[${i}][${j}]=${describe(v)}.`);
        m.data[i * cols + j] = v;
      }
    }
    return m;
  }
  throw new TypeError(`${where}: ${name} must be a Matrix or an array of rows (number[][]). Received: ${describe(x)}.`);
}

/**
 * Turns targets into the matrix the loss compares with a `rows×outputs` prediction: a matrix (or
 * `number[][]`) is checked and used as is; a flat list is class labels when `labels` is true (a
 * column for one output, one-hot rows for several) and target values otherwise (one output).
 * @throws ShapeError for a row-count or width mismatch; RangeError for labels that are not
 * integers in `[0, outputs)` or for non-finite values.
 */
export function toTargetMatrix(where: string, y: Targets, rows: number, outputs: number, labels = true): Matrix {
  if (isMatrixLike(y) || (Array.isArray(y) && y.length > 0 && typeof y[0] === "object")) {
    const m = toInputMatrix(where, "y", y as Inputs);
    if (m.rows !== rows) throw new ShapeError(`${where}: x and y must have the same number of rows. Received: x has ${rows} rows, y.shape=${formatShape(m)}.`);
    if (m.cols !== outputs) throw new ShapeError(`${where}: y must have one column per model output (${outputs}). Received: y.shape=${formatShape(m)}.`);
    assertFinite(where, "y", m);
    return m;
  }
  if (!Array.isArray(y) && !ArrayBuffer.isView(y)) {
    throw new TypeError(`${where}: y must be labels (number[], Int32Array), values (Float64Array) or a Matrix. Received: ${describe(y)}.`);
  }
  const list = y as ArrayLike<number>;
  if (list.length !== rows) throw new ShapeError(`${where}: x and y must have the same number of rows. Received: x has ${rows} rows, y has ${list.length} ${labels ? "labels" : "values"}.`);
  if (!labels) {
    if (outputs !== 1) throw new ShapeError(`${where}: a flat y fits a model with one output; this one has ${outputs}. Received: y has ${list.length} entries; pass a ${rows}×${outputs} matrix.`);
    const m = new Matrix(rows, 1);
    for (let i = 0; i < rows; i++) m.data[i] = list[i] as number;
    assertFinite(where, "y", m);
    return m;
  }
  const classes = outputs === 1 ? 2 : outputs;
  const m = new Matrix(rows, outputs);
  for (let i = 0; i < rows; i++) {
    const label = list[i] as number;
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
  const k = firstNonFinite(m.data);
  if (k >= 0) {
    throw new RangeError(`${where}: ${name} must hold finite numbers only. Received: ${name}[${Math.floor(k / m.cols)},${k % m.cols}]=${String(m.data[k])}.`);
  }
}

/**
 * `x` as a checked Matrix: converted by {@link toInputMatrix}, non-empty, `inputSize` columns, finite.
 * @throws TypeError/ShapeError/RangeError naming the problem.
 */
export function assertInputs(where: string, xIn: Inputs, inputSize: number | null): Matrix {
  const x = toInputMatrix(where, "x", xIn);
  if (x.rows === 0) throw new ShapeError(`${where}: x must have at least one row. Received: x.shape=${formatShape(x)}.`);
  if (inputSize !== null && x.cols !== inputSize) {
    throw new ShapeError(`${where}: x must have ${inputSize} columns, the first layer's input size. Received: x.shape=${formatShape(x)}.`);
  }
  assertFinite(where, "x", x);
  return x;
}
