import type { CsvRecord } from "./tokenize.js";
import { classifyCell, looksNumeric } from "./classify-cell.js";

/**
 * Whether the first record is a header, judged against the column types of the records below:
 * - a first row reading exactly `0,1,…,n−1` is pandas' header for unnamed columns (what
 *   `pd.DataFrame(array).to_csv(index=False)` writes), so a header;
 * - else a first-row cell that is a number (or number-like, `1,000`) means data;
 * - else a column that is numeric below with a text cell on top means a header;
 * - else, with no numeric column below, a header unless some first-row cell also appears in its
 *   column below (labels rarely repeat as values);
 * - else (numeric columns below, topped by missing cells only) data.
 * A lone record is a header when it holds no number.
 * @example
 * isHeader([{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["NA", "2"] }], new Set(["NA"])); // true
 */
export function isHeader(records: CsvRecord[], missing: ReadonlySet<string>): boolean {
  const [first, ...below] = records as [CsvRecord, ...CsvRecord[]];
  if (first.fields.length >= 2 && first.fields.every((f, j) => f === String(j))) return true;
  const top = first.fields.map((f) => classifyCell(f, missing));
  if (top.some((k) => k === "number" || k === "numberLike")) return false;
  if (below.length === 0) return true;
  let numericBelow = false;
  for (let j = 0; j < first.fields.length; j++) {
    const numeric = looksNumeric(below.map((r) => classifyCell(r.fields[j] ?? "", missing)));
    if (numeric !== true) continue;
    numericBelow = true;
    if (top[j] === "text" || top[j] === "nonFinite") return true;
  }
  if (numericBelow) return false;
  return top.some((k) => k !== "missing") && first.fields.every((f, j) => f === "" || !below.some((r) => r.fields[j] === f));
}
