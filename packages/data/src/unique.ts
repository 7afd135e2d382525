import { formatList } from "./checks.js";

/** A category value: a number or a string (one column never mixes the two). */
export type Category = number | string;

/**
 * NumPy's `np.unique(values, return_inverse=True)`: the sorted distinct values (numbers
 * ascending, strings by code point) and, for each input, the index of its value.
 * @throws TypeError when `values` mixes numbers and strings or holds NaN / non-primitive values.
 */
export function uniqueInverse(op: string, name: string, values: ArrayLike<Category>): { classes: Category[]; inverse: Int32Array } {
  const classes = sortedUnique(op, name, values);
  const index = new Map<Category, number>(classes.map((c, i) => [c, i]));
  const inverse = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) inverse[i] = index.get(values[i] as Category) as number;
  return { classes, inverse };
}

/** The sorted distinct values of `values` (see {@link uniqueInverse}). */
export function sortedUnique(op: string, name: string, values: ArrayLike<Category>): Category[] {
  let kind: "number" | "string" | undefined;
  const seen = new Set<Category>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const k = typeof v;
    if ((k !== "number" && k !== "string") || (k === "number" && Number.isNaN(v))) {
      throw new TypeError(`${op}: ${name} must hold numbers or strings. Received: ${name}[${i}]=${String(v)}.`);
    }
    if (kind !== undefined && k !== kind) {
      throw new TypeError(`${op}: ${name} mixes numbers and strings; use one type. Received: ${name}[${i}]=${formatList([v])}.`);
    }
    kind = k as "number" | "string";
    seen.add(v as Category);
  }
  const out = [...seen];
  return kind === "number" ? (out as number[]).sort((a, b) => a - b) : (out as string[]).sort(compareCodePoints);
}

/**
 * Orders strings by Unicode code point, as NumPy's `np.unique` does. JavaScript's `<` compares
 * UTF-16 code units, which puts a character above U+FFFF (a surrogate pair, D800–DFFF) before
 * one in U+E000–U+FFFF; everywhere else the two orders agree.
 */
export function compareCodePoints(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length; ) {
    const ca = a.codePointAt(i) as number, cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}
