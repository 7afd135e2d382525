import { Matrix, ShapeError, formatShape } from "@backprop/linalg";

/** What the scalers accept: a Matrix, or an array of rows (`number[][]`). */
export type MatrixInput = Matrix | readonly (readonly number[])[];

/**
 * `x` as a Matrix: a Matrix as is, an array of equal-length rows of numbers copied into one.
 * @throws TypeError for anything else; ShapeError for ragged rows.
 */
export function asMatrix(op: string, x: MatrixInput): Matrix {
  if (x instanceof Matrix || !Array.isArray(x)) return x as Matrix;
  const cols = Array.isArray(x[0]) ? (x[0] as readonly number[]).length : -1;
  if (cols < 0) throw new TypeError(`${op}: x must be a Matrix or an array of rows (number[][]). Received: an array whose first entry is ${String(x[0])}.`);
  const m = new Matrix(x.length, cols);
  x.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== cols) throw new ShapeError(`${op}: every row of x must have ${cols} values, as the first. Received: x[${i}] has ${Array.isArray(row) ? row.length : "no"} values.`);
    row.forEach((v, j) => {
      if (typeof v !== "number") throw new TypeError(`${op}: x must hold numbers. Received: x[${i}][${j}]=${JSON.stringify(v)?.slice(0, 40)}.`);
      m.data[i * cols + j] = v;
    });
  });
  return m;
}

/** Throws unless `x` is a Matrix with at least `minRows` rows, `minCols` columns and only finite values. */
export function checkMatrix(op: string, x: Matrix, minRows = 0, minCols = 0): void {
  if (!(x instanceof Matrix)) throw new TypeError(`${op}: x must be a Matrix. Received: x=${String(x)}.`);
  if (x.rows < minRows) throw new ShapeError(`${op}: x must have at least ${minRows} row(s). Received: x.shape=${formatShape(x)}.`);
  if (x.cols < minCols) throw new ShapeError(`${op}: x must have at least ${minCols} column(s). Received: x.shape=${formatShape(x)}.`);
  for (let k = 0; k < x.data.length; k++) {
    const v = x.data[k] as number;
    if (!Number.isFinite(v)) {
      throw new RangeError(`${op}: x must hold finite numbers only. Received: ${v} at [${Math.floor(k / x.cols)},${k % x.cols}].`);
    }
  }
}

/** Throws a ShapeError unless `x` has the `nFeatures` columns seen in `fit`. */
export function checkColumns(op: string, x: Matrix, nFeatures: number): void {
  if (x.cols !== nFeatures) {
    throw new ShapeError(`${op}: x must have ${nFeatures} columns, as in fit. Received: x.shape=${formatShape(x)}.`);
  }
}

/** Throws unless the transformer has been fitted (its statistics are not `null`). */
export function checkFitted<T>(op: string, value: T | null): T {
  if (value === null) throw new Error(`${op}: this transformer is not fitted yet; call fit or fitTransform first.`);
  return value;
}

/** Applies `f(value, column)` to every element, returning a new matrix. */
export function mapColumns(x: Matrix, f: (v: number, j: number) => number): Matrix {
  const out = new Matrix(x.rows, x.cols);
  for (let k = 0; k < x.data.length; k++) out.data[k] = f(x.data[k] as number, k % x.cols);
  return out;
}
