import { ShapeError, formatShape } from "./shape-error.js";
import { assertFiniteNumber, assertInteger } from "./checks.js";

/** Tolerances for approximate comparison: `|a − b| ≤ atol + rtol·|b|` (NumPy's `allclose`). */
export interface CloseOptions {
  rtol?: number;
  atol?: number;
}

/**
 * A dense 2-D matrix of float64 values stored row-major: element `(i, j)` is `data[i * cols + j]`.
 * A row vector is a `1×n` matrix and a column vector an `n×1` one.
 *
 * @example
 * const m = Matrix.from([[1, 2], [3, 4]]);
 * m.get(1, 0); // 3
 * m.shape;     // [2, 2]
 */
export class Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;

  /**
   * Wraps `data` (not copied) as a `rows×cols` matrix, or allocates zeros when `data` is omitted.
   * @throws RangeError when a dimension is not a non-negative integer or `data` has the wrong length.
   */
  constructor(rows: number, cols: number, data?: Float64Array) {
    assertInteger("Matrix", "rows", rows);
    assertInteger("Matrix", "cols", cols);
    if (data !== undefined && data.length !== rows * cols) {
      throw new ShapeError(
        `Matrix: data length must equal rows × cols. Received: data.length=${data.length}, shape=[${rows},${cols}].`,
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** A `rows×cols` matrix of zeros. */
  static zeros(rows: number, cols: number): Matrix {
    return new Matrix(rows, cols);
  }

  /** A `rows×cols` matrix of ones. */
  static ones(rows: number, cols: number): Matrix {
    return Matrix.fill(rows, cols, 1);
  }

  /** A `rows×cols` matrix with every element equal to `value`. */
  static fill(rows: number, cols: number, value: number): Matrix {
    assertFiniteNumber("Matrix.fill", "value", value);
    const m = new Matrix(rows, cols);
    m.data.fill(value);
    return m;
  }

  /** The `n×n` identity matrix. */
  static identity(n: number): Matrix {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
    return m;
  }

  /**
   * Copies nested arrays (one inner array per row) into a new matrix.
   * @throws ShapeError when rows are ragged; RangeError when a value is not finite.
   * @example
   * Matrix.from([[1, 2, 3]]).shape; // [1, 3]
   */
  static from(rows: ArrayLike<ArrayLike<number>>): Matrix {
    return Matrix.fromRows(rows, "Matrix.from");
  }

  /** Like {@link Matrix.from}, for any array-like rows (e.g. `Float64Array`s). */
  static fromRows(rows: ArrayLike<ArrayLike<number>>, op = "Matrix.fromRows"): Matrix {
    const nRows = rows.length;
    const nCols = nRows === 0 ? 0 : (rows[0] as ArrayLike<number>).length;
    const m = new Matrix(nRows, nCols);
    for (let i = 0; i < nRows; i++) {
      const row = rows[i] as ArrayLike<number>;
      if (row.length !== nCols) {
        throw new ShapeError(`${op}: every row must have ${nCols} values. Received: row ${i} has ${row.length}.`);
      }
      for (let j = 0; j < nCols; j++) {
        const v = row[j] as number;
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new RangeError(`${op}: every value must be a finite number. Received: ${String(v)} at [${i},${j}].`);
        }
        m.data[i * nCols + j] = v;
      }
    }
    return m;
  }

  /**
   * Copies a flat row-major array into a new `rows×cols` matrix.
   * @throws ShapeError when `values.length ≠ rows × cols`; RangeError when a value is not finite.
   * @example
   * Matrix.fromArray([1, 2, 3, 4, 5, 6], 2, 3).get(1, 0); // 4
   */
  static fromArray(values: ArrayLike<number>, rows: number, cols: number, op = "Matrix.fromArray"): Matrix {
    if (values.length !== rows * cols) {
      throw new ShapeError(
        `${op}: values.length must equal rows × cols. Received: values.length=${values.length}, shape=[${rows},${cols}].`,
      );
    }
    const m = new Matrix(rows, cols);
    for (let k = 0; k < values.length; k++) {
      const v = values[k] as number;
      if (typeof v !== "number" || !Number.isFinite(v)) {
        const at = `[${Math.floor(k / cols)},${k % cols}]`;
        throw new RangeError(`${op}: every value must be a finite number. Received: ${String(v)} at ${at} (index ${k}).`);
      }
      m.data[k] = v;
    }
    return m;
  }

  /** A column vector (`n×1`) holding `values`. @throws RangeError when a value is not finite. */
  static column(values: ArrayLike<number>): Matrix {
    return Matrix.fromArray(values, values.length, 1, "Matrix.column");
  }

  /** `[rows, cols]`, as NumPy's `shape`. */
  get shape(): [number, number] {
    return [this.rows, this.cols];
  }

  /** Number of elements, `rows × cols`. */
  get size(): number {
    return this.data.length;
  }

  /** Element `(i, j)`. @throws RangeError when the index is outside the matrix. */
  get(i: number, j: number): number {
    return this.data[this.index("get", i, j)] as number;
  }

  /** Sets element `(i, j)` to `value`. @throws RangeError when the index is outside the matrix. */
  set(i: number, j: number, value: number): void {
    this.data[this.index("set", i, j)] = value;
  }

  /** Row `i` as a view (no copy) into this matrix's storage. */
  row(i: number): Float64Array {
    this.index("row", i, 0);
    return this.data.subarray(i * this.cols, (i + 1) * this.cols);
  }

  /** A deep copy. */
  clone(): Matrix {
    return new Matrix(this.rows, this.cols, this.data.slice());
  }

  /** Copies `source` (same shape) into this matrix and returns it. */
  copyFrom(source: Matrix): this {
    if (source.rows !== this.rows || source.cols !== this.cols) {
      throw new ShapeError(
        `copyFrom: shapes must match. Received: target.shape=${formatShape(this)}, source.shape=${formatShape(source)}.`,
      );
    }
    this.data.set(source.data);
    return this;
  }

  /** Nested arrays, one per row. */
  toArray(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) out.push(Array.from(this.row(i)));
    return out;
  }

  /** True when `other` has the same shape and exactly the same values. */
  equals(other: Matrix): boolean {
    if (other.rows !== this.rows || other.cols !== this.cols) return false;
    for (let k = 0; k < this.data.length; k++) if (this.data[k] !== other.data[k]) return false;
    return true;
  }

  /** True when shapes match and every pair satisfies `|a − b| ≤ atol + rtol·|b|`. */
  allClose(other: Matrix, { rtol = 1e-9, atol = 1e-12 }: CloseOptions = {}): boolean {
    if (other.rows !== this.rows || other.cols !== this.cols) return false;
    for (let k = 0; k < this.data.length; k++) {
      const a = this.data[k] as number;
      const b = other.data[k] as number;
      if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b))) return false;
    }
    return true;
  }

  toString(): string {
    return `Matrix${formatShape(this)} ${JSON.stringify(this.toArray())}`;
  }

  private index(op: string, i: number, j: number): number {
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= this.rows || j >= this.cols) {
      throw new RangeError(`${op}: index out of range. Received: [${i},${j}] for shape ${formatShape(this)}.`);
    }
    return i * this.cols + j;
  }
}
