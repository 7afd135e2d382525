/** A class label: an integer or a string (one call never mixes the two). */
export type Label = number | string;

/** Class labels, one per sample: `number[]`, `string[]` or a typed array such as `Int32Array`. */
export type Labels = ArrayLike<Label>;

/** Formats values for an error message: `[1, 2, 3]`, strings quoted. */
export function formatList(values: ArrayLike<unknown>): string {
  return `[${Array.from(values, (v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(", ")}]`;
}

/** A value as error messages show it (strings quoted). */
export function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? formatList(value) : String(value);
}

/**
 * Checks labels the way scikit-learn's `type_of_target` does for a classification target:
 * integers (as numbers, NaN and fractions refused) or strings, never both.
 * @throws TypeError for anything else; RangeError when `allowEmpty` is false and there are none.
 */
export function checkLabels(op: string, name: string, y: Labels, allowEmpty = false): Label[] {
  if (y === null || typeof y !== "object" || typeof y.length !== "number") {
    throw new TypeError(`${op}: ${name} must be an array of labels. Received: ${name}=${String(y)}.`);
  }
  if (y.length === 0 && !allowEmpty) throw new RangeError(`${op}: ${name} must not be empty. Received: ${name}.length=0.`);
  const out = Array.from(y);
  const kind = typeof out[0];
  out.forEach((v, i) => {
    if (typeof v === "number" ? !Number.isInteger(v) : typeof v !== "string") {
      throw new TypeError(`${op}: labels must be integers or strings. Received: ${name}[${i}]=${show(v)}.`);
    }
    if (typeof v !== kind) {
      throw new TypeError(`${op}: labels mix numbers and strings; use one type. Received: ${name}[0]=${show(out[0])}, ${name}[${i}]=${show(v)}.`);
    }
  });
  return out;
}

/** Throws a RangeError unless the two arrays have the same length. */
export function checkSameLength(op: string, aName: string, a: ArrayLike<unknown>, bName: string, b: ArrayLike<unknown>): void {
  if (a.length !== b.length) {
    throw new RangeError(`${op}: ${aName} and ${bName} must have the same length. Received: ${aName}.length=${a.length}, ${bName}.length=${b.length}.`);
  }
}

/** The two label arrays checked: same length, not empty, one label type between them. */
export function checkPair(op: string, yTrue: Labels, yPred: Labels): [Label[], Label[]] {
  const t = checkLabels(op, "yTrue", yTrue);
  const p = checkLabels(op, "yPred", yPred);
  checkSameLength(op, "yTrue", t, "yPred", p);
  if (typeof t[0] !== typeof p[0]) {
    throw new TypeError(`${op}: yTrue and yPred must hold the same type of label. Received: yTrue[0]=${show(t[0])}, yPred[0]=${show(p[0])}.`);
  }
  return [t, p];
}

/** scikit-learn's `unique_labels`: the distinct labels, numbers ascending, strings by code point. */
export function uniqueLabels(...arrays: Label[][]): Label[] {
  const seen = new Set<Label>();
  for (const a of arrays) for (const v of a) seen.add(v);
  return [...seen].sort(compareLabels);
}

/** Ascending numbers; strings by code point (NumPy's order). */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareCodePoints(String(a), String(b));
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Strings by Unicode code point, as NumPy (UTF-32) and Python compare them. JavaScript's `<`
 * compares UTF-16 code units, where an astral character (U+10000 and up, a surrogate pair
 * starting 0xD800–0xDBFF) sorts before U+E000–U+FFFF. Both orders agree up to the first unit
 * that differs, so only the code points there are compared (backing up one unit when it is the
 * second half of a pair whose first half both strings share).
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) {
    const d = (a.codePointAt(i - 1) as number) - (b.codePointAt(i - 1) as number);
    if (d !== 0) return d;
  }
  return (a.codePointAt(i) as number) - (b.codePointAt(i) as number);
}

/**
 * Checks a user's `labels` option: a non-empty list of distinct labels of the data's type.
 * @throws TypeError / RangeError naming the option.
 */
export function checkLabelOption(op: string, labels: Labels, like: Label): Label[] {
  const out = checkLabels(op, "labels", labels, true);
  if (out.length === 0) throw new RangeError(`${op}: labels must hold at least one label. Received: labels=[].`);
  if (typeof out[0] !== typeof like) {
    throw new TypeError(`${op}: labels must have the type of the data's labels. Received: labels[0]=${show(out[0])}, yTrue[0]=${show(like)}.`);
  }
  if (new Set(out).size !== out.length) throw new RangeError(`${op}: labels must be distinct. Received: labels=${formatList(out)}.`);
  return out;
}
