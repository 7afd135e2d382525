import { Matrix } from "@backprop/linalg";
import type { Targets } from "../types.js";

/** Rows `indices` of `m`, in that order (NumPy's `m[indices]`). */
export function takeMatrixRows(m: Matrix, indices: Int32Array): Matrix {
  const out = new Matrix(indices.length, m.cols);
  for (let r = 0; r < indices.length; r++) out.data.set(m.data.subarray((indices[r] as number) * m.cols, ((indices[r] as number) + 1) * m.cols), r * m.cols);
  return out;
}

/** Entries `indices` of a flat list, as the same kind of array (`Int32Array` stays `Int32Array`). */
export function takeEntries<T extends ArrayLike<number>>(list: T, indices: Int32Array): T {
  if (list instanceof Int32Array) return Int32Array.from(indices, (i) => list[i] as number) as unknown as T;
  if (list instanceof Float64Array) return Float64Array.from(indices, (i) => list[i] as number) as unknown as T;
  return Array.from(indices, (i) => list[i] as number) as unknown as T;
}

/** Rows `indices` of targets: a matrix's rows (as a Matrix), or a flat list's entries. */
export function takeTargets(y: Targets | Matrix, indices: Int32Array): Targets {
  return y instanceof Matrix ? takeMatrixRows(y, indices) : takeEntries(y as ArrayLike<number>, indices) as Targets;
}
