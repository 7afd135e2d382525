import { refuseUnknownOptions } from "../checks.js";

/** The cells read as missing by default: the empty field and six common spellings (`nan` is what `numpy.savetxt` writes for NaN). */
export const DEFAULT_MISSING_VALUES: readonly string[] = ["", "NA", "N/A", "NaN", "nan", "null", "?"];

/** The delimiters tried, in this order of preference, when none is given. */
export const CANDIDATE_DELIMITERS: readonly string[] = [",", ";", "\t", "|"];

/** Options shared by {@link parseCsv} and {@link parseCsvTable}. */
export interface CsvReadOptions {
  /** Field separator, one character; left out, detected among `,` `;` tab `|` (see `detectDelimiter`). */
  delimiter?: string;
  /** Whether the first row names the columns; `"auto"` (default) decides from the column types below it. */
  header?: boolean | "auto";
  /** The target column, by name or 0-based index; set apart from the features. */
  target?: string | number;
  /** Cells read as missing (an exact match; unquoted cells are trimmed first, quoted ones compared as written; default {@link DEFAULT_MISSING_VALUES}). */
  missingValues?: readonly string[];
  /** Name used at the start of error messages (e.g. the file path; default the function's name). */
  source?: string;
}

const KNOWN = ["delimiter", "header", "target", "missingValues", "source"];
const TABLE_ONLY = ["columnKinds", "otherColumns"];

/**
 * How {@link parseCsvTable} reads a column named in `columnKinds`: `"numeric"` (every non-missing
 * cell must be a finite number, whatever most cells hold), `"categorical"` (each cell's text as it
 * is, numbers included; missing cells `null`), `"infer"` (typed from its cells, the default) or
 * `"skip"` (never read; left out of the result's columns).
 */
export type CsvColumnKind = "numeric" | "categorical" | "infer" | "skip";

/**
 * `columnKinds` decided from the file itself: called once, with every column's name (`x0`, `x1`, …
 * without a header) and whether a header was found, before any cell is typed.
 */
export type CsvColumnKindsFor = (columnNames: readonly string[], header: boolean) => Record<string, CsvColumnKind>;

const COLUMN_KINDS: readonly CsvColumnKind[] = ["numeric", "categorical", "infer", "skip"];

/** Settled options: every field checked and defaulted. */
export interface CsvSettings {
  source: string;
  delimiter: string | null;
  header: boolean | "auto";
  target: string | number | undefined;
  missing: ReadonlySet<string>;
  /** How to read the columns named, or the function that names them from the header (`parseCsvTable` only; empty otherwise). */
  columnKinds: ReadonlyMap<string, CsvColumnKind> | CsvColumnKindsFor;
  /** How to read the columns `columnKinds` does not name. */
  otherColumns: "infer" | "skip";
}

/**
 * Checks `options` (unknown names, types) and fills in the defaults.
 * @throws TypeError / RangeError naming the option.
 */
export function readCsvOptions(op: string, options: unknown, table = false): CsvSettings {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${op}: options must be an object. Received: ${Array.isArray(options) ? "an array" : String(options)}.`);
  }
  const o = options as Record<string, unknown>;
  const source = o.source === undefined ? op : o.source;
  if (typeof source !== "string") throw new TypeError(`${op}: source must be a string. Received: source=${typeof source}.`);
  const known = table ? [...KNOWN, ...TABLE_ONLY] : KNOWN;
  refuseUnknownOptions(source, o, known);
  const { delimiter, header = "auto", target, missingValues = DEFAULT_MISSING_VALUES } = o;
  if (delimiter !== undefined && (typeof delimiter !== "string" || delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r")) {
    throw new RangeError(`${source}: delimiter must be one character other than a quote or newline. Received: delimiter=${JSON.stringify(delimiter)}.`);
  }
  if (header !== true && header !== false && header !== "auto") {
    throw new TypeError(`${source}: header must be true, false or "auto". Received: header=${JSON.stringify(header)}.`);
  }
  if (target !== undefined && typeof target !== "string" && typeof target !== "number") {
    throw new TypeError(`${source}: target must be a column name or index. Received: target=${typeof target}.`);
  }
  if (!Array.isArray(missingValues) || !missingValues.every((m) => typeof m === "string")) {
    throw new TypeError(`${source}: missingValues must be an array of strings. Received: missingValues=${JSON.stringify(missingValues)?.slice(0, 60)}.`);
  }
  const { columnKinds = {}, otherColumns = "infer" } = o;
  const kinds = typeof columnKinds === "function" ? (columnKinds as CsvColumnKindsFor) : checkColumnKinds(source, columnKinds, "columnKinds");
  if (otherColumns !== "infer" && otherColumns !== "skip") {
    throw new TypeError(`${source}: otherColumns must be "infer" or "skip". Received: otherColumns=${JSON.stringify(otherColumns)?.slice(0, 40)}.`);
  }
  return {
    source,
    delimiter: (delimiter as string | undefined) ?? null,
    header,
    target,
    missing: new Set((missingValues as string[]).map((m) => m.trim())),
    columnKinds: kinds,
    otherColumns,
  };
}

/**
 * `value` (the option `columnKinds`, or what its function returned: `label`) as a map of kinds.
 * @throws TypeError naming `label` when it is not an object of known kinds.
 */
export function checkColumnKinds(source: string, value: unknown, label: string): Map<string, CsvColumnKind> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${source}: ${label} must be an object mapping column names to kinds. Received: ${label === "columnKinds" ? "columnKinds=" : ""}${Array.isArray(value) ? "an array" : String(value)}.`);
  }
  const kinds = new Map<string, CsvColumnKind>();
  for (const [name, kind] of Object.entries(value)) {
    if (!(COLUMN_KINDS as readonly unknown[]).includes(kind)) {
      throw new TypeError(`${source}: ${label}[${JSON.stringify(name)}] must be one of ${COLUMN_KINDS.map((k) => `"${k}"`).join(", ")}. Received: ${JSON.stringify(kind)?.slice(0, 40)}.`);
    }
    kinds.set(name, kind as CsvColumnKind);
  }
  return kinds;
}
