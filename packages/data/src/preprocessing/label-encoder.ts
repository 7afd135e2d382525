import { formatList } from "../checks.js";
import { compareCodePoints, sortedUnique, uniqueInverse, type Category } from "../unique.js";
import { checkFitted } from "./input-checks.js";
import { JsonReader, join, type FromJSONOptions } from "./json-reader.js";
import { readCategories } from "./read-categories.js";

/** A fitted {@link LabelEncoder} as plain JSON. */
export interface LabelEncoderJSON {
  type: "labelEncoder";
  classes: Category[];
}

/**
 * Maps labels to `0 … nClasses − 1` as scikit-learn's `LabelEncoder`: `classes` are the sorted
 * distinct labels and each label becomes its index there.
 *
 * @throws RangeError in `transform` for labels not seen in `fit`.
 * @example
 * const enc = new LabelEncoder();
 * enc.fitTransform(["virginica", "setosa", "virginica"]); // Int32Array [1, 0, 1]
 * enc.classes;                   // ["setosa", "virginica"]
 * enc.inverseTransform([0, 1]);  // ["setosa", "virginica"]
 */
export class LabelEncoder {
  /** Sorted distinct labels (`classes_`); `null` until fitted. */
  classes: Category[] | null = null;

  /** Learns the sorted distinct labels. @throws TypeError when `y` mixes numbers and strings. */
  fit(y: ArrayLike<Category>): this {
    this.classes = sortedUnique("LabelEncoder.fit", "y", y);
    return this;
  }

  /** The index of each label in `classes`. */
  transform(y: ArrayLike<Category>): Int32Array {
    const classes = checkFitted("LabelEncoder.transform", this.classes);
    const index = new Map(classes.map((c, i) => [c, i]));
    const out = new Int32Array(y.length);
    const unseen = new Set<Category>();
    for (let i = 0; i < y.length; i++) {
      const k = index.get(y[i] as Category);
      if (k === undefined) unseen.add(y[i] as Category);
      else out[i] = k;
    }
    if (unseen.size > 0) throw new RangeError(`LabelEncoder.transform: y contains labels not seen in fit: ${formatList([...unseen])}. Expected one of: ${formatList(classes)}.`);
    return out;
  }

  /** `fit(y)` then `transform(y)`. */
  fitTransform(y: ArrayLike<Category>): Int32Array {
    const { classes, inverse } = uniqueInverse("LabelEncoder.fitTransform", "y", y);
    this.classes = classes;
    return inverse;
  }

  /** `classes[code]` for each code. @throws RangeError for a code outside `0 … nClasses − 1`. */
  inverseTransform(codes: ArrayLike<number>): Category[] {
    const classes = checkFitted("LabelEncoder.inverseTransform", this.classes);
    return Array.from(codes, (c, i) => {
      if (!Number.isInteger(c) || c < 0 || c >= classes.length) {
        throw new RangeError(`LabelEncoder.inverseTransform: codes must be integers in [0, ${classes.length - 1}]. Received: codes[${i}]=${c}.`);
      }
      return classes[c] as Category;
    });
  }

  /** The fitted classes as plain JSON. @throws Error before fit. */
  toJSON(): LabelEncoderJSON {
    return { type: "labelEncoder", classes: [...checkFitted("LabelEncoder.toJSON", this.classes)] };
  }

  /**
   * Rebuilds a fitted encoder from {@link toJSON}'s output: `classes` a non-empty array of
   * distinct strings sorted by code point, or of ascending finite numbers; no other field.
   * @throws TypeError / RangeError naming the first bad field.
   */
  static fromJSON(json: unknown, path = "", options: FromJSONOptions = {}): LabelEncoder {
    const r = new JsonReader("LabelEncoder.fromJSON", options);
    const obj = r.object(json, path, ["type", "classes"], "labelEncoder");
    const classes = readCategories(r, obj.classes, join(path, "classes"));
    classes.forEach((c, k) => {
      if (k > 0 && !(typeof c === "string" ? compareCodePoints(classes[k - 1] as string, c) < 0 : (classes[k - 1] as number) < c)) r.fail(`${join(path, "classes")}[${k}]`, "must come after the one before (classes sorted and distinct)", c, true);
    });
    const encoder = new LabelEncoder();
    encoder.classes = classes;
    return encoder;
  }
}

/**
 * Factory for {@link LabelEncoder}.
 * @example
 * labelEncoder().fit(["b", "a", "b"]).classes; // ["a", "b"]
 */
export function labelEncoder(): LabelEncoder {
  return new LabelEncoder();
}
