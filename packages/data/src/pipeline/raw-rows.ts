import { parseNumber } from "../csv/parse-number.js";
import { showField } from "../csv/show-field.js";
import type { TableColumn } from "../csv/table-column.js";

/** A raw cell: text as read from a form or a CSV line, a number, or `null`/`undefined` for a blank. */
export type RawCell = string | number | null | undefined;

/**
 * Raw rows (in the order of `inputs`) as typed columns: a numeric cell is a number, a number's
 * spelling or missing (`null`, `NaN`, a `missing` token); a text cell is a string, trimmed (a
 * number becomes its spelling), or missing.
 * @throws RangeError / TypeError naming `rows[i][j]`, the column and the value.
 */
export function rowsToColumns(op: string, rows: readonly (readonly RawCell[])[], inputs: readonly { name: string; kind: "numeric" | "categorical" }[], missing: ReadonlySet<string>): TableColumn[] {
  if (!Array.isArray(rows) || rows.length === 0) throw new TypeError(`${op}: rows must be a non-empty array of rows. Received: ${Array.isArray(rows) ? "an empty array" : String(rows)}.`);
  rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== inputs.length) {
      const names = inputs.slice(0, 8).map((c) => c.name).join(", ");
      throw new RangeError(`${op}: rows[${i}] must have ${inputs.length} values, one per fit column (${names}${inputs.length > 8 ? ", …" : ""}). Received: ${Array.isArray(row) ? `${row.length} values` : String(row)}.`);
    }
  });
  return inputs.map((col, j) => {
    const where = (i: number): string => `${op}: rows[${i}][${j}] (column ${JSON.stringify(col.name)})`;
    const isMissing = (v: RawCell): boolean => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)) || (typeof v === "string" && missing.has(v.trim()));
    const cells = rows.map((r, i) => {
      const v = r[j];
      if (!isMissing(v) && typeof v !== "string" && typeof v !== "number") throw new TypeError(`${where(i)} must be a string, a number or null. Received: ${typeof v}.`);
      return v;
    });
    // trimmed as the CSV reader trims an unquoted cell, so "red " is the category "red"
    if (col.kind === "categorical") return { name: col.name, kind: "categorical", values: cells.map((v) => (isMissing(v) ? null : typeof v === "string" ? v.trim() : String(v))) };
    const values = Float64Array.from(cells, (v, i) => {
      if (isMissing(v)) return NaN;
      const n = typeof v === "number" ? v : parseNumber((v as string).trim());
      if (n === null || !Number.isFinite(n)) {
        throw new RangeError(`${where(i)} must be a finite number or missing. Received: ${typeof v === "number" ? String(v) : showField(v as string)}.`);
      }
      return n;
    });
    return { name: col.name, kind: "numeric", values };
  });
}
