import type { Matrix } from "@backprop/linalg";
import { checkColumns, checkFitted, checkMatrix, mapColumns } from "./input-checks.js";
import { columnMinMax } from "./column-stats.js";
import { readBoolean, readNumbers, readObject } from "./json-fields.js";

/** Options of {@link MinMaxScaler}, scikit-learn's parameters. */
export interface MinMaxScalerOptions {
  /** Target `[low, high]` of every column (default `[0, 1]`). */
  featureRange?: readonly [number, number];
  /** Clip transformed values of new data into `featureRange` (default false). */
  clip?: boolean;
}

/** A fitted {@link MinMaxScaler} as plain JSON. */
export interface MinMaxScalerJSON {
  type: "minMaxScaler";
  featureRange: [number, number];
  clip: boolean;
  dataMin: number[];
  dataMax: number[];
  scale: number[];
  min: number[];
}

/**
 * Rescales columns into `featureRange = [a, b]` as scikit-learn's `MinMaxScaler`:
 * `x' = x·scale + min` with `scale = (b − a) / (max − min)` and `min = a − dataMin·scale`; a
 * constant column uses range 1 (so it maps to `a`). Statistics match `scale_`, `min_`, `data_min_`.
 *
 * @throws RangeError when `featureRange[0] ≥ featureRange[1]`.
 * @example
 * const scaler = new MinMaxScaler({ featureRange: [-1, 1] });
 * scaler.fitTransform(Matrix.from([[0], [5], [10]])).toArray(); // [[-1], [0], [1]]
 */
export class MinMaxScaler {
  readonly featureRange: [number, number];
  readonly clip: boolean;
  dataMin: Float64Array | null = null;
  dataMax: Float64Array | null = null;
  /** Per-column factor (`scale_`). */
  scale: Float64Array | null = null;
  /** Per-column offset (`min_`). */
  min: Float64Array | null = null;

  constructor({ featureRange = [0, 1], clip = false }: MinMaxScalerOptions = {}) {
    const [a, b] = featureRange;
    if (!Number.isFinite(a) || !Number.isFinite(b) || a >= b) {
      throw new RangeError(`MinMaxScaler: featureRange minimum must be smaller than its maximum. Received: featureRange=[${a}, ${b}].`);
    }
    this.featureRange = [a, b];
    this.clip = clip;
  }

  /** Learns each column's minimum and maximum. @throws RangeError on non-finite values or no rows. */
  fit(x: Matrix): this {
    checkMatrix("MinMaxScaler.fit", x, 1);
    const { min, max } = columnMinMax(x);
    const [a, b] = this.featureRange;
    this.dataMin = min;
    this.dataMax = max;
    this.scale = min.map((lo, j) => {
      const range = (max[j] as number) - lo;
      return (b - a) / (range < 10 * Number.EPSILON ? 1 : range);
    });
    this.min = min.map((lo, j) => a - lo * (this.scale as Float64Array)[j]!);
    return this;
  }

  /** `x·scale + min`, then clipped into `featureRange` when `clip` is set. */
  transform(x: Matrix): Matrix {
    const [scale, offset] = this.ready("transform", x);
    const [a, b] = this.featureRange;
    return mapColumns(x, (v, j) => {
      const t = v * (scale[j] as number) + (offset[j] as number);
      return this.clip ? Math.min(Math.max(t, a), b) : t;
    });
  }

  /** `fit(x)` then `transform(x)`. */
  fitTransform(x: Matrix): Matrix {
    return this.fit(x).transform(x);
  }

  /** `(x' − min) / scale`: undoes {@link transform}. */
  inverseTransform(z: Matrix): Matrix {
    const [scale, offset] = this.ready("inverseTransform", z);
    return mapColumns(z, (v, j) => (v - (offset[j] as number)) / (scale[j] as number));
  }

  /** The settings and fitted statistics as plain JSON. @throws Error before fit. */
  toJSON(): MinMaxScalerJSON {
    const scale = checkFitted("MinMaxScaler.toJSON", this.scale);
    const list = (a: Float64Array | null): number[] => Array.from(a as Float64Array);
    return { type: "minMaxScaler", featureRange: [...this.featureRange], clip: this.clip, dataMin: list(this.dataMin), dataMax: list(this.dataMax), scale: list(scale), min: list(this.min) };
  }

  /** Rebuilds a fitted scaler from {@link toJSON}'s output. @throws TypeError naming the first bad field. */
  static fromJSON(json: unknown): MinMaxScaler {
    const op = "MinMaxScaler.fromJSON";
    const obj = readObject(op, json, "minMaxScaler");
    const range = readNumbers(op, obj, "featureRange", 2);
    const scaler = new MinMaxScaler({ featureRange: [range[0] as number, range[1] as number], clip: readBoolean(op, obj, "clip") });
    scaler.scale = readNumbers(op, obj, "scale");
    const n = scaler.scale.length;
    scaler.min = readNumbers(op, obj, "min", n);
    scaler.dataMin = readNumbers(op, obj, "dataMin", n);
    scaler.dataMax = readNumbers(op, obj, "dataMax", n);
    return scaler;
  }

  private ready(method: string, x: Matrix): [Float64Array, Float64Array] {
    const scale = checkFitted(`MinMaxScaler.${method}`, this.scale);
    checkMatrix(`MinMaxScaler.${method}`, x);
    checkColumns(`MinMaxScaler.${method}`, x, scale.length);
    return [scale, this.min as Float64Array];
  }
}

/**
 * Factory for {@link MinMaxScaler}.
 * @example
 * minMaxScaler({ featureRange: [-1, 1] }).featureRange; // [-1, 1]
 */
export function minMaxScaler(options: MinMaxScalerOptions = {}): MinMaxScaler {
  return new MinMaxScaler(options);
}
