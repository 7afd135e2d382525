import { Matrix } from "@backprop/linalg";
import type { TableColumn } from "@backprop/data";
import { UsageError } from "../errors.js";
import { columnList } from "./load-data.js";

/** A CSV read as typed columns (`readCsvTable`), with each data row's line in the file. */
export interface CsvColumns {
  columns: readonly TableColumn[];
  lines: readonly number[];
  /** Whether the first row named the columns; `false` lets the columns be read in order. Default true. */
  header?: boolean;
  /** Every column name to list in errors (default the columns'), when some were left unread. */
  names?: readonly string[];
  /** The column read as the target (`evaluate`), named in the error when the model reads it as a feature. */
  targetName?: string;
}

/**
 * The columns the model reads, in its order: by name when it knows its feature names and the file
 * has them all; in the file's order when the model knows no names or the file has no header (its
 * columns are then x0, x1, …), and there must be exactly as many as it takes. A header that does
 * not name every feature is refused, never read in order.
 * @throws UsageError naming the missing columns, or the count expected.
 */
function pickColumns(command: string, path: string, table: CsvColumns, inputSize: number, featureNames: string[] | undefined): readonly TableColumn[] {
  const read = table.columns.map((c) => c.name);
  const names = table.names ?? read;
  const missing = featureNames?.filter((n) => !names.includes(n)) ?? [];
  if (featureNames !== undefined && featureNames.every((n) => read.includes(n))) return featureNames.map((n) => table.columns.find((c) => c.name === n) as TableColumn);
  if (featureNames !== undefined && table.header !== false) {
    const asTarget = table.targetName !== undefined && missing.includes(table.targetName) ? `; ${JSON.stringify(table.targetName)} is read as the target, pick the target with --target` : "";
    throw new UsageError(`${command}: ${path} must have columns named ${columnList(featureNames)}. Received: columns ${columnList(names)} (missing ${columnList(missing)}${asTarget}).`);
  }
  if (table.columns.length !== inputSize || names.length !== read.length) {
    const rule = table.header === false ? `has no header, so its columns are read in order: it must have the model's ${inputSize} columns` : `must have ${inputSize} numeric columns`;
    throw new UsageError(`${command}: ${path} ${rule}. Received: ${names.length} columns (${columnList(names)}).`);
  }
  return table.columns;
}

/**
 * The model's input columns from a CSV read as typed columns (see `pickColumns`). Only the
 * columns the model reads must be numbers in every row: the others (a label, or the target left
 * blank in rows to predict) may hold anything, blanks included.
 * @throws UsageError when the columns cannot be matched, naming what is missing; or for a text
 *   column or a blank cell among those the model reads, naming the line and the column.
 */
export function featuresFromCsv(command: string, path: string, table: CsvColumns, inputSize: number, featureNames?: string[]): Matrix {
  const picked = pickColumns(command, path, table, inputSize, featureNames);
  const rows = table.columns[0]?.values.length ?? 0;
  const x = new Matrix(rows, picked.length);
  picked.forEach((col, j) => {
    if (col.kind !== "numeric") {
      const sample = col.values.find((v) => v !== null);
      throw new UsageError(`${command}: ${path}: column ${JSON.stringify(col.name)} must hold numbers (the model reads it as a number). Received: text such as ${JSON.stringify(sample)}.`);
    }
    for (let i = 0; i < rows; i++) {
      const v = col.values[i] as number;
      if (Number.isNaN(v)) {
        throw new UsageError(`${command}: ${path}: line ${table.lines[i] ?? i + 1}, column ${JSON.stringify(col.name)}: every column the model reads must hold a value; fill or drop the row. Received: a blank or missing cell.`);
      }
      x.data[i * picked.length + j] = v;
    }
  });
  return x;
}
