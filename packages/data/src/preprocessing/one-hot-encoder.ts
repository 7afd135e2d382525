import { Matrix, ShapeError } from "@backprop/linalg";
import { formatList, readOptions } from "../checks.js";
import { sortedUnique, type Category } from "../unique.js";
import { checkFitted } from "./input-checks.js";
import { toColumns, type EncoderInput } from "./encoder-input.js";
import { JsonReader, join, type FromJSONOptions } from "./json-reader.js";
import { readCategories } from "./read-categories.js";

/** Options of {@link OneHotEncoder}, scikit-learn's parameters (output is always dense). */
export interface OneHotEncoderOptions {
  /** `"auto"` (default): each column's sorted distinct values; or the categories of each column. */
  categories?: "auto" | readonly (readonly Category[])[];
  /** Unseen category in `transform`: throw (`"error"`, default) or encode as all zeros (`"ignore"`). */
  handleUnknown?: "error" | "ignore";
}

/** A fitted {@link OneHotEncoder} as plain JSON. */
export interface OneHotEncoderJSON {
  type: "oneHotEncoder";
  handleUnknown: "error" | "ignore";
  categories: Category[][];
  /** The input column names given to `fit`, or `null`. */
  featureNamesIn?: string[] | null;
}

/**
 * One-hot encodes categorical columns as scikit-learn's `OneHotEncoder(sparse_output=False)`:
 * column `j` with categories `c₀ < c₁ < …` becomes one 0/1 column per category, blocks in column
 * order, so a value `cₖ` sets output column `offsetⱼ + k`.
 *
 * @throws RangeError on unknown categories (with `handleUnknown: "error"`) and on empty or repeated
 *   given categories; ShapeError for no rows; TypeError for an unknown option.
 * @example
 * const enc = new OneHotEncoder();
 * enc.fitTransform(Int32Array.from([2, 0, 1])).toArray(); // [[0, 0, 1], [1, 0, 0], [0, 1, 0]]
 * enc.categories; // [[0, 1, 2]]
 */
export class OneHotEncoder {
  /** The JSON `type` of this transformer (a brand a pipeline reads instead of checking the class). */
  readonly type = "oneHotEncoder" as const;
  readonly handleUnknown: "error" | "ignore";
  private readonly given: readonly (readonly Category[])[] | null;
  /** Categories of each input column, sorted (`categories_`); `null` until fitted. */
  categories: Category[][] | null = null;
  /** Names of the input columns given to `fit` (`feature_names_in_`), used in errors and {@link featureNamesOut}; `null` when none were given. */
  featureNamesIn: string[] | null = null;

  constructor(options: OneHotEncoderOptions = {}) {
    const { categories = "auto", handleUnknown = "error" } = readOptions("OneHotEncoder", options, ["categories", "handleUnknown"]);
    if (handleUnknown !== "error" && handleUnknown !== "ignore") {
      throw new RangeError(`OneHotEncoder: handleUnknown must be "error" or "ignore". Received: handleUnknown=${JSON.stringify(handleUnknown)}.`);
    }
    this.handleUnknown = handleUnknown;
    this.given = categories === "auto" ? null : categories;
  }

  /**
   * Learns each column's categories (or checks the given ones cover the data).
   * @param featureNames names of the input columns, for errors and {@link featureNamesOut}.
   */
  fit(x: EncoderInput, featureNames?: readonly string[]): this {
    const op = "OneHotEncoder.fit";
    const { rows, columns } = toColumns(op, x);
    // scikit-learn refuses these too; a fit on them would save JSON that fromJSON refuses
    if (rows === 0) throw new ShapeError(`${op}: x must have at least 1 row. Received: 0 rows.`);
    if (columns.length === 0) throw new ShapeError(`${op}: x must have at least 1 column. Received: ${rows} rows of 0 values.`);
    if (featureNames !== undefined && (!Array.isArray(featureNames) || featureNames.length !== columns.length || !featureNames.every((n) => typeof n === "string"))) {
      throw new ShapeError(`${op}: featureNames must list one name per column (${columns.length}). Received: ${Array.isArray(featureNames) ? `${featureNames.length} names` : String(featureNames)}.`);
    }
    this.featureNamesIn = featureNames === undefined ? null : [...featureNames];
    const name = (j: number): string => this.columnName(j);
    if (this.given !== null && this.given.length !== columns.length) {
      throw new ShapeError(`${op}: categories must list one array per column. Received: categories.length=${this.given.length}, columns=${columns.length}.`);
    }
    this.categories = columns.map((col, j) => {
      const found = sortedUnique(op, name(j), col);
      if (this.given === null) return found;
      const cats = [...(this.given[j] as readonly Category[])];
      if (cats.length === 0) throw new RangeError(`${op}: categories[${j}] must not be empty. Received: categories[${j}]=[].`);
      const sorted = sortedUnique(op, `categories[${j}]`, cats);
      // scikit-learn keeps given string categories in their order but rejects unsorted numeric ones.
      if (typeof cats[0] === "number" && (sorted.length !== cats.length || sorted.some((c, k) => c !== cats[k]))) {
        throw new RangeError(`${op}: numeric categories must be sorted ascending and distinct. Received: categories[${j}]=${formatList(cats)}.`);
      }
      if (sorted.length !== cats.length) throw new RangeError(`${op}: string categories must be distinct. Received: categories[${j}]=${formatList(cats)}.`);
      const missing = found.filter((c) => !cats.includes(c));
      if (missing.length > 0 && this.handleUnknown === "error") {
        throw new RangeError(`${op}: found unknown categories ${formatList(missing)} in ${name(j)}. Received: categories[${j}]=${formatList(cats)}.`);
      }
      return cats;
    });
    return this;
  }

  /** The 0/1 matrix: one block of columns per input column. */
  transform(x: EncoderInput): Matrix {
    const op = "OneHotEncoder.transform";
    const categories = checkFitted(op, this.categories);
    const { rows, columns } = toColumns(op, x);
    if (columns.length !== categories.length) {
      throw new ShapeError(`${op}: x must have ${categories.length} columns, as in fit. Received: ${columns.length}.`);
    }
    const width = categories.reduce((s, c) => s + c.length, 0);
    const out = new Matrix(rows, width);
    let offset = 0;
    columns.forEach((col, j) => {
      const cats = categories[j] as Category[];
      const index = new Map(cats.map((c, k) => [c, k]));
      const unknown = col.filter((v) => !index.has(v));
      if (unknown.length > 0 && this.handleUnknown === "error") {
        const shown = [...new Set(unknown)].slice(0, 5).map((v) => (typeof v === "string" && v.length > 40 ? `${v.slice(0, 39)}…` : v));
        throw new RangeError(`${op}: found unknown categories ${formatList(shown)} in ${this.columnName(j)}. Expected one of: ${formatList(cats.slice(0, 20))}${cats.length > 20 ? ` (and ${cats.length - 20} more)` : ""}.`);
      }
      col.forEach((v, i) => {
        const k = index.get(v);
        if (k !== undefined) out.data[i * width + offset + k] = 1;
      });
      offset += cats.length;
    });
    return out;
  }

  /** `fit(x)` then `transform(x)`. */
  fitTransform(x: EncoderInput, featureNames?: readonly string[]): Matrix {
    return this.fit(x, featureNames).transform(x);
  }

  /** `column "color"` when the columns are named, else `column 2`. */
  private columnName(j: number): string {
    const n = this.featureNamesIn?.[j];
    return n === undefined ? `column ${j}` : `column ${JSON.stringify(n)}`;
  }

  /** Rows of categories back from a one-hot matrix (the largest entry of each block); an all-zero block gives `null`. */
  inverseTransform(z: Matrix): (Category | null)[][] {
    const op = "OneHotEncoder.inverseTransform";
    const categories = checkFitted(op, this.categories);
    const width = categories.reduce((s, c) => s + c.length, 0);
    if (!(z instanceof Matrix) || z.cols !== width) {
      throw new ShapeError(`${op}: z must be a Matrix with ${width} columns. Received: ${z instanceof Matrix ? `z.shape=[${z.rows},${z.cols}]` : String(z)}.`);
    }
    return Array.from({ length: z.rows }, (_, i) => {
      let offset = 0;
      return categories.map((cats) => {
        let best = 0;
        for (let k = 1; k < cats.length; k++) if (z.get(i, offset + k) > z.get(i, offset + best)) best = k;
        const value = z.get(i, offset + best) === 0 ? null : (cats[best] as Category);
        offset += cats.length;
        return value;
      });
    });
  }

  /** Output column names, `x0_setosa` style (scikit-learn's `get_feature_names_out`; `featureNamesIn` when no names are passed). */
  featureNamesOut(inputFeatures?: readonly string[]): string[] {
    const categories = checkFitted("OneHotEncoder.featureNamesOut", this.categories);
    const names = inputFeatures ?? this.featureNamesIn;
    return categories.flatMap((cats, j) => cats.map((c) => `${names?.[j] ?? `x${j}`}_${c}`));
  }

  /** The settings and fitted categories as plain JSON. @throws Error before fit. */
  toJSON(): OneHotEncoderJSON {
    const categories = checkFitted("OneHotEncoder.toJSON", this.categories);
    return { type: "oneHotEncoder", handleUnknown: this.handleUnknown, categories: categories.map((c) => [...c]), featureNamesIn: this.featureNamesIn && [...this.featureNamesIn] };
  }

  /**
   * Rebuilds a fitted encoder from {@link toJSON}'s output, checking every field: `categories`
   * non-empty arrays of strings (distinct) or finite numbers (ascending), `handleUnknown`,
   * `featureNamesIn` (`null` or one string per column); no other field.
   * @param path the field path errors start with (e.g. `"preprocessing.steps[1]"`).
   * @throws TypeError / RangeError naming the first bad field.
   */
  static fromJSON(json: unknown, path = "", options: FromJSONOptions = {}): OneHotEncoder {
    return readOneHotEncoder(new JsonReader("OneHotEncoder.fromJSON", options), json, path);
  }
}

/**
 * Factory for {@link OneHotEncoder}.
 * @example
 * oneHotEncoder().fitTransform([["b"], ["a"]]).toArray(); // [[0, 1], [1, 0]]
 */
export function oneHotEncoder(options: OneHotEncoderOptions = {}): OneHotEncoder {
  return new OneHotEncoder(options);
}

/** OneHotEncoder's JSON read with a shared {@link JsonReader} (so a pipeline's steps share its budget and paths). */
export function readOneHotEncoder(r: JsonReader, json: unknown, path: string, width?: number): OneHotEncoder {
  const obj = r.object(json, path, ["type", "handleUnknown", "categories", "featureNamesIn"], "oneHotEncoder");
  const at = (f: string): string => join(path, f);
  const list = r.array(obj.categories, at("categories"), width, "one per input column");
  if (list.length === 0) r.fail(at("categories"), "must list one array per column", obj.categories, true);
  const categories = list.map((c, j) => readCategories(r, c, `${at("categories")}[${j}]`));
  const encoder = new OneHotEncoder({ handleUnknown: r.choice(obj.handleUnknown ?? "error", at("handleUnknown"), ["error", "ignore"] as const) });
  if (obj.featureNamesIn !== undefined && obj.featureNamesIn !== null) {
    const names = r.array(obj.featureNamesIn, at("featureNamesIn"), categories.length, "one per column");
    encoder.featureNamesIn = names.map((n, j) => r.string(n, `${at("featureNamesIn")}[${j}]`));
  }
  encoder.categories = categories;
  return encoder;
}
