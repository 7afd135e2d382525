import { show } from "./labels.js";

/** Any row-major matrix with `rows`, `cols` and `data` — a `Matrix` from `@backprop/linalg` fits. */
export interface MatrixLike {
  readonly rows: number;
  readonly cols: number;
  readonly data: ArrayLike<number>;
}

/**
 * Numbers per sample: a flat array (one value each), a `number[][]` (one row each) or a
 * {@link MatrixLike}. Used for scores, probabilities and regression targets.
 */
export type Numbers = ArrayLike<number> | ArrayLike<ArrayLike<number>> | MatrixLike;

/** Numbers read into one row-major block: `oneD` when the input was a flat array. */
export interface Table {
  rows: number;
  cols: number;
  data: Float64Array;
  oneD: boolean;
}

function isMatrixLike(x: object): x is MatrixLike {
  return "rows" in x && "cols" in x && "data" in x;
}

/**
 * Reads {@link Numbers} into a {@link Table}, refusing empty input, ragged rows and values that
 * are not finite numbers.
 * @throws TypeError for a wrong type; RangeError naming the first bad entry.
 */
export function readNumbers(op: string, name: string, x: Numbers): Table {
  if (x === null || typeof x !== "object") throw new TypeError(`${op}: ${name} must be an array or a matrix of numbers. Received: ${name}=${String(x)}.`);
  let table: Table;
  if (isMatrixLike(x)) {
    const { rows, cols, data } = x;
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0 || data.length !== rows * cols) {
      throw new RangeError(`${op}: ${name} must be a matrix whose data holds rows × cols values. Received: rows=${rows}, cols=${cols}, data.length=${data.length}.`);
    }
    table = { rows, cols, data: Float64Array.from(data), oneD: false };
  } else if (x.length > 0 && typeof x[0] === "object" && x[0] !== null) {
    table = readRows(op, name, x as ArrayLike<ArrayLike<number>>);
  } else {
    table = { rows: x.length, cols: 1, data: new Float64Array(x.length), oneD: true };
    for (let i = 0; i < x.length; i++) table.data[i] = checkNumber(op, `${name}[${i}]`, (x as ArrayLike<unknown>)[i]);
  }
  if (table.rows === 0 || table.cols === 0) throw new RangeError(`${op}: ${name} must not be empty. Received: ${name} with shape [${table.rows},${table.cols}].`);
  if (!table.oneD) table.data.forEach((v, k) => checkNumber(op, `${name}[${Math.floor(k / table.cols)},${k % table.cols}]`, v));
  return table;
}

function readRows(op: string, name: string, x: ArrayLike<ArrayLike<number>>): Table {
  const rows = x.length;
  const cols = (x[0] as ArrayLike<number>).length;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = x[i];
    if (row === null || typeof row !== "object" || row.length !== cols) {
      throw new RangeError(`${op}: every row of ${name} must have ${cols} values. Received: ${name}[${i}]=${show(row)}.`);
    }
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      if (typeof v !== "number") throw new TypeError(`${op}: ${name} must hold numbers. Received: ${name}[${i}][${j}]=${show(v)}.`);
      data[i * cols + j] = v;
    }
  }
  return { rows, cols, data, oneD: false };
}

function checkNumber(op: string, where: string, v: unknown): number {
  if (typeof v !== "number") throw new TypeError(`${op}: values must be numbers. Received: ${where}=${show(v)}.`);
  if (!Number.isFinite(v)) throw new RangeError(`${op}: values must be finite numbers. Received: ${where}=${String(v)}.`);
  return v;
}

/** Column `j` of a table, copied out. */
export function column(t: Table, j: number): Float64Array {
  const out = new Float64Array(t.rows);
  for (let i = 0; i < t.rows; i++) out[i] = t.data[i * t.cols + j] as number;
  return out;
}
