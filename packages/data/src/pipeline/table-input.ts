import { Matrix } from "@backprop/linalg";
import { formatList } from "../checks.js";
import type { TableColumn } from "../csv/table-column.js";
import type { ColumnGroup, TableInput } from "./column-transformer.js";
import type { Block } from "./table-step.js";

/** The table's columns (checked: typed, distinct names, one length). */
export function readInput(op: string, table: TableInput): { columns: readonly TableColumn[]; missingValues?: readonly string[] } {
  const columns = Array.isArray(table) ? (table as readonly TableColumn[]) : (table as { columns?: unknown }).columns;
  if (!Array.isArray(columns) || columns.length === 0) throw new TypeError(`${op}: table must be a non-empty array of columns or an object with columns. Received: ${String(table)}.`);
  const seen = new Set<string>();
  (columns as unknown[]).forEach((c, j) => {
    const col = c as Partial<TableColumn> | null;
    const typed = col !== null && typeof col === "object" && typeof col.name === "string" &&
      ((col.kind === "numeric" && col.values instanceof Float64Array) || (col.kind === "categorical" && Array.isArray(col.values)));
    if (!typed) throw new TypeError(`${op}: columns[${j}] must be { name, kind: "numeric", values: Float64Array } or { name, kind: "categorical", values: (string | null)[] }.`);
    if (seen.has(col.name as string)) throw new RangeError(`${op}: column names must be distinct. Received: ${JSON.stringify(col.name)} twice.`);
    seen.add(col.name as string);
    if (col.values?.length !== (columns[0] as TableColumn).values.length) {
      throw new RangeError(`${op}: every column must have ${(columns[0] as TableColumn).values.length} values, as ${JSON.stringify((columns[0] as TableColumn).name)}. Received: ${JSON.stringify(col.name)} has ${col.values?.length}.`);
    }
  });
  return { columns: columns as readonly TableColumn[], missingValues: Array.isArray(table) ? undefined : (table as { missingValues?: readonly string[] }).missingValues };
}

/** The group's columns as a block; a text column fit as numbers is refused, numbers fit as text become strings. */
export function selectBlock(op: string, where: string, group: ColumnGroup, byName: Map<string, TableColumn>, expected: Map<string, string> | null): Block {
  const cols = group.columns.map((name) => {
    const c = byName.get(name);
    if (c === undefined) {
      throw new RangeError(`${op}: ${where} needs column ${JSON.stringify(name)}, which the table does not have. Expected one of: ${formatList([...byName.keys()].slice(0, 20))}.`);
    }
    return c;
  });
  const kind = expected?.get(cols[0]?.name as string) ?? cols[0]?.kind;
  const rows = cols[0]?.values.length ?? 0;
  cols.forEach((c) => {
    const k = expected?.get(c.name) ?? c.kind;
    if (k !== kind) throw new TypeError(`${op}: ${where} must list columns of one kind. Received: ${JSON.stringify(cols[0]?.name)} is ${kind}, ${JSON.stringify(c.name)} is ${k}.`);
    if (kind === "numeric" && c.kind === "categorical") {
      const text = c.values.find((v) => v !== null);
      throw new TypeError(`${op}: column ${JSON.stringify(c.name)} must be numeric, as in fit. Received: a text column${text === undefined ? "" : ` (e.g. ${JSON.stringify(text.slice(0, 40))})`}.`);
    }
  });
  if (kind === "numeric") {
    const x = new Matrix(rows, cols.length);
    cols.forEach((c, j) => c.values.forEach((v, i) => (x.data[i * cols.length + j] = v as number)));
    return { kind: "numeric", names: [...group.columns], x };
  }
  const text = cols.map((c) => (c.kind === "categorical" ? c.values : Array.from(c.values, (v) => (Number.isNaN(v) ? null : String(v)))));
  return { kind: "categorical", names: [...group.columns], rows: Array.from({ length: rows }, (_, i) => text.map((col) => col[i] as string | null)) };
}
