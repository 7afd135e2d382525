import { Matrix, ShapeError, formatShape, isMatrix } from "@backprop/linalg";

/** Throws a TypeError naming `op` and `name` unless `value` is a matrix (nearly free for one: an `instanceof`). */
function assertMatrix(op: string, name: string, value: unknown): void {
  if (isMatrix(value)) return;
  const shown = value === null || value === undefined ? String(value) : typeof value === "object" ? "an object that is not a Matrix" : `${String(value).slice(0, 40)} (${typeof value})`;
  throw new TypeError(`${op}: ${name} must be a Matrix. Received: ${shown}.`);
}

/** The matrix to write `f(z)` into: `out` after a shape check, else a new one like `z`. */
export function forwardTarget(op: string, z: Matrix, out?: Matrix): Matrix {
  assertMatrix(op, "z", z);
  if (out !== undefined) assertMatrix(op, "out", out);
  if (out === undefined) return new Matrix(z.rows, z.cols);
  if (out.rows !== z.rows || out.cols !== z.cols) {
    throw new ShapeError(`${op}: out must have z's shape. Received: out.shape=${formatShape(out)}, z.shape=${formatShape(z)}.`);
  }
  return out;
}

/** Checks `z`, `a`, `dA` (and `out`) share a shape and returns the matrix to write `dZ` into. */
export function backwardTarget(op: string, z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
  assertMatrix(op, "z", z);
  assertMatrix(op, "a", a);
  assertMatrix(op, "dA", dA);
  if (out !== undefined) assertMatrix(op, "out", out);
  if (!sameShape(a, z) || !sameShape(dA, z) || (out !== undefined && !sameShape(out, z))) {
    const outShape = out === undefined ? "" : `, out.shape=${formatShape(out)}`;
    throw new ShapeError(
      `${op}: z, a, dA${out === undefined ? "" : " and out"} must share a shape. ` +
        `Received: z.shape=${formatShape(z)}, a.shape=${formatShape(a)}, dA.shape=${formatShape(dA)}${outShape}.`,
    );
  }
  return out ?? new Matrix(z.rows, z.cols);
}

function sameShape(m: Matrix, z: Matrix): boolean {
  return m.rows === z.rows && m.cols === z.cols;
}
