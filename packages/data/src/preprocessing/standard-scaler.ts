import type { Matrix } from "@backprop/linalg";
import { readOptions } from "../checks.js";
import { asMatrix, checkColumns, checkFitted, checkMatrix, mapColumns, type MatrixInput } from "./input-checks.js";
import { columnMoments, type ArrayOrder } from "./column-stats.js";
import { JsonReader, join, type FromJSONOptions } from "./json-reader.js";

/** Options of {@link StandardScaler}, scikit-learn's parameters. */
export interface StandardScalerOptions {
  /** Subtract each column's mean (default true). */
  withMean?: boolean;
  /** Divide by each column's standard deviation (default true). */
  withStd?: boolean;
}

/** A fitted {@link StandardScaler} as plain JSON. */
export interface StandardScalerJSON {
  type: "standardScaler";
  withMean: boolean;
  withStd: boolean;
  nSamplesSeen: number;
  mean: number[];
  variance: number[] | null;
  scale: number[] | null;
}

/**
 * Standardizes columns as scikit-learn's `StandardScaler`: `z = (x − μ) / s` with the population
 * standard deviation `s = √σ²`; a constant column (see `isConstantFeature`) gets `s = 1`, so it maps
 * to 0 instead of dividing by zero. Statistics match scikit-learn's `mean_`, `var_`, `scale_`.
 *
 * @example
 * const scaler = new StandardScaler();
 * scaler.fitTransform(Matrix.from([[0, 5], [2, 5]])).toArray(); // [[-1, 0], [1, 0]]
 * scaler.mean;  // Float64Array [1, 5]
 * scaler.scale; // Float64Array [1, 1]
 * @throws RangeError / ShapeError from `fit` and `transform` for non-finite values or a wrong
 *   column count; Error when used before `fit`.
 */
export class StandardScaler {
  /** The JSON `type` of this transformer (a brand a pipeline reads instead of checking the class). */
  readonly type = "standardScaler" as const;
  readonly withMean: boolean;
  readonly withStd: boolean;
  /** Column means (`mean_`), `null` until fitted. */
  mean: Float64Array | null = null;
  /** Column population variances (`var_`), `null` until fitted or when `withStd` is false. */
  variance: Float64Array | null = null;
  /** Divisors used by `transform` (`scale_`), `null` until fitted or when `withStd` is false. */
  scale: Float64Array | null = null;
  /** Rows seen by `fit` (`n_samples_seen_`). */
  nSamplesSeen = 0;

  constructor(options: StandardScalerOptions = {}) {
    const { withMean = true, withStd = true } = readOptions("StandardScaler", options, ["withMean", "withStd"]);
    this.withMean = withMean;
    this.withStd = withStd;
  }

  /**
   * Learns each column's mean and standard deviation.
   * @param order `"F"` sums each column pairwise, as NumPy does on a Fortran-ordered array (what a
   *   `ColumnTransformer` chain gets in scikit-learn); `"C"` (default) sums row by row.
   * @throws RangeError on non-finite values, no rows or no columns.
   */
  fit(input: MatrixInput, order: ArrayOrder = "C"): this {
    const x = asMatrix("StandardScaler.fit", input);
    checkMatrix("StandardScaler.fit", x, 1, 1);
    const { mean, variance, sd, constant } = columnMoments(x, order);
    this.mean = mean;
    this.nSamplesSeen = x.rows;
    this.variance = this.withStd ? variance : null;
    this.scale = this.withStd ? sd.map((s, j) => (constant[j] ? 1 : s)) : null;
    return this;
  }

  /** `(x − μ) / s` column by column (each step only when enabled). @throws Error before fit; ShapeError on a column mismatch. */
  transform(input: MatrixInput): Matrix {
    const x = asMatrix("StandardScaler.transform", input);
    const mean = this.ready("transform", x);
    const scale = this.scale;
    return mapColumns(x, (v, j) => {
      const z = this.withMean ? v - (mean[j] as number) : v;
      if (scale === null) return z;
      // x − μ can overflow when both are near ±1.8e308; x/s − μ/s cannot.
      if (!Number.isFinite(z)) return v / (scale[j] as number) - (mean[j] as number) / (scale[j] as number);
      return z / (scale[j] as number);
    });
  }

  /** `fit(x, order)` then `transform(x)`. */
  fitTransform(input: MatrixInput, order: ArrayOrder = "C"): Matrix {
    const x = asMatrix("StandardScaler.fitTransform", input);
    return this.fit(x, order).transform(x);
  }

  /** `z·s + μ`: undoes {@link transform}. */
  inverseTransform(input: MatrixInput): Matrix {
    const z = asMatrix("StandardScaler.inverseTransform", input);
    const mean = this.ready("inverseTransform", z);
    const scale = this.scale;
    return mapColumns(z, (v, j) => {
      let x = scale !== null ? v * (scale[j] as number) : v;
      if (this.withMean) x += mean[j] as number;
      // z·s can overflow on its way back to a finite x; (z + μ/s)·s cannot.
      if (!Number.isFinite(x) && scale !== null && this.withMean) x = (v + (mean[j] as number) / (scale[j] as number)) * (scale[j] as number);
      return x;
    });
  }

  /** The settings and fitted statistics as plain JSON. @throws Error before fit. */
  toJSON(): StandardScalerJSON {
    const mean = checkFitted("StandardScaler.toJSON", this.mean);
    const list = (a: Float64Array | null): number[] | null => (a === null ? null : Array.from(a));
    return { type: "standardScaler", withMean: this.withMean, withStd: this.withStd, nSamplesSeen: this.nSamplesSeen, mean: Array.from(mean), variance: list(this.variance), scale: list(this.scale) };
  }

  /**
   * Rebuilds a fitted scaler from {@link toJSON}'s output, checking every field: `mean` finite,
   * `variance` finite and ≥ 0, `scale` finite and > 0, both of `mean`'s length (and `null` exactly
   * when `withStd` is false), `nSamplesSeen` an integer ≥ 1; no other field.
   * @param path the field path errors start with (e.g. `"preprocessing.steps[0]"`).
   * @throws TypeError / RangeError naming the first bad field and entry (`scale[3] must be a finite number > 0. Received: -1.`).
   */
  static fromJSON(json: unknown, path = "", options: FromJSONOptions = {}): StandardScaler {
    return readStandardScaler(new JsonReader("StandardScaler.fromJSON", options), json, path);
  }

  private ready(method: string, x: Matrix): Float64Array {
    const mean = checkFitted(`StandardScaler.${method}`, this.mean);
    checkMatrix(`StandardScaler.${method}`, x);
    checkColumns(`StandardScaler.${method}`, x, mean.length);
    return mean;
  }
}

/**
 * Factory for {@link StandardScaler}.
 * @example
 * standardScaler({ withMean: false }).withMean; // false
 */
export function standardScaler(options: StandardScalerOptions = {}): StandardScaler {
  return new StandardScaler(options);
}

/** StandardScaler's JSON read with a shared {@link JsonReader} (so a pipeline's steps share its budget and paths). */
export function readStandardScaler(r: JsonReader, json: unknown, path: string, width?: number): StandardScaler {
  const obj = r.object(json, path, ["type", "withMean", "withStd", "nSamplesSeen", "mean", "variance", "scale"], "standardScaler");
  const at = (f: string): string => join(path, f);
  const scaler = new StandardScaler({ withMean: r.boolean(obj.withMean, at("withMean")), withStd: r.boolean(obj.withStd, at("withStd")) });
  scaler.nSamplesSeen = r.integer(obj.nSamplesSeen, at("nSamplesSeen"), 1);
  const mean = r.numbers(obj.mean, at("mean"), width, "one per input column");
  if (mean.length === 0) r.fail(at("mean"), "must not be empty", obj.mean, true);
  const n = mean.length;
  for (const field of ["variance", "scale"] as const) {
    if ((obj[field] === null) !== !scaler.withStd) r.fail(at(field), scaler.withStd ? "must be an array when withStd is true" : "must be null when withStd is false", obj[field]);
  }
  if (scaler.withStd) {
    scaler.variance = r.numbers(obj.variance, at("variance"), n, "one per mean", "a finite number ≥ 0", (v) => v >= 0);
    scaler.scale = r.numbers(obj.scale, at("scale"), n, "one per mean", "a finite number > 0", (v) => v > 0);
  }
  scaler.mean = mean;
  return scaler;
}
