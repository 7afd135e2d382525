import type { CsvRecord } from "./tokenize.js";
import { parseNumber } from "./parse-number.js";

/** One parsed CSV column: numbers, or category indices plus the sorted categories. */
export interface CsvColumn {
  name: string;
  values: Float64Array;
  categories: string[] | null;
}

/**
 * Reads column `j`: categorical when its first value is text (each value becomes the index of
 * its category, categories sorted), numeric otherwise (every value must be a finite number).
 * @throws RangeError `line N, column "name": …` for a missing value, a non-number or a non-finite number.
 */
export function readColumn(source: string, rows: CsvRecord[], j: number, name: string): CsvColumn {
  const where = (r: CsvRecord): string => `${source}: line ${r.line}, column ${JSON.stringify(name)}`;
  const fields = rows.map((r) => {
    const f = r.fields[j] as string;
    if (f === "") throw new RangeError(`${where(r)}: every field must hold a value; fill or drop the row. Received: an empty field.`);
    return f;
  });
  if (parseNumber(fields[0] as string) === null) {
    const categories = [...new Set(fields)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const index = new Map(categories.map((c, k) => [c, k]));
    return { name, values: Float64Array.from(fields, (f) => index.get(f) as number), categories };
  }
  const values = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    const v = parseNumber(fields[i] as string);
    if (v === null) throw new RangeError(`${where(r)}: a numeric column must hold numbers. Received: ${JSON.stringify(fields[i])}.`);
    if (Number.isNaN(v)) throw new RangeError(`${where(r)}: values must be finite numbers. Received: ${JSON.stringify(fields[i])}.`);
    values[i] = v;
  });
  return { name, values, categories: null };
}
