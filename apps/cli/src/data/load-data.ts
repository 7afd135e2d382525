import { readFile, stat } from "node:fs/promises";
import { parseCsvTable, type CsvColumnKind, type ParseCsvTableOptions, type TableColumn } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import { checkLimit } from "../limits.js";
import { UsageError } from "../errors.js";
import { DATASET_NAMES, type DatasetName } from "../commands/shared-flags.js";
import { loadBuiltin } from "./builtin.js";
import type { Dataset, Features } from "./dataset.js";

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
  /**
   * How to read the feature columns kept (`evaluate`: as the model read them), by name; a
   * feature it marks `"skip"` is left out unread, one it does not name is inferred.
   */
  featureKinds?: ((features: readonly string[], header: boolean) => Record<string, ColumnKind>) | undefined;
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
 * named `csv.defaultTarget`, else the last column). The columns used are settled from the header
 * first; the others (dropped, outside `--features`, marked "skip" by `csv.featureKinds`) are never
 * read, so a bad cell there is no error.
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
  // Which columns are used is settled from the header alone, so that the columns left out
  // (dropped, not among --features, not read by the model) are never typed or checked.
  let plan: ColumnPlan | undefined;
  const table = readCsvTable(spec, text, csv, (names, header) => {
    const target = csv.target === undefined && csv.defaultTarget !== undefined ? defaultTargetColumn(command, spec, names, csv.defaultTarget) : pickColumn(command, spec, names, csv.target ?? "-1", "--target");
    let features = names.filter((n) => n !== target);
    if (csv.features !== undefined) features = csv.features.map((name) => (name === target ? targetAsFeature(command, name) : pickColumn(command, spec, features, name, "--features", true)));
    if (csv.drop !== undefined) {
      const dropped = new Set(csv.drop.map((name) => pickColumn(command, spec, names, name, "--drop", true)));
      features = features.filter((n) => !dropped.has(n));
    }
    if (features.length === 0) throw new UsageError(`${command}: the data must keep at least one feature column. Received: none left in ${spec} after --target/--features/--drop.`);
    const kinds = csv.featureKinds?.(features, header) ?? {};
    const columnKinds: Record<string, ColumnKind> = { [target]: "infer" };
    for (const n of features) columnKinds[n] = kinds[n] ?? "infer";
    plan = { target, kept: features, features: features.filter((n) => columnKinds[n] !== "skip") };
    return columnKinds;
  });
  // (TypeScript does not see the callback's assignment: `plan` is set once the table is read.)
  const { kept: columnNames, features, target: targetName } = plan as unknown as ColumnPlan;
  // The target is one of the columns read (no `target` option: it is only known from the header).
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const target = byName.get(targetName) as TableColumn;
  const columns = features.map((n) => byName.get(n) as TableColumn);
  return { source: spec, rows: table.nRows, features: featuresOf(columns, table.missingValues), target: { kind: "column", column: target }, lines: table.lines, header: table.header, columnNames, builtin: false };
}

/** The columns a CSV is read for: the target, the features kept, and those of them read (not marked "skip"). */
interface ColumnPlan {
  target: string;
  kept: string[];
  features: string[];
}

/** The column named `name` (the model's target), or an error saying how to pick one. */
function defaultTargetColumn(command: string, path: string, names: readonly string[], name: string): string {
  if (names.includes(name)) return name;
  throw new UsageError(`${command}: ${path} must have the model's target column ${JSON.stringify(name)} (the column it was trained to predict), or say which column holds the target with --target. Received: columns ${columnList(names)}.`);
}

/** How `parseCsvTable` reads a column named in `columnKinds`. */
export type ColumnKind = CsvColumnKind;

/**
 * How to read a CSV's columns, decided from its column names (`x0`, `x1`, … without a header)
 * before any cell is typed: `columnKinds` for the columns used (the others are skipped: never
 * typed, so a bad cell there is no error); `undefined` to read and infer every column.
 */
export type KindsFor = (names: readonly string[], header: boolean) => Record<string, ColumnKind> | undefined;

/**
 * Reads CSV text as typed columns (with each data row's line), in one pass over the text: with
 * `kindsFor`, the columns are read as it says from the header's names, the rest skipped.
 */
export function readCsvTable(path: string, text: string, csv: CsvFlags, kindsFor?: KindsFor) {
  const options: ParseCsvTableOptions = {
    source: path,
    ...(csv.delimiter === undefined ? {} : { delimiter: csv.delimiter }),
    ...(csv.header === undefined ? {} : { header: csv.header }),
    ...(kindsFor === undefined
      ? {}
      : { otherColumns: "skip" as const, columnKinds: (names: readonly string[], header: boolean) => kindsFor(names, header) ?? Object.fromEntries(names.map((n) => [n, "infer" as const])) }),
  };
  return parseCsvTable(text, options);
}

function targetAsFeature(command: string, name: string): never {
  throw new UsageError(`${command}: --features must not list the target column. Received: "${name}" in --features and as the target (pick another with --target).`);
}

/** A column's name, by name or (unless `byNameOnly`) by 0-based index, negative from the end. */
function pickColumn(command: string, path: string, names: readonly string[], key: string, flag: string, byNameOnly = false): string {
  if (names.includes(key)) return key;
  if (!byNameOnly && /^-?\d+$/.test(key)) {
    const i = Number(key);
    const name = names[i < 0 ? names.length + i : i];
    if (name !== undefined) return name;
    throw new UsageError(`${command}: ${flag} must be a column of ${path}, by name or 0-based index (0 … ${names.length - 1}, or -1 for the last). Received: ${flag}=${key}.`);
  }
  throw new UsageError(`${command}: ${flag} must name a column of ${path}. Received: ${flag}=${key}. Expected one of: ${columnList(names)}.`);
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
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(code);
    throw new UsageError(`${command}: the file must exist and be readable. Received: ${path} (${why}).`);
  }
  const utf16 = utf16Sign(bytes);
  if (utf16 !== undefined) {
    throw new UsageError(`${command}: ${path} must be UTF-8 text, and it looks like UTF-16 (${utf16}). Save it as UTF-8 (Excel: "CSV UTF-8"; iconv -f UTF-16 -t UTF-8).`);
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Why `bytes` look like UTF-16 rather than UTF-8 text, if they do: its byte-order mark (FF FE or
 * FE FF), or NUL bytes, which UTF-8 text never holds but UTF-16 puts beside every ASCII character.
 */
function utf16Sign(bytes: Buffer): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return "it starts with a UTF-16 byte-order mark";
  if (bytes.subarray(0, 4096).includes(0)) return "it holds NUL bytes";
  return undefined;
}
