import type { CsvReadOptions } from "./csv-options.js";
import { readTable } from "./read-table.js";
import type { TableColumn } from "./table-column.js";

/** Options of {@link parseCsvTable}. */
export type ParseCsvTableOptions = CsvReadOptions;

/** {@link parseCsvTable}'s result: typed columns, missing values kept. */
export interface CsvTable {
  /** The feature columns in file order (the target left out). */
  columns: TableColumn[];
  /** The target column, or `null` without `target`. */
  target: TableColumn | null;
  /** Data rows read (after the header). */
  nRows: number;
  /** Whether the first row was read as a header. */
  header: boolean;
  /** The field separator used (given or detected). */
  delimiter: string;
  /** The cells read as missing. */
  missingValues: string[];
}

/**
 * Parses CSV text into typed columns, keeping missing values (browser safe). A column is numeric
 * when every non-missing cell is a finite number (`Float64Array`, `NaN` where missing), text when
 * most of its cells are text (`string[]`, `null` where missing); a mostly numeric column with a
 * text cell is an error naming it. Missing cells are the `missingValues` tokens (default `""`,
 * `NA`, `N/A`, `NaN`, `null`, `?`). Feed the columns to a `ColumnTransformer` to impute and encode.
 *
 * @throws TypeError for unknown options; RangeError naming the line, column and value.
 * @example
 * const t = parseCsvTable("color,size\nred,1.5\nNA,\n");
 * t.columns[0]; // { name: "color", kind: "categorical", values: ["red", null] }
 * t.columns[1]; // { name: "size", kind: "numeric", values: Float64Array [1.5, NaN] }
 */
export function parseCsvTable(text: string, options: ParseCsvTableOptions = {}): CsvTable {
  const { settings, columns, targetIndex, header, delimiter, rows } = readTable("parseCsvTable", text, options);
  return {
    columns: columns.filter((_, j) => j !== targetIndex),
    target: targetIndex === null ? null : (columns[targetIndex] as TableColumn),
    nRows: rows.length,
    header,
    delimiter,
    missingValues: [...settings.missing],
  };
}
