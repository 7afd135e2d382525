import { Matrix } from "@backprop/linalg";

/** What {@link trainTestSplit} can split alongside `x`: labels, targets or a matrix (e.g. one-hot). */
export type SplitTarget = Matrix | Int32Array | Float64Array | readonly number[] | readonly string[];

/** The same container type, holding the chosen rows. */
export type Taken<T extends SplitTarget> = T extends Matrix
  ? Matrix
  : T extends Int32Array
    ? Int32Array
    : T extends Float64Array
      ? Float64Array
      : T extends readonly string[]
        ? string[]
        : number[];

/** Number of samples in `target`: rows of a matrix, entries of an array. */
export function sampleCount(target: SplitTarget): number {
  return target instanceof Matrix ? target.rows : target.length;
}

/** Rows `indices[0], indices[1], …` of a matrix, or those entries of an array, as a new container. */
export function take<T extends SplitTarget>(target: T, indices: Int32Array): Taken<T> {
  if (target instanceof Matrix) {
    const out = new Matrix(indices.length, target.cols);
    indices.forEach((r, i) => out.data.set(target.row(r), i * target.cols));
    return out as Taken<T>;
  }
  if (target instanceof Int32Array) return Int32Array.from(indices, (i) => target[i] as number) as Taken<T>;
  if (target instanceof Float64Array) return Float64Array.from(indices, (i) => target[i] as number) as Taken<T>;
  const values = target as readonly (number | string)[];
  return Array.from(indices, (i) => values[i]) as Taken<T>;
}
