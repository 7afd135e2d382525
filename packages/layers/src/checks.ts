import { ShapeError, formatShape, type Matrix } from "@backprop/linalg";

/** Throws a RangeError unless `value` is an integer ≥ `min`. */
export function assertInteger(where: string, name: string, value: unknown, min = 1): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${where}: ${name} must be an integer ≥ ${min}. Received: ${name}=${String(value)}.`);
  }
}

/** Throws a RangeError unless `value` is a finite number in `[min, max]` (or `[min, max)` when `openMax`). */
export function assertInRange(where: string, name: string, value: unknown, min: number, max: number, openMax = false): asserts value is number {
  const ok = typeof value === "number" && Number.isFinite(value) && value >= min && (openMax ? value < max : value <= max);
  if (!ok) {
    const range = `${openMax ? `[${min}, ${max})` : `[${min}, ${max}]`}`;
    throw new RangeError(`${where}: ${name} must be a number in ${range}. Received: ${name}=${String(value)}.`);
  }
}

// The hot-path checks take the layer name and the method separately: building `${name}.forward`
// on every call would allocate a string per step.

/** Throws a ShapeError unless `x` has `cols` columns and at least one row. */
export function assertInputWidth(name: string, method: string, x: Matrix, cols: number): void {
  if (x.cols !== cols || x.rows === 0) {
    throw new ShapeError(`${name}.${method}: input must have shape [batch,${cols}] with batch ≥ 1. Received: x.shape=${formatShape(x)}.`);
  }
}

/** Throws a ShapeError unless `dY` has the shape of the output the last `forward` returned. */
export function assertGradShape(name: string, method: string, dY: Matrix, rows: number, cols: number): void {
  if (dY.rows !== rows || dY.cols !== cols) {
    throw new ShapeError(`${name}.${method}: gradient must match the last output. Received: dY.shape=${formatShape(dY)}, expected [${rows},${cols}].`);
  }
}

/** Throws an Error when `backward` runs before any `forward`. */
export function assertForwardRan<T>(name: string, method: string, cache: T | undefined): asserts cache is T {
  if (cache === undefined) throw new Error(`${name}.${method}: call forward before backward.`);
}
