import { Matrix } from "@backprop/linalg";

/** Rows at least this wide are copied by `set` (one small view object per row). */
const WIDE_ROW = 64;

/**
 * Copies rows `order[start … start+size)` of `source` into `out` (NumPy's `X[indices][i:i+b]`),
 * or returns `source` itself when the batch is all of it in order.
 */
export function takeRows(source: Matrix, order: Int32Array | null, start: number, out: Matrix): Matrix {
  const cols = source.cols;
  if (order === null && start === 0 && out.rows === source.rows) return source;
  const from = source.data, to = out.data;
  for (let r = 0; r < out.rows; r++) {
    const base = (order === null ? start + r : (order[start + r] as number)) * cols;
    // Narrow rows by an element loop: a subarray view per row would allocate every step. A wide
    // row is worth its view: set() is a memcpy, 2.5× as fast as the loop on 784-wide rows.
    if (cols >= WIDE_ROW) to.set(from.subarray(base, base + cols), r * cols);
    else for (let j = 0; j < cols; j++) to[r * cols + j] = from[base + j] as number;
  }
  return out;
}

/** Per batch size, the x and y buffers a batch is gathered into (allocated once). */
export class BatchBuffers {
  private readonly sets = new Map<number, { x: Matrix; y: Matrix; w: Float64Array }>();

  constructor(private readonly xCols: number, private readonly yCols: number) {}

  get(rows: number): { x: Matrix; y: Matrix; w: Float64Array } {
    let set = this.sets.get(rows);
    if (set === undefined) {
      set = { x: new Matrix(rows, this.xCols), y: new Matrix(rows, this.yCols), w: new Float64Array(rows) };
      this.sets.set(rows, set);
    }
    return set;
  }
}

/** Copies the weights of rows `order[start … start+out.length)` into `out` (the batch's sample weights). */
export function takeWeights(weights: Float64Array, order: Int32Array | null, start: number, out: Float64Array): Float64Array {
  for (let r = 0; r < out.length; r++) out[r] = weights[order === null ? start + r : (order[start + r] as number)] as number;
  return out;
}
