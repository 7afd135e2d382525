import type { Category } from "../unique.js";
import type { JsonReader } from "./json-reader.js";

/**
 * One column's categories from JSON: a non-empty array of distinct strings, or of finite numbers
 * in ascending order (scikit-learn's rule for given numeric categories).
 * @throws TypeError / RangeError naming `path[k]`.
 */
export function readCategories(r: JsonReader, value: unknown, path: string): Category[] {
  if (!Array.isArray(value) || value.length === 0) r.fail(path, "must be a non-empty array", value, Array.isArray(value));
  if (typeof value[0] === "number") {
    const rule = "a finite number above the one before (categories ascending)";
    return Array.from(r.numbers(value, path, undefined, undefined, rule, (v, k) => k === 0 || v > (value[k - 1] as number)));
  }
  const list = r.array(value, path);
  const seen = new Set<string>();
  return list.map((c, k) => {
    const s = r.string(c, `${path}[${k}]`);
    if (seen.has(s)) r.fail(`${path}[${k}]`, "must not repeat an earlier category", s, true);
    seen.add(s);
    return s;
  });
}
