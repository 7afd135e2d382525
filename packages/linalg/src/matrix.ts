import { ShapeError, formatShape } from "./shape-error.js";
import { assertFiniteNumber, assertInteger } from "./checks.js";
import { describeValue, formatScalar } from "./describe-value.js";
import { isFloat64Array, notMatrixMessage } from "./matrix-message.js";
import { allocate, assertElementCount } from "./limits.js";
import { closeOptions } from "./close-options.js";

/** How to go past MAX_ELEMENTS when a factory refuses a shape. */
const OWN_STORAGE = "wrap a Float64Array of your own with new Matrix(rows, cols, data)";

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
   * @throws RangeError when a dimension is not an integer ≥ 0, or when allocating more than
   *   {@link MAX_ELEMENTS} values; ShapeError when `data.length ≠ rows × cols`; TypeError when
   *   `data` is not a `Float64Array`.
   */
  constructor(rows: number, cols: number, data?: Float64Array) {
    assertInteger("Matrix", "rows", rows);
    assertInteger("Matrix", "cols", cols);
    if (data === undefined) {
      assertElementCount("Matrix", rows, cols, OWN_STORAGE);
      data = allocate("Matrix", rows, cols);
    } else if (!isFloat64Array(data)) {
      throw new TypeError(`Matrix: data must be a Float64Array. Received: ${describeValue(data)}; Matrix.fromArray copies plain arrays.`);
    } else if (data.length !== rows * cols) {
      throw new ShapeError(
        `Matrix: data length must equal rows × cols. Received: data.length=${data.length}, shape=[${rows},${cols}].`,
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /** A `rows×cols` matrix of zeros. */
  static zeros(rows: number, cols: number): Matrix {
    checkShape("Matrix.zeros", rows, cols);
    return new Matrix(rows, cols);
  }

  /** A `rows×cols` matrix of ones. */
  static ones(rows: number, cols: number): Matrix {
    return filled("Matrix.ones", rows, cols, 1);
  }

  /** A `rows×cols` matrix with every element equal to `value`. @throws RangeError when `value` is not finite. */
  static fill(rows: number, cols: number, value: number): Matrix {
    return filled("Matrix.fill", rows, cols, value);
  }

  /** The `n×n` identity matrix. */
  static identity(n: number): Matrix {
    assertInteger("Matrix.identity", "n", n);
    checkShape("Matrix.identity", n, n);
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
    return m;
  }

  /**
   * Copies nested arrays (one inner array per row) into a new matrix.
   * @throws TypeError when `rows` or a row is not an array; ShapeError when rows are ragged;
   *   RangeError when a value is not a finite number.
   * @example
   * Matrix.from([[1, 2, 3]]).shape; // [1, 3]
   */
  static from(rows: ArrayLike<ArrayLike<number>>): Matrix {
    return Matrix.fromRows(rows, "Matrix.from");
  }

  /** Like {@link Matrix.from}, for any array-like rows (e.g. `Float64Array`s). */
  static fromRows(rows: ArrayLike<ArrayLike<number>>, op = "Matrix.fromRows"): Matrix {
    if (!isArrayLike(rows)) {
      throw new TypeError(`${op}: rows must be an array of rows, each an array of numbers. Received: ${describeValue(rows)}.`);
    }
    const nRows = rows.length;
    const nCols = nRows === 0 ? 0 : rowLength(op, rows, 0);
    // The structure is checked before allocating, so that a bogus length cannot reserve memory.
    for (let i = 1; i < nRows; i++) {
      const length = rowLength(op, rows, i);
      if (length !== nCols) throw new ShapeError(`${op}: every row must have ${nCols} values. Received: row ${i} has ${length}.`);
    }
    assertElementCount(op, nRows, nCols, OWN_STORAGE);
    const m = new Matrix(nRows, nCols);
    for (let i = 0; i < nRows; i++) {
      const row = rows[i] as ArrayLike<number>;
      for (let j = 0; j < nCols; j++) {
        const v = row[j] as number;
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new RangeError(`${op}: every value must be a finite number. Received: ${formatScalar(v)} at [${i},${j}].`);
        }
        m.data[i * nCols + j] = v;
      }
    }
    return m;
  }

  /**
   * Copies a flat row-major array into a new `rows×cols` matrix.
   * @throws TypeError when `values` is not an array; ShapeError when `values.length ≠ rows × cols`;
   *   RangeError when a dimension is not an integer ≥ 0 or a value is not a finite number.
   * @example
   * Matrix.fromArray([1, 2, 3, 4, 5, 6], 2, 3).get(1, 0); // 4
   */
  static fromArray(values: ArrayLike<number>, rows: number, cols: number, op = "Matrix.fromArray"): Matrix {
    if (!isArrayLike(values)) throw new TypeError(`${op}: values must be an array of numbers. Received: ${describeValue(values)}.`);
    checkShape(op, rows, cols);
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
        throw new RangeError(`${op}: every value must be a finite number. Received: ${formatScalar(v)} at ${at} (index ${k}).`);
      }
      m.data[k] = v;
    }
    return m;
  }

  /** A column vector (`n×1`) holding `values`. @throws RangeError when a value is not finite. */
  static column(values: ArrayLike<number>): Matrix {
    if (!isArrayLike(values)) throw new TypeError(`Matrix.column: values must be an array of numbers. Received: ${describeValue(values)}.`);
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

  /**
   * Sets element `(i, j)` to `value`.
   * @throws RangeError when the index is outside the matrix; TypeError when `value` is not a number.
   */
  set(i: number, j: number, value: number): void {
    const k = this.index("set", i, j);
    // A Float64Array would turn a string into NaN without a word.
    if (typeof value !== "number") throw new TypeError(`set: value must be a number. Received: value=${formatScalar(value)}.`);
    this.data[k] = value;
  }

  /** Row `i` as a view (no copy) into this matrix's storage. */
  row(i: number): Float64Array {
    if (!Number.isInteger(i) || i < 0 || i >= this.rows) {
      throw new RangeError(`row: index out of range. Received: ${formatScalar(i)} for shape ${formatShape(this)}.`);
    }
    return this.data.subarray(i * this.cols, (i + 1) * this.cols);
  }

  /** A deep copy. */
  clone(): Matrix {
    return new Matrix(this.rows, this.cols, this.data.slice());
  }

  /** Copies `source` (same shape) into this matrix and returns it. */
  copyFrom(source: Matrix): this {
    if (!isMatrix(source)) throw new TypeError(notMatrixMessage("copyFrom", "source", source));
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
    if (!isMatrix(other)) throw new TypeError(notMatrixMessage("equals", "other", other));
    if (other.rows !== this.rows || other.cols !== this.cols) return false;
    for (let k = 0; k < this.data.length; k++) if (this.data[k] !== other.data[k]) return false;
    return true;
  }

  /**
   * True when shapes match and every pair satisfies `|a − b| ≤ atol + rtol·|b|`.
   * @throws TypeError when `other` is not a matrix or an option is unknown; RangeError when a
   *   tolerance is negative or NaN.
   */
  allClose(other: Matrix, options: CloseOptions = {}): boolean {
    if (!isMatrix(other)) throw new TypeError(notMatrixMessage("allClose", "other", other));
    const { rtol, atol } = closeOptions(options);
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
      throw new RangeError(`${op}: index out of range. Received: [${formatScalar(i)},${formatScalar(j)}] for shape ${formatShape(this)}.`);
    }
    return i * this.cols + j;
  }
}

/**
 * True when `value` has the shape of a {@link Matrix}: integer `rows ≥ 0` and `cols ≥ 0` and
 * `data` a `Float64Array` of `rows × cols` values. It tests the shape, not the class, so that
 * matrices made by another copy of this package (two versions in one app) are accepted. Instances
 * of this copy's class are trusted as their constructor checked them.
 * @example
 * isMatrix(Matrix.zeros(2, 3));                                    // true
 * isMatrix({ rows: 1, cols: 2, data: new Float64Array([1, 2]) }); // true
 * isMatrix([[1, 2]]);                                              // false
 */
export function isMatrix(value: unknown): value is Matrix {
  // A Matrix of this copy was checked when it was built: the instanceof test makes the check
  // nearly free on the hot path; the field test below accepts matrices of other copies.
  if (value instanceof Matrix) return true;
  if (typeof value !== "object" || value === null) return false;
  const { rows, cols, data } = value as { rows: unknown; cols: unknown; data: unknown };
  return (
    typeof rows === "number" && typeof cols === "number" && rows >= 0 && cols >= 0 &&
    Number.isInteger(rows) && Number.isInteger(cols) &&
    isFloat64Array(data) && data.length === rows * cols
  );
}

/** Checks a factory's dimensions and size, naming the factory. */
function checkShape(op: string, rows: number, cols: number): void {
  assertInteger(op, "rows", rows);
  assertInteger(op, "cols", cols);
  assertElementCount(op, rows, cols, OWN_STORAGE);
}

function filled(op: string, rows: number, cols: number, value: number): Matrix {
  checkShape(op, rows, cols);
  assertFiniteNumber(op, "value", value);
  const m = new Matrix(rows, cols);
  m.data.fill(value);
  return m;
}

/** An array, a typed array or another object with an integer `length` (not a string). */
function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  if (typeof value !== "object" || value === null) return false;
  const length = (value as { length?: unknown }).length;
  return typeof length === "number" && Number.isInteger(length) && length >= 0;
}

function rowLength(op: string, rows: ArrayLike<unknown>, i: number): number {
  const row = rows[i];
  if (!isArrayLike(row)) {
    throw new TypeError(`${op}: every row must be an array of numbers. Received: row ${i} is ${describeValue(row)}.`);
  }
  return row.length;
}
