import { Matrix } from "@backprop/linalg";
import { formatList } from "../checks.js";
import { tokenizeCsv, type CsvRecord } from "./tokenize.js";
import { parseNumber } from "./parse-number.js";
import { readColumn, type CsvColumn } from "./read-column.js";

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Field separator, one character (default `","`). */
  delimiter?: string;
  /** Whether the first row names the columns; `"auto"` (default): yes when it has no number and the next row has one. */
  header?: boolean | "auto";
  /** The target column, by name or 0-based index; left out of `x` and returned as `y`. */
  target?: string | number;
  /** Name used at the start of error messages (e.g. the file path; default `"parseCsv"`). */
  source?: string;
}

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
}

/**
 * Parses CSV text into a numeric data set without touching the file system (browser safe).
 * A column whose first value is text is categorical; every other column must hold finite numbers
 * in every row. Errors name the line and column: `line 17, column "petal_width": "abc" is not a number`.
 *
 * @throws RangeError on empty input, ragged rows, missing values, non-numbers and non-finite numbers.
 * @example
 * const d = parseCsv("a,b,label\n1,2,yes\n3,4,no\n", { target: "label" });
 * d.x.toArray(); // [[1, 2], [3, 4]]
 * d.y;           // Int32Array [1, 0]
 * d.classes;     // ["no", "yes"]
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvDataset {
  const { delimiter = ",", source = "parseCsv" } = options;
  if (typeof text !== "string") throw new TypeError(`${source}: text must be a string. Received: ${typeof text}.`);
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n") {
    throw new RangeError(`${source}: delimiter must be one character other than a quote or newline. Received: delimiter=${JSON.stringify(delimiter)}.`);
  }
  const records = tokenizeCsv(source, text, delimiter);
  if (records.length === 0) throw new RangeError(`${source}: the CSV must have at least one data row. Received: no rows (empty or blank text).`);
  const first = records[0] as CsvRecord;
  const header = options.header === "auto" || options.header === undefined ? looksLikeHeader(records) : options.header;
  const names = header ? first.fields : first.fields.map((_, j) => `x${j}`);
  const rows = header ? records.slice(1) : records;
  if (rows.length === 0) throw new RangeError(`${source}: the CSV must have data rows after its header. Received: a header and no data rows.`);
  for (const r of rows) {
    if (r.fields.length !== names.length) {
      throw new RangeError(`${source}: line ${r.line}: every row must have ${names.length} fields${header ? " (as in the header)" : ""}. Received: ${r.fields.length} field${r.fields.length === 1 ? "" : "s"}.`);
    }
  }
  const targetIndex = resolveTarget(source, options.target, names, header);
  const columns = names.map((name, j) => readColumn(source, rows, j, name));
  return assemble(columns, targetIndex, rows.length, header);
}

function looksLikeHeader(records: CsvRecord[]): boolean {
  const [first, second] = records as [CsvRecord, CsvRecord | undefined];
  if (first.fields.some((f) => parseNumber(f) !== null)) return false;
  return second === undefined || second.fields.some((f) => parseNumber(f) !== null);
}

function resolveTarget(source: string, target: string | number | undefined, names: string[], header: boolean): number | null {
  if (target === undefined) return null;
  if (typeof target === "number") {
    if (!Number.isInteger(target) || target < 0 || target >= names.length) {
      throw new RangeError(`${source}: target index must be an integer in [0, ${names.length - 1}]. Received: target=${target}.`);
    }
    return target;
  }
  const j = names.indexOf(target);
  if (j < 0) {
    const hint = header ? "" : " (no header was found; pass a column index or header: true)";
    throw new RangeError(`${source}: target column ${JSON.stringify(target)} not found${hint}. Expected one of: ${formatList(names)}.`);
  }
  return j;
}

function assemble(columns: CsvColumn[], targetIndex: number | null, nRows: number, header: boolean): CsvDataset {
  const features = columns.filter((_, j) => j !== targetIndex);
  const x = new Matrix(nRows, features.length);
  features.forEach((col, j) => col.values.forEach((v, i) => (x.data[i * features.length + j] = v)));
  const categorical: Record<string, string[]> = {};
  for (const col of features) if (col.categories !== null) categorical[col.name] = col.categories;
  const target = targetIndex === null ? null : (columns[targetIndex] as CsvColumn);
  let y: Int32Array | Float64Array | null = null;
  const isLabel = (v: number): boolean => Number.isInteger(v) && Math.abs(v) <= 0x7fffffff;
  if (target !== null) y = target.categories !== null || target.values.every(isLabel) ? Int32Array.from(target.values) : target.values;
  return { x, featureNames: features.map((c) => c.name), y, targetName: target?.name ?? null, classes: target?.categories ?? null, categorical, header };
}
