import { Matrix, ShapeError } from "@backprop/linalg";
import { formatList } from "../checks.js";
import { sortedUnique, type Category } from "../unique.js";
import { checkFitted } from "./input-checks.js";
import { toColumns, type EncoderInput } from "./encoder-input.js";
import { readObject } from "./json-fields.js";

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
}

/**
 * One-hot encodes categorical columns as scikit-learn's `OneHotEncoder(sparse_output=False)`:
 * column `j` with categories `c₀ < c₁ < …` becomes one 0/1 column per category, blocks in column
 * order, so a value `cₖ` sets output column `offsetⱼ + k`.
 *
 * @throws RangeError on unknown categories (with `handleUnknown: "error"`).
 * @example
 * const enc = new OneHotEncoder();
 * enc.fitTransform(Int32Array.from([2, 0, 1])).toArray(); // [[0, 0, 1], [1, 0, 0], [0, 1, 0]]
 * enc.categories; // [[0, 1, 2]]
 */
export class OneHotEncoder {
  readonly handleUnknown: "error" | "ignore";
  private readonly given: readonly (readonly Category[])[] | null;
  /** Categories of each input column, sorted (`categories_`); `null` until fitted. */
  categories: Category[][] | null = null;

  constructor({ categories = "auto", handleUnknown = "error" }: OneHotEncoderOptions = {}) {
    if (handleUnknown !== "error" && handleUnknown !== "ignore") {
      throw new RangeError(`OneHotEncoder: handleUnknown must be "error" or "ignore". Received: handleUnknown=${JSON.stringify(handleUnknown)}.`);
    }
    this.handleUnknown = handleUnknown;
    this.given = categories === "auto" ? null : categories;
  }

  /** Learns each column's categories (or checks the given ones cover the data). */
  fit(x: EncoderInput): this {
    const op = "OneHotEncoder.fit";
    const { columns } = toColumns(op, x);
    if (this.given !== null && this.given.length !== columns.length) {
      throw new ShapeError(`${op}: categories must list one array per column. Received: categories.length=${this.given.length}, columns=${columns.length}.`);
    }
    this.categories = columns.map((col, j) => {
      const found = sortedUnique(op, `column ${j}`, col);
      if (this.given === null) return found;
      const cats = [...(this.given[j] as readonly Category[])];
      const sorted = sortedUnique(op, `categories[${j}]`, cats);
      // scikit-learn keeps given string categories in their order but rejects unsorted numeric ones.
      if (typeof cats[0] === "number" && (sorted.length !== cats.length || sorted.some((c, k) => c !== cats[k]))) {
        throw new RangeError(`${op}: numeric categories must be sorted ascending and distinct. Received: categories[${j}]=${formatList(cats)}.`);
      }
      const missing = found.filter((c) => !cats.includes(c));
      if (missing.length > 0 && this.handleUnknown === "error") {
        throw new RangeError(`${op}: found unknown categories ${formatList(missing)} in column ${j}. Received: categories[${j}]=${formatList(cats)}.`);
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
        throw new RangeError(`${op}: found unknown categories ${formatList([...new Set(unknown)])} in column ${j}. Expected one of: ${formatList(cats)}.`);
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
  fitTransform(x: EncoderInput): Matrix {
    return this.fit(x).transform(x);
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

  /** Output column names, `x0_setosa` style (scikit-learn's `get_feature_names_out`). */
  featureNamesOut(inputFeatures?: readonly string[]): string[] {
    const categories = checkFitted("OneHotEncoder.featureNamesOut", this.categories);
    return categories.flatMap((cats, j) => cats.map((c) => `${inputFeatures?.[j] ?? `x${j}`}_${c}`));
  }

  /** The settings and fitted categories as plain JSON. @throws Error before fit. */
  toJSON(): OneHotEncoderJSON {
    const categories = checkFitted("OneHotEncoder.toJSON", this.categories);
    return { type: "oneHotEncoder", handleUnknown: this.handleUnknown, categories: categories.map((c) => [...c]) };
  }

  /** Rebuilds a fitted encoder from {@link toJSON}'s output. @throws TypeError naming the first bad field. */
  static fromJSON(json: unknown): OneHotEncoder {
    const op = "OneHotEncoder.fromJSON";
    const obj = readObject(op, json, "oneHotEncoder");
    const cats = obj.categories;
    if (!Array.isArray(cats) || !cats.every((c) => Array.isArray(c) && c.length > 0)) {
      throw new TypeError(`${op}: categories must be an array of non-empty arrays. Received: categories=${JSON.stringify(cats)}.`);
    }
    const handleUnknown = obj.handleUnknown as "error" | "ignore";
    const encoder = new OneHotEncoder({ handleUnknown });
    encoder.categories = (cats as Category[][]).map((c, j) => {
      if (sortedUnique(op, `categories[${j}]`, c).length !== c.length) {
        throw new TypeError(`${op}: categories[${j}] must not repeat a value. Received: ${formatList(c)}.`);
      }
      return [...c];
    });
    return encoder;
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
