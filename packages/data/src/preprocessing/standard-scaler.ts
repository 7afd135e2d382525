import type { Matrix } from "@backprop/linalg";
import { checkColumns, checkFitted, checkMatrix, mapColumns } from "./input-checks.js";
import { columnMeanVar, isConstantFeature } from "./column-stats.js";
import { readBoolean, readNumbers, readNumbersOrNull, readObject } from "./json-fields.js";

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

  constructor({ withMean = true, withStd = true }: StandardScalerOptions = {}) {
    this.withMean = withMean;
    this.withStd = withStd;
  }

  /** Learns each column's mean and standard deviation. @throws RangeError on non-finite values or no rows. */
  fit(x: Matrix): this {
    checkMatrix("StandardScaler.fit", x, 1);
    const { mean, variance } = columnMeanVar(x);
    this.mean = mean;
    this.nSamplesSeen = x.rows;
    this.variance = this.withStd ? variance : null;
    this.scale = this.withStd ? variance.map((v, j) => (isConstantFeature(v, mean[j] as number, x.rows) ? 1 : Math.sqrt(v))) : null;
    return this;
  }

  /** `(x − μ) / s` column by column (each step only when enabled). @throws Error before fit; ShapeError on a column mismatch. */
  transform(x: Matrix): Matrix {
    const mean = this.ready("transform", x);
    const scale = this.scale;
    return mapColumns(x, (v, j) => {
      let z = this.withMean ? v - (mean[j] as number) : v;
      if (scale !== null) z /= scale[j] as number;
      return z;
    });
  }

  /** `fit(x)` then `transform(x)`. */
  fitTransform(x: Matrix): Matrix {
    return this.fit(x).transform(x);
  }

  /** `z·s + μ`: undoes {@link transform}. */
  inverseTransform(z: Matrix): Matrix {
    const mean = this.ready("inverseTransform", z);
    const scale = this.scale;
    return mapColumns(z, (v, j) => {
      let x = scale !== null ? v * (scale[j] as number) : v;
      if (this.withMean) x += mean[j] as number;
      return x;
    });
  }

  /** The settings and fitted statistics as plain JSON. @throws Error before fit. */
  toJSON(): StandardScalerJSON {
    const mean = checkFitted("StandardScaler.toJSON", this.mean);
    const list = (a: Float64Array | null): number[] | null => (a === null ? null : Array.from(a));
    return { type: "standardScaler", withMean: this.withMean, withStd: this.withStd, nSamplesSeen: this.nSamplesSeen, mean: Array.from(mean), variance: list(this.variance), scale: list(this.scale) };
  }

  /** Rebuilds a fitted scaler from {@link toJSON}'s output. @throws TypeError naming the first bad field. */
  static fromJSON(json: unknown): StandardScaler {
    const op = "StandardScaler.fromJSON";
    const obj = readObject(op, json, "standardScaler");
    const scaler = new StandardScaler({ withMean: readBoolean(op, obj, "withMean"), withStd: readBoolean(op, obj, "withStd") });
    scaler.mean = readNumbers(op, obj, "mean");
    const n = scaler.mean.length;
    scaler.variance = readNumbersOrNull(op, obj, "variance", n);
    scaler.scale = readNumbersOrNull(op, obj, "scale", n);
    if (scaler.withStd && (scaler.scale === null || scaler.variance === null)) {
      throw new TypeError(`${op}: scale and variance must be arrays when withStd is true. Received: scale=${JSON.stringify(obj.scale)}.`);
    }
    const seen = obj.nSamplesSeen;
    if (typeof seen !== "number" || !Number.isInteger(seen) || seen < 1) {
      throw new TypeError(`${op}: nSamplesSeen must be an integer ≥ 1. Received: nSamplesSeen=${JSON.stringify(seen)}.`);
    }
    scaler.nSamplesSeen = seen;
    return scaler;
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
