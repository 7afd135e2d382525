import { Matrix, ShapeError, formatShape } from "@backprop/linalg";

/** Throws a ShapeError unless `pred` and `target` share a non-empty shape. */
export function assertPair(op: string, pred: Matrix, target: Matrix): void {
  if (pred.rows !== target.rows || pred.cols !== target.cols) {
    throw new ShapeError(
      `${op}: pred and target must share a shape. Received: pred.shape=${formatShape(pred)}, target.shape=${formatShape(target)}.`,
    );
  }
  if (pred.size === 0) throw new ShapeError(`${op}: pred must not be empty. Received: pred.shape=${formatShape(pred)}.`);
}

/** Checks the pair and returns the matrix to write the gradient into. */
export function gradientTarget(op: string, pred: Matrix, target: Matrix, out?: Matrix): Matrix {
  assertPair(op, pred, target);
  if (out === undefined) return new Matrix(pred.rows, pred.cols);
  if (out.rows !== pred.rows || out.cols !== pred.cols) {
    throw new ShapeError(`${op}: out must have pred's shape. Received: out.shape=${formatShape(out)}, pred.shape=${formatShape(pred)}.`);
  }
  return out;
}

/** Throws a RangeError naming the first target value that is not a finite number. */
export function assertFiniteTarget(op: string, target: Matrix): void {
  const t = target.data;
  for (let k = 0; k < t.length; k++) {
    if (!Number.isFinite(t[k] as number)) {
      throw new RangeError(`${op}: target values must be finite numbers. Received: ${at(target, k)}=${String(t[k])}.`);
    }
  }
}

/** `target[i,j]` for flat index `k`, as error messages show it. */
export function at(target: Matrix, k: number): string {
  return `target[${Math.floor(k / target.cols)},${k % target.cols}]`;
}

/**
 * Checks optional per-sample weights against `m` rows: a `Float64Array` of `m` finite values ≥ 0.
 *
 * @throws TypeError when `sampleWeight` is not a Float64Array; RangeError for a wrong length or value.
 */
export function assertSampleWeight(op: string, sampleWeight: Float64Array, m: number): void {
  if (!(sampleWeight instanceof Float64Array)) {
    const shown = sampleWeight === null ? "null" : Array.isArray(sampleWeight) ? "an Array" : typeof sampleWeight;
    throw new TypeError(`${op}: sampleWeight must be a Float64Array. Received: ${shown}.`);
  }
  if (sampleWeight.length !== m) {
    throw new RangeError(`${op}: sampleWeight must have one entry per row of pred. Received: sampleWeight.length=${sampleWeight.length}, pred.rows=${m}.`);
  }
  for (let i = 0; i < m; i++) {
    const w = sampleWeight[i] as number;
    if (!(w >= 0 && w < Infinity)) {
      throw new RangeError(`${op}: sampleWeight values must be finite and ≥ 0. Received: sampleWeight[${i}]=${w}.`);
    }
  }
}

/** The RangeError for a prediction `pred[k]` that is not a probability (`< 0` or `> 1`). */
export function probabilityError(op: string, pred: Matrix, k: number): RangeError {
  const where = `pred[${Math.floor(k / pred.cols)},${k % pred.cols}]`;
  return new RangeError(`${op}: predictions must be probabilities in [0, 1]. Received: ${where}=${String(pred.data[k])}.`);
}
