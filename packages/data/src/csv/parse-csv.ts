import { Matrix } from "@backprop/linalg";
import type { CsvReadOptions } from "./csv-options.js";
import { readTable } from "./read-table.js";
import { compareCodePoints } from "../unique.js";
import { showField, showName } from "./show-field.js";
import type { TableColumn } from "./table-column.js";
import type { CsvRecord } from "./tokenize.js";

/** Options of {@link parseCsv}. */
export type ParseCsvOptions = CsvReadOptions;

/** {@link parseCsv}'s result. */
export interface CsvDataset {
  /** Feature columns, one row per record; text columns label-encoded (see `categorical`). */
  x: Matrix;
  featureNames: string[];
  /** The target: label codes (`Int32Array`) for text or 32-bit integer targets, else `Float64Array`; `null` without `target`. */
  y: Int32Array | Float64Array | null;
  targetName: string | null;
  /** The target's sorted class names when it holds text (`y[i]` indexes them), else `null`. */
  classes: string[] | null;
  /** Feature columns holding text, with their sorted categories (`x` holds the category index). */
  categorical: Record<string, string[]>;
  /** Whether the first row was read as a header. */
  header: boolean;
  /** The field separator used (given or detected). */
  delimiter: string;
}

/**
 * Parses CSV text into a numeric data set without touching the file system (browser safe).
 * Every row decides a column's type: numeric when its cells are numbers (see `parseCsvTable`),
 * text otherwise (label-encoded into `x`, categories sorted). Every cell must hold a value: read
 * data with missing values with `parseCsvTable` and impute them. Delimiter and header are detected
 * unless given. Errors name the line and column: `line 17, column "petal_width": …`.
 *
 * @throws TypeError for unknown options; RangeError on empty input, ragged rows, duplicate header
 *   names, missing values, non-numbers in a numeric column and non-finite numbers.
 * @example
 * const d = parseCsv("a,b,label\n1,2,yes\n3,4,no\n", { target: "label" });
 * d.x.toArray(); // [[1, 2], [3, 4]]
 * d.y;           // Int32Array [1, 0]
 * d.classes;     // ["no", "yes"]
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvDataset {
  const { settings, columns, targetIndex, header, delimiter, rows } = readTable("parseCsv", text, options);
  // parseCsv takes no columnKinds, so every column is read.
  const encoded = columns.map((c, j) => encode(settings.source, c as TableColumn, j, rows));
  const features = encoded.filter((_, j) => j !== targetIndex);
  const n = rows.length;
  const x = new Matrix(n, features.length);
  features.forEach((col, j) => col.values.forEach((v, i) => (x.data[i * features.length + j] = v)));
  const categorical: Record<string, string[]> = {};
  for (const col of features) if (col.categories !== null) categorical[col.name] = col.categories;
  const target = targetIndex === null ? null : (encoded[targetIndex] as Encoded);
  let y: Int32Array | Float64Array | null = null;
  const isLabel = (v: number): boolean => Number.isInteger(v) && Math.abs(v) <= 0x7fffffff;
  if (target !== null) y = target.categories !== null || target.values.every(isLabel) ? Int32Array.from(target.values) : target.values;
  return { x, featureNames: features.map((c) => c.name), y, targetName: target?.name ?? null, classes: target?.categories ?? null, categorical, header, delimiter };
}

interface Encoded {
  name: string;
  values: Float64Array;
  categories: string[] | null;
}

/** A column as numbers: itself, or category indices; a missing cell is an error naming its line. */
function encode(source: string, col: TableColumn, j: number, rows: CsvRecord[]): Encoded {
  const missingAt = col.kind === "numeric" ? col.values.findIndex(Number.isNaN) : col.values.indexOf(null);
  if (missingAt >= 0) {
    const r = rows[missingAt] as CsvRecord;
    const field = r.fields[j] as string;
    const shown = field === "" ? showField(field) : `${showField(field)} (a missing value)`;
    throw new RangeError(`${source}: line ${r.line}, column ${showName(col.name)}: every field must hold a value; fill or drop the row. Received: ${shown}.`);
  }
  if (col.kind === "numeric") return { name: col.name, values: col.values, categories: null };
  const categories = [...new Set(col.values as string[])].sort(compareCodePoints);
  const index = new Map(categories.map((c, k) => [c, k]));
  return { name: col.name, values: Float64Array.from(col.values as string[], (v) => index.get(v) as number), categories };
}
