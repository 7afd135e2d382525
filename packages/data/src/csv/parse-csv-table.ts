import type { CsvColumnKind, CsvColumnKindsFor, CsvReadOptions } from "./csv-options.js";
import { readTable } from "./read-table.js";
import type { TableColumn } from "./table-column.js";

/** Options of {@link parseCsvTable}. */
export interface ParseCsvTableOptions extends CsvReadOptions {
  /**
   * How to read columns by name instead of inferring their type: `"numeric"` (every non-missing
   * cell must be a finite number), `"categorical"` (each cell's text as written, `1.0` stays
   * `"1.0"`; missing cells `null`), `"infer"` (the default), `"skip"` (never read or checked, and
   * left out of `columns`). Every name must be a column of the text (with no header: `x0`, `x1`, …).
   * A function of the column names and whether a header was found decides them from the file
   * itself, in the same single read of the text.
   */
  columnKinds?: Record<string, CsvColumnKind> | CsvColumnKindsFor;
  /** How to read the columns `columnKinds` does not name: `"infer"` (default) or `"skip"`. The target is always read. */
  otherColumns?: "infer" | "skip";
}

/** {@link parseCsvTable}'s result: typed columns, missing values kept. */
export interface CsvTable {
  /** The feature columns in file order (the target and the skipped columns left out). */
  columns: TableColumn[];
  /** Every column's name in file order, the target and the skipped columns included. */
  columnNames: string[];
  /** The target column, or `null` without `target`. */
  target: TableColumn | null;
  /** Data rows read (after the header). */
  nRows: number;
  /** The 1-based line of the text each data row starts on (blank lines and quoted line breaks counted), for naming a row in a message. */
  lines: number[];
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
 * `NA`, `N/A`, `NaN`, `null`, `?`). `columnKinds` reads columns as numbers or as text by name, or
 * skips them (with `otherColumns: "skip"`, every column it does not name). Feed the columns to a `ColumnTransformer` to impute and encode.
 *
 * @throws TypeError for unknown options; RangeError naming the line, column and value.
 * @example
 * const t = parseCsvTable("color,size\nred,1.5\nNA,\n");
 * t.columns[0]; // { name: "color", kind: "categorical", values: ["red", null] }
 * t.columns[1]; // { name: "size", kind: "numeric", values: Float64Array [1.5, NaN] }
 */
export function parseCsvTable(text: string, options: ParseCsvTableOptions = {}): CsvTable {
  const { settings, names, columns, targetIndex, header, delimiter, rows } = readTable("parseCsvTable", text, options, true);
  return {
    columns: columns.filter((c, j): c is TableColumn => c !== null && j !== targetIndex),
    columnNames: names,
    target: targetIndex === null ? null : (columns[targetIndex] as TableColumn),
    nRows: rows.length,
    lines: rows.map((r) => r.line),
    header,
    delimiter,
    missingValues: [...settings.missing],
  };
}
