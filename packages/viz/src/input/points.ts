import type { Matrix } from "@backprop/linalg";

/** 2-D points: an `n×2` Matrix or an array of `[x, y]` pairs. */
export type Points2D = Matrix | ArrayLike<ArrayLike<number>>;
/** Integer class labels `0…k−1`, one per point. */
export type Labels = Int32Array | ArrayLike<number>;

/** Points split into coordinate columns. */
export interface XY {
  x: Float64Array;
  y: Float64Array;
}

function isMatrixLike(p: unknown): p is Matrix {
  return typeof p === "object" && p !== null && "rows" in p && "cols" in p && "data" in p;
}

/**
 * Reads `n×2` points into two columns.
 * @throws RangeError when a point does not have two coordinates or a coordinate is not finite.
 * @example
 * toXY("scatter", [[1, 2], [3, 4]]).y; // Float64Array [2, 4]
 */
export function toXY(where: string, points: Points2D): XY {
  const matrix = isMatrixLike(points);
  const n = matrix ? points.rows : points.length;
  if (matrix && points.cols !== 2) {
    throw new RangeError(`${where}: points must have exactly 2 columns. Received: points.shape=[${points.rows},${points.cols}].`);
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = matrix ? undefined : (points as ArrayLike<ArrayLike<number>>)[i];
    if (row !== undefined && row.length !== 2) {
      throw new RangeError(`${where}: every point must have exactly 2 coordinates. Received: points[${i}].length=${row.length}.`);
    }
    const xi = matrix ? (points.data[2 * i] as number) : (row?.[0] as number);
    const yi = matrix ? (points.data[2 * i + 1] as number) : (row?.[1] as number);
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) {
      throw new RangeError(`${where}: point coordinates must be finite numbers. Received: points[${i}]=[${xi},${yi}].`);
    }
    x[i] = xi;
    y[i] = yi;
  }
  return { x, y };
}

/**
 * Reads class labels, checking there is one non-negative integer per point.
 * @throws RangeError when the count differs from `n` or a label is not a non-negative integer.
 * @example
 * toLabels("scatter", [0, 1, 1], 3); // Int32Array [0, 1, 1]
 */
export function toLabels(where: string, labels: Labels, n: number, name = "labels"): Int32Array {
  if (labels.length !== n) {
    throw new RangeError(`${where}: ${name} must have one entry per point. Received: ${name}.length=${labels.length}, points=${n}.`);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = labels[i] as number;
    // Above 2³¹ − 1 an Int32Array would wrap the class to a negative one.
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) {
      throw new RangeError(`${where}: ${name} must be non-negative integers. Received: ${name}[${i}]=${v}.`);
    }
    out[i] = v;
  }
  return out;
}

/** `[min, max]` of a column (`[0, 0]` when empty). */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return values.length === 0 ? [0, 0] : [lo, hi];
}

/**
 * One more than the largest label in any of `lists`, at least `min`: the number of classes they use.
 * A loop: spreading the labels into `Math.max` overflows the call stack past ~100k labels.
 * @example
 * classCount(1, [0, 2], [1]); // 3
 */
export function classCount(min: number, ...lists: ArrayLike<number>[]): number {
  let count = min;
  for (const list of lists) for (let i = 0; i < list.length; i++) count = Math.max(count, (list[i] as number) + 1);
  return count;
}
