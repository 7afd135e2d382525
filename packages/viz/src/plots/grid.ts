import { Matrix, ShapeError } from "@backprop/linalg";
import { clampFinite } from "../scale/fraction.js";

/** A model's forward pass: `n×2` grid points in, `n×1` probabilities (binary) or `n×k` (multi-class) out. */
export type PredictFn = (x: Matrix) => { rows: number; cols: number; data: ArrayLike<number> };

/** The plane region `[x0, x1] × [y0, y1]` a decision map covers. */
export interface Domain {
  x: readonly [number, number];
  y: readonly [number, number];
}

/** Predictions over an `nx×ny` grid of cell centres; row 0 is the top (largest y). */
export interface Grid {
  nx: number;
  ny: number;
  /** True when the model returned one probability column (`P(class 1)`). */
  binary: boolean;
  /** Number of classes: 2 for one probability column, else the column count. */
  classes: number;
  /** Predicted class per cell (binary: `p ≥ 0.5`). */
  cls: Int32Array;
  /** Binary: `P(class 1)`. Multi-class: the winning probability. */
  p: Float64Array;
}

/**
 * Evaluates `predictFn` once on all cell centres `(x0 + (i + ½)·Δx, y1 − (j + ½)·Δy)`.
 * @throws RangeError for an empty or non-finite domain; ShapeError when the output has the wrong
 * number of rows; RangeError when a value is not finite (or, for one column, not a probability in [0, 1]).
 * @example
 * evaluateGrid("f", (m) => Matrix.fill(m.rows, 1, 0.7), { x: [0, 1], y: [0, 1] }, 2, 2).cls; // Int32Array [1, 1, 1, 1]
 */
export function evaluateGrid(where: string, predictFn: PredictFn, domain: Domain, nx: number, ny: number): Grid {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  if (![x0, x1, y0, y1].every(Number.isFinite) || !(x0 < x1) || !(y0 < y1)) {
    throw new RangeError(`${where}: domain must be finite with x0 < x1 and y0 < y1. Received: domain.x=[${domain.x}], domain.y=[${domain.y}].`);
  }
  const n = nx * ny;
  const input = new Matrix(n, 2);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      input.data[2 * (j * nx + i)] = x0 + ((i + 0.5) * (x1 - x0)) / nx;
      input.data[2 * (j * nx + i) + 1] = y1 - ((j + 0.5) * (y1 - y0)) / ny;
    }
  }
  const out = predictFn(input);
  if (out.rows !== n || !(out.cols >= 1) || out.data.length !== out.rows * out.cols) {
    throw new ShapeError(`${where}: predictFn must return one row per grid point. Received: output.shape=[${out.rows},${out.cols}], expected [${n},k].`);
  }
  const k = out.cols;
  const cls = new Int32Array(n);
  const p = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let c = 0; c < k; c++) {
      const v = out.data[r * k + c] as number;
      if (!Number.isFinite(v) || (k === 1 && (v < 0 || v > 1))) {
        const rule = k === 1 ? "probabilities in [0, 1]" : "finite scores";
        throw new RangeError(`${where}: predictFn must return ${rule}. Received: output[${r}][${c}]=${v}.`);
      }
      if (v > (out.data[r * k + best] as number)) best = c;
    }
    const top = out.data[r * k + best] as number;
    p[r] = k === 1 ? top : Math.max(0, Math.min(1, top));
    cls[r] = k === 1 ? (top >= 0.5 ? 1 : 0) : best;
  }
  return { nx, ny, binary: k === 1, classes: k === 1 ? 2 : k, cls, p };
}

/**
 * The default region: the data range widened by `pad` each side (seed 000 uses `X.min() − 1`, `X.max() + 1`),
 * or by 10 % of its magnitude where `pad` is too small to change a single value (|x| above ~9e15).
 * @example
 * paddedDomain({ x: new Float64Array([0, 2]), y: new Float64Array([1, 1]) }); // { x: [-1, 3], y: [0, 2] }
 */
export function paddedDomain(xy: { x: ArrayLike<number>; y: ArrayLike<number> }, pad = 1): Domain {
  let [ax, bx, ay, by] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xy.x.length; i++) {
    ax = Math.min(ax, xy.x[i] as number);
    bx = Math.max(bx, xy.x[i] as number);
    ay = Math.min(ay, xy.y[i] as number);
    by = Math.max(by, xy.y[i] as number);
  }
  if (xy.x.length === 0) [ax, bx, ay, by] = [0, 0, 0, 0];
  return { x: padRange(ax, bx, pad), y: padRange(ay, by, pad) };
}

/** `[lo − pad, hi + pad]`; where `pad` is lost in rounding (|x| above ~9e15), 10 % of the magnitude instead. */
function padRange(lo: number, hi: number, pad: number): [number, number] {
  const a = lo - pad;
  const b = hi + pad;
  if (a < b) return [a, b];
  const wide = Math.abs(lo) * 0.1;
  return [clampFinite(lo - wide), clampFinite(hi + wide)];
}
