import { Matrix, ShapeError } from "@backprop/linalg";
import { readOptions } from "../checks.js";
import { checkFitted } from "./input-checks.js";
import type { ArrayOrder } from "./column-stats.js";
import { meanOf, medianOf, mostFrequentOf, type ImputeStrategy } from "./impute-statistics.js";
import { JsonReader, join, type FromJSONOptions } from "./json-reader.js";

export type { ImputeStrategy } from "./impute-statistics.js";

/** Options of {@link SimpleImputer}, scikit-learn's parameters. */
export interface SimpleImputerOptions {
  /** What replaces a missing value in each column (default `"mean"`). */
  strategy?: ImputeStrategy;
  /** The value used by `"constant"` (default `0` for numbers, `"missing_value"` for text). */
  fillValue?: number | string;
}

/** Rows of text cells, `null` where a value is missing. */
export type TextRows = readonly (readonly (string | null)[])[];

/** A fitted {@link SimpleImputer} as plain JSON. */
export interface SimpleImputerJSON {
  type: "simpleImputer";
  strategy: ImputeStrategy;
  fillValue: number | string | null;
  kind: "numeric" | "categorical";
  /** The value filled into each column (`statistics_`). */
  statistics: number[] | string[];
}

const STRATEGIES: readonly ImputeStrategy[] = ["mean", "median", "most_frequent", "constant"];

/**
 * Fills missing values column by column as scikit-learn's `SimpleImputer`: numbers (a `Matrix`,
 * `NaN` = missing) get the column's mean, median, most frequent value or a constant; text (rows of
 * strings, `null` = missing) its most frequent value or a constant. Ties in `"most_frequent"` go
 * to the smallest value. Unlike scikit-learn, which drops a column with no values (a warning),
 * a column with every value missing is an error unless the strategy is `"constant"`.
 *
 * @throws RangeError for a bad strategy, `"mean"`/`"median"` on text, a text `fillValue` for numbers,
 *   ±Infinity, an all-missing column, or a column count unlike fit's; ShapeError for no rows or
 *   columns; TypeError for an unknown option.
 * @example
 * const imp = new SimpleImputer({ strategy: "median" });
 * imp.fitTransform(Matrix.from([[1], [NaN], [7], [3]])).toArray(); // [[1], [3], [7], [3]]
 * new SimpleImputer({ strategy: "most_frequent" }).fitTransform([["b"], [null], ["a"]]); // [["b"], ["a"], ["a"]]
 */
export class SimpleImputer {
  /** The JSON `type` of this transformer (a brand a pipeline reads instead of checking the class). */
  readonly type = "simpleImputer" as const;
  readonly strategy: ImputeStrategy;
  readonly fillValue: number | string | undefined;
  /** `"numeric"` after fitting a Matrix, `"categorical"` after fitting text rows; `null` until fitted. */
  kind: "numeric" | "categorical" | null = null;
  /** The fill value of each column (`statistics_`); `null` until fitted. */
  statistics: Float64Array | string[] | null = null;
  /** Names of the input columns given to `fit`, used in errors; `null` when none were given. */
  featureNamesIn: string[] | null = null;

  constructor(options: SimpleImputerOptions = {}) {
    const { strategy = "mean", fillValue } = readOptions("SimpleImputer", options, ["strategy", "fillValue"]);
    if (!STRATEGIES.includes(strategy)) {
      throw new RangeError(`SimpleImputer: strategy must be one of ${STRATEGIES.map((s) => JSON.stringify(s)).join(", ")}. Received: strategy=${JSON.stringify(strategy)}.`);
    }
    if (fillValue !== undefined && !(typeof fillValue === "string" || (typeof fillValue === "number" && Number.isFinite(fillValue)))) {
      throw new TypeError(`SimpleImputer: fillValue must be a finite number or a string. Received: fillValue=${String(fillValue)}.`);
    }
    this.strategy = strategy;
    this.fillValue = fillValue;
  }

  /**
   * Learns each column's fill value.
   * @param featureNames names of the input columns, for errors.
   * @param order `"F"` sums each column pairwise for `"mean"`, as NumPy does on a Fortran-ordered
   *   array (what a `ColumnTransformer` chain gets in scikit-learn); `"C"` (default) sums row by
   *   row unless there is one column (pairwise then, as NumPy on an n×1 array).
   */
  fit(x: Matrix | TextRows, featureNames?: readonly string[], order: ArrayOrder = "C"): this {
    const op = "SimpleImputer.fit";
    const columns = readColumns(op, x);
    const width = columns.values.length;
    const rows = x instanceof Matrix ? x.rows : x.length;
    // scikit-learn refuses these too; a fit on them would save JSON that fromJSON refuses
    if (rows === 0) throw new ShapeError(`${op}: x must have at least 1 row. Received: 0 rows.`);
    if (width === 0) throw new ShapeError(`${op}: x must have at least 1 column. Received: ${rows} rows of 0 values.`);
    if (featureNames !== undefined && featureNames.length !== width) {
      throw new ShapeError(`${op}: featureNames must list one name per column (${width}). Received: ${featureNames.length} names.`);
    }
    this.featureNamesIn = featureNames === undefined ? null : [...featureNames];
    this.kind = columns.kind;
    const pairwise = order === "F" || width === 1;
    if (columns.kind === "numeric") this.statistics = Float64Array.from(columns.values as number[][], (col, j) => this.numericStatistic(col, j, pairwise));
    else this.statistics = (columns.values as string[][]).map((col, j) => this.textStatistic(col, j));
    return this;
  }

  /** Each missing value replaced by its column's statistic: a Matrix for a Matrix, text rows for text rows. */
  transform(x: Matrix): Matrix;
  transform(x: TextRows): string[][];
  transform(x: Matrix | TextRows): Matrix | string[][] {
    const op = "SimpleImputer.transform";
    const statistics = checkFitted(op, this.statistics);
    const width = statistics.length;
    if (x instanceof Matrix) {
      if (this.kind !== "numeric") throw new TypeError(`${op}: x must be text rows, as in fit. Received: a Matrix.`);
      if (x.cols !== width) throw new ShapeError(`${op}: x must have ${width} columns, as in fit. Received: x.shape=[${x.rows},${x.cols}].`);
      const out = new Matrix(x.rows, width);
      for (let k = 0; k < x.data.length; k++) {
        const v = x.data[k] as number;
        if (v === Infinity || v === -Infinity) throw new RangeError(`${op}: x must hold finite numbers or NaN (missing). Received: ${v} in ${this.columnName(k % width)}, row ${Math.floor(k / width)}.`);
        out.data[k] = Number.isNaN(v) ? ((statistics as Float64Array)[k % width] as number) : v;
      }
      return out;
    }
    if (this.kind !== "categorical") throw new TypeError(`${op}: x must be a Matrix, as in fit. Received: text rows.`);
    const { values } = readColumns(op, x, width);
    const rows = values[0]?.length ?? 0;
    return Array.from({ length: rows }, (_, i) => values.map((col, j) => (col[i] as string | null) ?? ((statistics as string[])[j] as string)));
  }

  /** `fit(x)` then `transform(x)`. */
  fitTransform(x: Matrix, featureNames?: readonly string[], order?: ArrayOrder): Matrix;
  fitTransform(x: TextRows, featureNames?: readonly string[], order?: ArrayOrder): string[][];
  fitTransform(x: Matrix | TextRows, featureNames?: readonly string[], order: ArrayOrder = "C"): Matrix | string[][] {
    this.fit(x, featureNames, order);
    return x instanceof Matrix ? this.transform(x) : this.transform(x);
  }

  /** The settings and fitted statistics as plain JSON. @throws Error before fit. */
  toJSON(): SimpleImputerJSON {
    const statistics = checkFitted("SimpleImputer.toJSON", this.statistics);
    return { type: "simpleImputer", strategy: this.strategy, fillValue: this.fillValue ?? null, kind: this.kind as "numeric" | "categorical", statistics: Array.from(statistics as ArrayLike<number | string>) as number[] | string[] };
  }

  /**
   * Rebuilds a fitted imputer from {@link toJSON}'s output, checking every field (`statistics`
   * finite numbers for `kind: "numeric"`, strings for `"categorical"`).
   * @throws TypeError / RangeError naming the first bad field.
   */
  static fromJSON(json: unknown, path = "", options: FromJSONOptions = {}): SimpleImputer {
    return readSimpleImputer(new JsonReader("SimpleImputer.fromJSON", options), json, path);
  }

  private numericStatistic(col: number[], j: number, pairwise: boolean): number {
    const i = col.findIndex((v) => v === Infinity || v === -Infinity);
    if (i >= 0) throw new RangeError(`SimpleImputer.fit: x must hold finite numbers or NaN (missing). Received: ${col[i]} in ${this.columnName(j)}, row ${i}.`);
    const present = col.filter((v) => !Number.isNaN(v));
    if (this.strategy === "constant") {
      if (typeof this.fillValue === "string") {
        throw new TypeError(`SimpleImputer.fit: fillValue must be a number to impute numeric data. Received: fillValue=${JSON.stringify(this.fillValue)}.`);
      }
      return this.fillValue ?? 0;
    }
    if (present.length === 0) this.allMissing(j);
    return this.strategy === "mean" ? meanOf(col, pairwise) : this.strategy === "median" ? medianOf(present) : mostFrequentOf(present);
  }

  private textStatistic(col: (string | null)[], j: number): string {
    if (this.strategy === "mean" || this.strategy === "median") {
      throw new TypeError(`SimpleImputer.fit: strategy "${this.strategy}" needs numeric data; use "most_frequent" or "constant" for text. Received: text in ${this.columnName(j)}.`);
    }
    if (this.strategy === "constant") return this.fillValue === undefined ? "missing_value" : String(this.fillValue);
    const present = col.filter((v): v is string => v !== null);
    if (present.length === 0) this.allMissing(j);
    return mostFrequentOf(present);
  }

  private allMissing(j: number): never {
    throw new RangeError(`SimpleImputer.fit: ${this.columnName(j)} must hold at least one value for strategy "${this.strategy}" (scikit-learn would drop it). Received: every value missing.`);
  }

  private columnName(j: number): string {
    const n = this.featureNamesIn?.[j];
    return n === undefined ? `column ${j}` : `column ${JSON.stringify(n)}`;
  }
}

/** `x` as its columns: numbers from a Matrix, strings-or-null from text rows. */
function readColumns(op: string, x: Matrix | TextRows, width?: number): { kind: "numeric" | "categorical"; values: (number | string | null)[][] } {
  if (x instanceof Matrix) {
    return { kind: "numeric", values: Array.from({ length: x.cols }, (_, j) => Array.from({ length: x.rows }, (_, i) => x.data[i * x.cols + j] as number)) };
  }
  if (!Array.isArray(x)) throw new TypeError(`${op}: x must be a Matrix or an array of text rows. Received: ${String(x)}.`);
  const w = width ?? (x[0] as readonly unknown[] | undefined)?.length ?? 0;
  x.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== w) throw new ShapeError(`${op}: every row must have ${w} values${width === undefined ? "" : ", as in fit"}. Received: row ${i} has ${Array.isArray(row) ? row.length : String(row)}.`);
    row.forEach((v: unknown, j) => {
      if (v !== null && typeof v !== "string") throw new TypeError(`${op}: text rows must hold strings or null (missing). Received: ${String(v)} at row ${i}, column ${j}.`);
    });
  });
  return { kind: "categorical", values: Array.from({ length: w }, (_, j) => x.map((row) => row[j] as string | null)) };
}

/** SimpleImputer's JSON read with a shared {@link JsonReader}. */
export function readSimpleImputer(r: JsonReader, json: unknown, path: string, width?: number): SimpleImputer {
  const obj = r.object(json, path, ["type", "strategy", "fillValue", "kind", "statistics"], "simpleImputer");
  const at = (f: string): string => join(path, f);
  const strategy = r.choice(obj.strategy, at("strategy"), STRATEGIES);
  const fillValue = obj.fillValue;
  if (fillValue !== null && typeof fillValue !== "string" && !(typeof fillValue === "number" && Number.isFinite(fillValue))) {
    r.fail(at("fillValue"), "must be null, a finite number or a string", fillValue);
  }
  const imputer = new SimpleImputer({ strategy, fillValue: (fillValue as number | string | null) ?? undefined });
  const kind = r.choice(obj.kind, at("kind"), ["numeric", "categorical"] as const);
  if (kind === "numeric") {
    imputer.statistics = r.numbers(obj.statistics, at("statistics"), width, "one per input column");
  } else {
    const list = r.array(obj.statistics, at("statistics"), width, "one per input column");
    imputer.statistics = list.map((s, j) => r.string(s, `${at("statistics")}[${j}]`));
  }
  if (imputer.statistics.length === 0) r.fail(at("statistics"), "must not be empty", obj.statistics, true);
  imputer.kind = kind;
  return imputer;
}

/**
 * Factory for {@link SimpleImputer}.
 * @example
 * simpleImputer({ strategy: "median" }).strategy; // "median"
 */
export function simpleImputer(options: SimpleImputerOptions = {}): SimpleImputer {
  return new SimpleImputer(options);
}
