import type { Matrix } from "@backprop/linalg";
import { readOptions } from "../checks.js";
import { asMatrix, checkColumns, checkFitted, checkMatrix, mapColumns, type MatrixInput } from "./input-checks.js";
import { columnMinMax } from "./column-stats.js";
import { JsonReader, join, type FromJSONOptions } from "./json-reader.js";

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
  /** The JSON `type` of this transformer (a brand a pipeline reads instead of checking the class). */
  readonly type = "minMaxScaler" as const;
  readonly featureRange: [number, number];
  readonly clip: boolean;
  dataMin: Float64Array | null = null;
  dataMax: Float64Array | null = null;
  /** Per-column factor (`scale_`). */
  scale: Float64Array | null = null;
  /** Per-column offset (`min_`). */
  min: Float64Array | null = null;

  constructor(options: MinMaxScalerOptions = {}) {
    const { featureRange = [0, 1], clip = false } = readOptions("MinMaxScaler", options, ["featureRange", "clip"]);
    const [a, b] = featureRange;
    if (!Number.isFinite(a) || !Number.isFinite(b) || a >= b) {
      throw new RangeError(`MinMaxScaler: featureRange minimum must be smaller than its maximum. Received: featureRange=[${a}, ${b}].`);
    }
    this.featureRange = [a, b];
    this.clip = clip;
  }

  /** Learns each column's minimum and maximum. @throws RangeError on non-finite values; ShapeError for no rows or no columns. */
  fit(input: MatrixInput): this {
    const x = asMatrix("MinMaxScaler.fit", input);
    checkMatrix("MinMaxScaler.fit", x, 1, 1);
    const { min, max } = columnMinMax(x);
    const [a, b] = this.featureRange;
    this.dataMin = min;
    this.dataMax = max;
    this.scale = min.map((lo, j) => {
      const range = (max[j] as number) - lo;
      // a range beyond float64 (max − min > 1.8e308) is halved on both sides instead
      if (!Number.isFinite(range)) return (b - a) / 2 / ((max[j] as number) / 2 - lo / 2);
      return (b - a) / (range < 10 * Number.EPSILON ? 1 : range);
    });
    this.min = min.map((lo, j) => a - lo * (this.scale as Float64Array)[j]!);
    return this;
  }

  /** `x·scale + min`, then clipped into `featureRange` when `clip` is set. */
  transform(input: MatrixInput): Matrix {
    const x = asMatrix("MinMaxScaler.transform", input);
    const [scale, offset] = this.ready("transform", x);
    const [a, b] = this.featureRange;
    return mapColumns(x, (v, j) => {
      const t = v * (scale[j] as number) + (offset[j] as number);
      return this.clip ? Math.min(Math.max(t, a), b) : t;
    });
  }

  /** `fit(x)` then `transform(x)`. */
  fitTransform(input: MatrixInput): Matrix {
    const x = asMatrix("MinMaxScaler.fitTransform", input);
    return this.fit(x).transform(x);
  }

  /** `(x' − min) / scale`: undoes {@link transform}. */
  inverseTransform(input: MatrixInput): Matrix {
    const z = asMatrix("MinMaxScaler.inverseTransform", input);
    const [scale, offset] = this.ready("inverseTransform", z);
    return mapColumns(z, (v, j) => (v - (offset[j] as number)) / (scale[j] as number));
  }

  /** The settings and fitted statistics as plain JSON. @throws Error before fit. */
  toJSON(): MinMaxScalerJSON {
    const scale = checkFitted("MinMaxScaler.toJSON", this.scale);
    const list = (a: Float64Array | null): number[] => Array.from(a as Float64Array);
    return { type: "minMaxScaler", featureRange: [...this.featureRange], clip: this.clip, dataMin: list(this.dataMin), dataMax: list(this.dataMax), scale: list(scale), min: list(this.min) };
  }

  /**
   * Rebuilds a fitted scaler from {@link toJSON}'s output, checking every field: `featureRange`
   * increasing, `dataMin ≤ dataMax` entry by entry, `scale` finite and > 0, `min` finite, all of
   * one length; no other field.
   * @param path the field path errors start with (e.g. `"preprocessing.steps[0]"`).
   * @throws TypeError / RangeError naming the first bad field and entry.
   */
  static fromJSON(json: unknown, path = "", options: FromJSONOptions = {}): MinMaxScaler {
    return readMinMaxScaler(new JsonReader("MinMaxScaler.fromJSON", options), json, path);
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

/** MinMaxScaler's JSON read with a shared {@link JsonReader} (so a pipeline's steps share its budget and paths). */
export function readMinMaxScaler(r: JsonReader, json: unknown, path: string, width?: number): MinMaxScaler {
  const obj = r.object(json, path, ["type", "featureRange", "clip", "dataMin", "dataMax", "scale", "min"], "minMaxScaler");
  const at = (f: string): string => join(path, f);
  const range = r.numbers(obj.featureRange, at("featureRange"), 2, "[low, high]");
  if (!((range[0] as number) < (range[1] as number))) r.fail(at("featureRange"), "must be increasing ([low, high] with low < high)", `[${range.join(", ")}]`, true);
  const scaler = new MinMaxScaler({ featureRange: [range[0] as number, range[1] as number], clip: r.boolean(obj.clip, at("clip")) });
  const dataMin = r.numbers(obj.dataMin, at("dataMin"), width, "one per input column");
  const n = dataMin.length;
  if (n === 0) r.fail(at("dataMin"), "must not be empty", obj.dataMin, true);
  const dataMax = r.numbers(obj.dataMax, at("dataMax"), n, "one per dataMin", `a finite number ≥ dataMin at the same index`, (v, k) => v >= (dataMin[k] as number));
  scaler.scale = r.numbers(obj.scale, at("scale"), n, "one per dataMin", "a finite number > 0", (v) => v > 0);
  scaler.min = r.numbers(obj.min, at("min"), n, "one per dataMin");
  scaler.dataMin = dataMin;
  scaler.dataMax = dataMax;
  return scaler;
}
