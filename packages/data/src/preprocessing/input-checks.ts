import { Matrix, ShapeError, formatShape } from "@backprop/linalg";

/** Throws unless `x` is a Matrix with at least `minRows` rows and only finite values. */
export function checkMatrix(op: string, x: Matrix, minRows = 0): void {
  if (!(x instanceof Matrix)) throw new TypeError(`${op}: x must be a Matrix. Received: x=${String(x)}.`);
  if (x.rows < minRows) throw new ShapeError(`${op}: x must have at least ${minRows} row(s). Received: x.shape=${formatShape(x)}.`);
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
