import { readFile, stat } from "node:fs/promises";
import { parseCsvTable, type TableColumn } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import { checkLimit } from "../limits.js";
import { UsageError } from "../errors.js";
import { DATASET_NAMES, type DatasetName } from "../commands/shared-flags.js";
import { loadBuiltin } from "./builtin.js";
import type { Dataset, Features } from "./dataset.js";
import { recordLines } from "./record-lines.js";

/** The seed the built-in sets are generated with in `train`/`evaluate` (the tutorials' random_state=42). */
export const DATA_SEED = 42;

/** How to read a CSV: the flags `--target`, `--delimiter`, `--header`/`--no-header`, `--features`, `--drop`. */
export interface CsvFlags {
  target?: string | undefined;
  delimiter?: string | undefined;
  header?: boolean | "auto";
  features?: string[] | undefined;
  drop?: string[] | undefined;
  /** The target's name when `--target` is not given (`evaluate`: the model's); else the last column. */
  defaultTarget?: string | undefined;
}

export function isDatasetName(spec: string): spec is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(spec);
}

/** The CSV flags a command was given, from its parsed flags (`--header`, `--no-header` → true/false/"auto"). */
export function csvFlags(command: string, f: Record<string, unknown>): CsvFlags {
  if (f.header === true && f.noHeader === true) throw new UsageError(`${command}: give at most one of --header and --no-header. Received: both.`);
  const list = (v: unknown): string[] | undefined => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter((s) => s !== "") : undefined);
  const delimiter = f.delimiter as string | undefined;
  if (delimiter !== undefined && [...(delimiter === "\\t" || delimiter === "tab" ? "\t" : delimiter)].length !== 1) {
    throw new UsageError(`${command}: --delimiter must be one character (or tab). Received: --delimiter=${delimiter}.`);
  }
  return {
    target: f.target as string | undefined,
    delimiter: delimiter === "\\t" || delimiter === "tab" ? "\t" : delimiter,
    header: f.header === true ? true : f.noHeader === true ? false : "auto",
    features: list(f.features),
    drop: list(f.drop),
  };
}

const CSV_ONLY = ["target", "delimiter", "features", "drop"] as const;

/**
 * `--data` for `train` and `evaluate`: a built-in set's name, or a CSV file read with
 * `parseCsvTable` (typed columns, blanks kept) whose target is `--target` (default: the column
 * named `csv.defaultTarget`, else the last column).
 * @throws UsageError for a missing file or bad contents, naming the file, line, column and value;
 *   a CSV flag with a built-in set; an unknown `--target`, `--features` or `--drop` column; no
 *   column named `csv.defaultTarget`.
 */
export async function loadData(command: string, spec: string, csv: CsvFlags = {}): Promise<Dataset> {
  if (isDatasetName(spec)) {
    const given = CSV_ONLY.find((k) => csv[k] !== undefined) ?? (csv.header !== undefined && csv.header !== "auto" ? "header" : undefined);
    if (given !== undefined) {
      const value = given === "header" ? "" : `=${String(csv[given])}`;
      throw new UsageError(`${command}: --${given} picks a column of a CSV file, not of a built-in set. Received: --${given}${value} with --data=${spec}.`);
    }
    const b = await loadBuiltin(spec, { seed: DATA_SEED });
    return { source: spec, rows: b.x.rows, features: { kind: "matrix", x: b.x, names: b.featureNames }, target: b.target, builtin: true };
  }
  if (!/\.(csv|txt|tsv)$/i.test(spec) && !spec.includes("/") && !spec.includes("\\")) {
    throw new UsageError(`${command}: --data must be one of ${DATASET_NAMES.join(", ")} or a CSV file. Received: --data=${spec}.`);
  }
  const text = await readText(command, spec);
  const table = readCsvTable(spec, text, csv);
  const target = csv.target === undefined && csv.defaultTarget !== undefined ? defaultTargetColumn(command, spec, table.columns, csv.defaultTarget) : pickColumn(command, spec, table.columns, csv.target ?? "-1", "--target");
  let columns = table.columns.filter((c) => c !== target);
  if (csv.features !== undefined) {
    const chosen = csv.features.map((name) => (name === target.name ? targetAsFeature(command, name) : pickColumn(command, spec, columns, name, "--features", true)));
    columns = chosen;
  }
  if (csv.drop !== undefined) {
    const dropped = new Set(csv.drop.map((name) => pickColumn(command, spec, table.columns, name, "--drop", true)));
    columns = columns.filter((c) => !dropped.has(c));
  }
  if (columns.length === 0) throw new UsageError(`${command}: the data must keep at least one feature column. Received: none left in ${spec} after --target/--features/--drop.`);
  return { source: spec, rows: table.nRows, features: featuresOf(columns, table.missingValues), target: { kind: "column", column: target }, lines: table.lines, header: table.header, builtin: false };
}

/** The column named `name` (the model's target), or an error saying how to pick one. */
function defaultTargetColumn(command: string, path: string, columns: readonly TableColumn[], name: string): TableColumn {
  const column = columns.find((c) => c.name === name);
  if (column !== undefined) return column;
  throw new UsageError(`${command}: ${path} must have the model's target column ${JSON.stringify(name)} (the column it was trained to predict), or say which column holds the target with --target. Received: columns ${columnList(columns.map((c) => c.name))}.`);
}

/** Reads CSV text as typed columns, with each data row's line. */
export function readCsvTable(path: string, text: string, csv: CsvFlags) {
  const table = parseCsvTable(text, {
    source: path,
    ...(csv.delimiter === undefined ? {} : { delimiter: csv.delimiter }),
    ...(csv.header === undefined ? {} : { header: csv.header }),
  });
  const lines = recordLines(text, table.delimiter).slice(table.header ? 1 : 0);
  return { ...table, lines };
}

function targetAsFeature(command: string, name: string): never {
  throw new UsageError(`${command}: --features must not list the target column. Received: "${name}" in --features and as the target (pick another with --target).`);
}

/** A column by name, or (unless `byNameOnly`) by 0-based index, negative from the end. */
function pickColumn(command: string, path: string, columns: readonly TableColumn[], key: string, flag: string, byNameOnly = false): TableColumn {
  const byName = columns.find((c) => c.name === key);
  if (byName !== undefined) return byName;
  if (!byNameOnly && /^-?\d+$/.test(key)) {
    const i = Number(key);
    const column = columns[i < 0 ? columns.length + i : i];
    if (column !== undefined) return column;
    throw new UsageError(`${command}: ${flag} must be a column of ${path}, by name or 0-based index (0 … ${columns.length - 1}, or -1 for the last). Received: ${flag}=${key}.`);
  }
  throw new UsageError(`${command}: ${flag} must name a column of ${path}. Received: ${flag}=${key}. Expected one of: ${columnList(columns.map((c) => c.name))}.`);
}

/** `a, b, c`, cut after 20 names (`…, (5 more)`). */
export function columnList(names: readonly string[]): string {
  return names.length > 20 ? `${names.slice(0, 20).join(", ")}, … (${names.length - 20} more)` : names.join(", ");
}

/** A matrix when every column is numeric and complete (the plain-scaler path), else the table. */
function featuresOf(columns: TableColumn[], missingValues: string[]): Features {
  const names = columns.map((c) => c.name);
  const plain = columns.every((c) => c.kind === "numeric" && c.values.every((v) => !Number.isNaN(v)));
  if (!plain) return { kind: "table", columns, names, missingValues };
  const rows = columns[0]?.values.length ?? 0;
  const x = new Matrix(rows, columns.length);
  columns.forEach((c, j) => c.values.forEach((v, i) => x.set(i, j, v as number)));
  return { kind: "matrix", x, names };
}

/**
 * The file's text (a leading UTF-8 byte-order mark dropped), or a one-line error naming the file
 * when it cannot be read or is larger than `BACKPROP_MAX_FILE_BYTES` (checked before reading).
 */
export async function readText(command: string, path: string): Promise<string> {
  let size: number | undefined;
  try {
    size = (await stat(path)).size;
  } catch {
    // Reported below by readFile, with the same wording as any unreadable file.
  }
  if (size !== undefined) checkLimit(command, `${path} (${size} bytes)`, size, "fileBytes");
  try {
    const text = await readFile(path, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(code);
    throw new UsageError(`${command}: the file must exist and be readable. Received: ${path} (${why}).`);
  }
}
