import { formatList } from "../checks.js";
import { checkColumnKinds, readCsvOptions, type CsvColumnKind, type CsvSettings } from "./csv-options.js";
import { detectDelimiter } from "./detect-delimiter.js";
import { isHeader } from "./detect-header.js";
import { readColumn } from "./read-column.js";
import type { TableColumn } from "./table-column.js";
import { tokenizeCsv, type CsvRecord } from "./tokenize.js";
import { showName } from "./show-field.js";

/** What both CSV readers share: every column typed, the target's index, and how the text was read. */
export interface RawTable {
  settings: CsvSettings;
  /** Every column's name, in file order (the skipped ones and the target included). */
  names: string[];
  /** The columns read, one per name; `null` for a skipped one. */
  columns: (TableColumn | null)[];
  targetIndex: number | null;
  header: boolean;
  delimiter: string;
  /** The data records (after the header), with their line numbers. */
  rows: CsvRecord[];
}

/**
 * Tokenizes `text`, detects delimiter and header, checks the row widths and the header's names,
 * and types every column (see {@link readColumn}).
 * @throws TypeError / RangeError naming the source, line, column and value.
 */
export function readTable(op: string, text: unknown, options: unknown, table = false): RawTable {
  const settings = readCsvOptions(op, options, table);
  const { source, missing } = settings;
  if (typeof text !== "string") throw new TypeError(`${source}: text must be a string. Received: ${typeof text}.`);
  const delimiter = settings.delimiter ?? detectDelimiter(source, text);
  const records = tokenizeCsv(source, text, delimiter);
  if (records.length === 0) throw new RangeError(`${source}: the CSV must have at least one data row. Received: no rows (empty or blank text).`);
  const first = records[0] as CsvRecord;
  const header = settings.header === "auto" ? isHeader(records, missing) : settings.header;
  const names = header ? first.fields.map((f, j) => (f === "" ? `x${j}` : f)) : first.fields.map((_, j) => `x${j}`);
  if (header) checkDistinct(source, first.line, names);
  const rows = header ? records.slice(1) : records;
  if (rows.length === 0) throw new RangeError(`${source}: the CSV must have data rows after its header. Received: a header and no data rows.`);
  for (const r of rows) {
    if (r.fields.length !== names.length) {
      throw new RangeError(`${source}: line ${r.line}: every row must have ${names.length} fields${header ? " (as in the header)" : ""}. Received: ${r.fields.length} field${r.fields.length === 1 ? "" : "s"}.`);
    }
  }
  const targetIndex = resolveTarget(source, settings.target, names, header);
  const kinds = columnKinds(settings, names, header, targetIndex);
  const columns = names.map((name, j) => (kinds[j] === "skip" ? null : readColumn(source, rows, j, name, missing, kinds[j])));
  return { settings, names, columns, targetIndex, header, delimiter, rows };
}

/**
 * Each column's kind from `columnKinds` (a function of the names is called here, once; every name
 * must be a column of the file) and `otherColumns`; the target is always read (inferred unless
 * named), never skipped.
 */
function columnKinds(settings: CsvSettings, names: string[], header: boolean, targetIndex: number | null): CsvColumnKind[] {
  const { source, otherColumns } = settings;
  const given = typeof settings.columnKinds === "function" ? checkColumnKinds(source, settings.columnKinds(Object.freeze([...names]), header), "the object columnKinds returned") : settings.columnKinds;
  const unknown = [...given.keys()].filter((n) => !names.includes(n));
  if (unknown.length > 0) {
    const hint = header ? "" : " (no header was found, so the columns are x0, x1, …)";
    throw new RangeError(`${source}: columnKinds must name columns of the CSV${hint}. Received: ${formatList(unknown)}. Expected one of: ${shownNames(names)}.`);
  }
  return names.map((name, j) => {
    const kind = given.get(name);
    if (j !== targetIndex) return kind ?? otherColumns;
    if (kind === "skip") throw new RangeError(`${source}: columnKinds must not skip the target column. Received: ${showName(name)} as the target and "skip".`);
    return kind ?? "infer";
  });
}

function shownNames(names: string[]): string {
  return names.length > 20 ? `${formatList(names.slice(0, 20)).slice(0, -1)}, … ${names.length - 20} more]` : formatList(names);
}

function checkDistinct(source: string, line: number, names: string[]): void {
  const seen = new Map<string, number[]>();
  names.forEach((n, j) => seen.set(n, [...(seen.get(n) ?? []), j + 1]));
  const repeated = [...seen].filter(([, at]) => at.length > 1);
  if (repeated.length > 0) {
    const list = repeated.slice(0, 5).map(([n, at]) => `${showName(n)} (columns ${at.join(", ")})`).join(", ");
    throw new RangeError(`${source}: line ${line}: header names must be distinct. Received: ${list}.`);
  }
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
    const shown = shownNames(names);
    throw new RangeError(`${source}: target column ${showName(target)} not found${hint}. Expected one of: ${shown}.`);
  }
  return j;
}
