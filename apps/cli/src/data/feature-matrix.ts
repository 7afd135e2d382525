import { Matrix } from "@backprop/linalg";
import type { TableColumn } from "@backprop/data";
import { UsageError } from "../errors.js";

/** A CSV read as typed columns (`readCsvTable`), with each data row's line in the file. */
export interface CsvColumns {
  columns: readonly TableColumn[];
  lines: readonly number[];
}

/**
 * The model's input columns from a CSV read as typed columns: by name when the model knows its
 * feature names and the header has them all, else every column when there are exactly as many as
 * the model takes. Only the columns the model reads must be numbers in every row: the others (a
 * label, or the target left blank in rows to predict) may hold anything, blanks included.
 * @throws UsageError when the columns cannot be matched, naming what is missing; or for a text
 *   column or a blank cell among those the model reads, naming the line and the column.
 */
export function featuresFromCsv(command: string, path: string, table: CsvColumns, inputSize: number, featureNames?: string[]): Matrix {
  const names = table.columns.map((c) => c.name);
  const byName = featureNames?.every((n) => names.includes(n)) === true;
  const picked = byName ? (featureNames as string[]).map((n) => table.columns.find((c) => c.name === n) as TableColumn) : table.columns;
  if (picked.length !== inputSize) {
    const expected = featureNames ? `columns named ${featureNames.join(", ")}` : `${inputSize} numeric columns`;
    throw new UsageError(`${command}: ${path} must have ${expected}. Received: columns ${names.join(", ")}.`);
  }
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
