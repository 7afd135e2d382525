import { Matrix } from "@backprop/linalg";
import { LabelEncoder, parseCsvTable, type CsvTable } from "@backprop/data";
import {
  csvSource, MAX_CLASSES, MAX_CSV_BYTES, MAX_CSV_COLUMNS, MAX_CSV_ROWS, MAX_TRAIN_COLUMNS, tooLargeMessage,
  type CsvChoice, type CsvColumnSummary, type CsvSummary,
} from "./csv-choice.js";

type TableColumn = CsvTable["columns"][number];


/** A file read in the worker: its typed columns (none set apart) and the page's summary. */
export interface LoadedCsv {
  table: CsvTable;
  summary: CsvSummary;
}

/** The rows of a choice, ready to split: raw feature values (blank rows dropped), class indices. */
export interface CsvRows {
  x: Matrix;
  y: Int32Array;
  classNames: string[];
  /** Column indices of `plotX`/`plotY` within the features. */
  plot: [number, number];
  /** Rows dropped because the label or a trained-on column was blank. */
  dropped: number;
}

const count = (n: number) => n.toLocaleString("en-US");
const quoted = (name: string) => JSON.stringify(name.length > 40 ? `${name.slice(0, 39)}…` : name);

/** UTF-8 byte length of `text` (what `File.size` measured on the page). */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Why `column` cannot be the label, or null when it can: text, or whole numbers (class codes),
 * with 2 to {@link MAX_CLASSES} distinct values among its non-blank cells.
 */
export function labelProblem(column: TableColumn): string | null {
  const values: (string | number)[] = [];
  if (column.kind === "numeric") {
    for (let i = 0; i < column.values.length; i++) {
      const v = column.values[i]!;
      if (Number.isNaN(v)) continue;
      if (!Number.isInteger(v)) {
        return `a numeric label column must hold whole numbers (class codes). Received: ${quoted(column.name)} holds ${v} on data row ${i + 1}.`;
      }
      values.push(v);
    }
  } else {
    for (const v of column.values) if (v !== null) values.push(v);
  }
  const distinct = new Set(values);
  if (distinct.size < 2) {
    const held = distinct.size === 0 ? "no values (every cell is blank)" : `1 class (${quoted(String([...distinct][0]))})`;
    return `the label column ${quoted(column.name)} must hold at least 2 classes. Received: ${held}.`;
  }
  if (distinct.size > MAX_CLASSES) {
    return `the label column ${quoted(column.name)} may hold at most ${MAX_CLASSES} classes. Received: ${count(distinct.size)} distinct values.`;
  }
  return null;
}

/**
 * Why `column` cannot be a regression target, or null when it can: numeric, with at least 2
 * different values among its non-blank cells.
 */
export function targetProblem(column: TableColumn): string | null {
  if (column.kind !== "numeric") return `a target column must be numeric. Received: ${quoted(column.name)}, a text column.`;
  const distinct = new Set<number>();
  for (const v of column.values) if (!Number.isNaN(v)) distinct.add(v);
  if (distinct.size < 2) {
    const held = distinct.size === 0 ? "no values (every cell is blank)" : `only ${[...distinct][0]}`;
    return `the target column ${quoted(column.name)} must hold at least 2 different values. Received: ${held}.`;
  }
  return null;
}

/**
 * The numeric columns a default choice trains on besides `target`: all of them but a row number
 * (unless fewer than two would be left), up to {@link MAX_TRAIN_COLUMNS}; null when fewer than two.
 */
function defaultFeatures(columns: CsvColumnSummary[], target: string): string[] | null {
  const numeric = columns.filter((c) => c.feature && c.name !== target);
  if (numeric.length < 2) return null;
  // A row number (an "Id" column) would let the network learn the file's order: not trained on unless chosen.
  const measured = numeric.filter((c) => !c.rowNumber);
  return (measured.length >= 2 ? measured : numeric).slice(0, MAX_TRAIN_COLUMNS).map((c) => c.name);
}

function choiceOf(file: string, label: string, features: string[]): CsvChoice {
  return { file, label, features, plotX: features[0]!, plotY: features[1]! };
}

/** The classification default, or why there is none (the message a file that suits neither problem gets). */
function classificationChoice(file: string, columns: CsvColumnSummary[]): CsvChoice | string {
  // The label is the last column by convention; failing that, the last text column that can be one.
  const last = columns[columns.length - 1]!;
  const label = last.labelProblem === null ? last : [...columns].reverse().find((c) => c.kind === "text" && c.labelProblem === null);
  if (label === undefined) return last.labelProblem!;
  const features = defaultFeatures(columns, label.name);
  if (features === null) {
    const others = columns.filter((c) => c.feature && c.name !== label.name).map((c) => c.name);
    const received = others.length === 0 ? "none" : `1 (${quoted(others[0]!)})`;
    return `the plane needs two numeric columns besides the label ${quoted(label.name)}. Received: ${received}.`;
  }
  return choiceOf(file, label.name, features);
}

/** The regression default: the last column if it can be the target, else the last numeric one that can (never a row number). */
function regressionChoice(file: string, columns: CsvColumnSummary[]): CsvChoice | null {
  const candidates = columns.filter((c) => c.targetProblem === null && !c.rowNumber);
  const target = candidates.at(-1);
  if (target === undefined) return null;
  const features = defaultFeatures(columns, target.name);
  return features === null ? null : choiceOf(file, target.name, features);
}

/**
 * Reads an uploaded file with `@backprop/data`'s `parseCsvTable` (delimiter and header detected,
 * text columns kept, blanks marked) and checks what the playground needs: at most
 * {@link MAX_CSV_BYTES} bytes, {@link MAX_CSV_ROWS} rows and {@link MAX_CSV_COLUMNS} columns, and
 * either a column that can be the label (the last one, else the last text column that can) or a
 * numeric column that can be a regression target, with two numeric columns besides it to plot.
 * The default choices train on every numeric column but the label (or target) and a row number
 * (an `Id` column counting 1, 2, 3, …) and plot the first two.
 * @throws RangeError starting with the file name: `data.csv: line 3: every row must have 3 fields…`;
 *   for a file that suits neither problem, the reason it has no label.
 * @example
 * loadCsv("pets.csv", "w,h,kind\n1,2,cat\n3,4,dog\n").summary.defaultChoice;
 * // { file: "pets.csv", label: "kind", features: ["w", "h"], plotX: "w", plotY: "h" }
 */
export function loadCsv(file: string, text: string): LoadedCsv {
  const source = csvSource(file);
  const bytes = byteLength(text);
  if (bytes > MAX_CSV_BYTES) throw new RangeError(tooLargeMessage(file, bytes));
  // A NUL is binary data (text never holds one). Without one, the replacement character the
  // browser puts for bytes that are not UTF-8 means text in another encoding (Excel's plain "CSV"
  // is Windows-1252): say so, where, and how to save it as UTF-8.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw new RangeError(`${source}: this is not a CSV text file (it holds binary data). Received: a NUL byte at character ${count(nul + 1)}.`);
  }
  const bad = text.indexOf("\uFFFD");
  if (bad >= 0) throw new RangeError(notUtf8Message(source, text, bad));
  const table = parseCsvTable(text, { source });
  if (table.nRows > MAX_CSV_ROWS) {
    throw new RangeError(`${source}: a file may hold at most ${count(MAX_CSV_ROWS)} data rows. Received: ${count(table.nRows)} rows.`);
  }
  if (table.columns.length > MAX_CSV_COLUMNS) {
    throw new RangeError(`${source}: a file may hold at most ${MAX_CSV_COLUMNS} columns. Received: ${count(table.columns.length)} columns.`);
  }
  const columns: CsvColumnSummary[] = table.columns.map((c) => {
    const missing = c.kind === "numeric" ? c.values.filter(Number.isNaN).length : c.values.filter((v) => v === null).length;
    return {
      name: c.name, kind: c.kind === "numeric" ? "numeric" : "text", missing, feature: c.kind === "numeric" && missing < table.nRows,
      labelProblem: labelProblem(c), targetProblem: targetProblem(c), rowNumber: c.kind === "numeric" && isRowNumber(c.values),
    };
  });
  if (!columns.some((c) => c.feature)) {
    throw new RangeError(`${source}: the plane needs two numeric columns to plot. Received: no numeric columns (${columns.length === 1 ? "one text column" : `${columns.length} text or blank columns`}).`);
  }
  const classification = classificationChoice(file, columns);
  const regression = regressionChoice(file, columns);
  if (typeof classification === "string" && regression === null) throw new RangeError(`${source}: ${classification}`);
  const defaultChoice = typeof classification === "string" ? null : classification;
  const last = columns[columns.length - 1]!.name;
  const problem = defaultChoice === null || (regression?.label === last && defaultChoice.label !== last) ? "regression" : "classification";
  const loaded: LoadedCsv = { table, summary: { file, rows: table.nRows, columns, defaultChoice, regressionChoice: regression, problem } };
  // The rows the file would open on are checked now (values within ±1e150, two rows per class), so
  // a file that cannot train is refused here rather than announced as loaded and failing to start;
  // when only the other problem's choice can train, the file opens on that one.
  const other = problem === "regression" ? "classification" : "regression";
  const why = rowsProblem(loaded, problem);
  if (why !== null) {
    if (rowsProblem(loaded, other) !== null) throw why;
    loaded.summary.problem = other;
  }
  return loaded;
}

/** Why the default choice for `problem` cannot give rows to train on (null when it can, or there is none and the other can). */
function rowsProblem(loaded: LoadedCsv, problem: "classification" | "regression"): RangeError | null {
  const choice = problem === "regression" ? loaded.summary.regressionChoice : loaded.summary.defaultChoice;
  if (choice === null) return new RangeError(`${csvSource(loaded.summary.file)}: no default choice for ${problem}.`);
  try {
    if (problem === "regression") csvTargetRows(loaded, choice);
    else csvRows(loaded, choice);
    return null;
  } catch (error) {
    return error as RangeError;
  }
}

/** The refusal of text that is not UTF-8: the line and character of its first bad byte, and how to re-save it. */
function notUtf8Message(source: string, text: string, at: number): string {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return `${source}: the file must be UTF-8 text, and it is not (it looks saved as Windows-1252 or Latin-1, as Excel's plain "CSV" is). ` +
    `Save it as UTF-8 (Excel: "CSV UTF-8"; LibreOffice: character set "Unicode (UTF-8)"; iconv -f WINDOWS-1252 -t UTF-8) and upload it again. ` +
    `Received: a byte that is not UTF-8 on line ${count(line)}, character ${count(at - lineStart + 1)}.`;
}

/** Whether `values` count up by one from row to row (no blanks): a row number, not a measurement. */
function isRowNumber(values: Float64Array): boolean {
  if (values.length < 3 || !Number.isInteger(values[0])) return false;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[i - 1]! + 1) return false;
  return true;
}

function column(loaded: LoadedCsv, name: string, role: string): TableColumn {
  const found = loaded.table.columns.find((c) => c.name === name);
  if (found) return found;
  const names = loaded.table.columns.slice(0, 20).map((c) => quoted(c.name)).join(", ");
  throw new RangeError(`${csvSource(loaded.summary.file)}: the ${role} column ${quoted(name)} is not in the file. Expected one of: ${names}.`);
}

/** What `choice.label` holds: classes (classification) or a number to predict (regression). */
type LabelRole = "label" | "target";

/** Checks a choice against the file: a label (or target) that can be one, 2–16 distinct numeric features other than it, both plotted ones among them. */
function checkChoice(loaded: LoadedCsv, choice: CsvChoice, role: LabelRole): { label: TableColumn; features: TableColumn[] } {
  const source = csvSource(loaded.summary.file);
  const label = column(loaded, choice.label, role);
  const problem = role === "label" ? labelProblem(label) : targetProblem(label);
  if (problem !== null) throw new RangeError(`${source}: ${problem}`);
  if (new Set(choice.features).size !== choice.features.length || choice.features.length < 2 || choice.features.length > MAX_TRAIN_COLUMNS) {
    throw new RangeError(`${source}: train on 2 to ${MAX_TRAIN_COLUMNS} different columns. Received: ${choice.features.length} (${choice.features.map(quoted).join(", ")}).`);
  }
  const features = choice.features.map((name) => column(loaded, name, "feature"));
  for (const f of features) {
    if (f.name === label.name) throw new RangeError(`${source}: the ${role} column ${quoted(f.name)} cannot also be trained on. Received: it among the features.`);
    if (f.kind !== "numeric") throw new RangeError(`${source}: a trained-on column must be numeric. Received: ${quoted(f.name)}, a text column.`);
  }
  if (choice.plotX === choice.plotY || !choice.features.includes(choice.plotX) || !choice.features.includes(choice.plotY)) {
    throw new RangeError(`${source}: the two plotted columns must be different trained-on columns. Received: ${quoted(choice.plotX)} and ${quoted(choice.plotY)}.`);
  }
  return { label, features };
}

/** The file rows with a value in `label` and in every feature (in file order), and those rows' features as a matrix. */
function completeRows(loaded: LoadedCsv, label: TableColumn, features: TableColumn[]): { keep: number[]; x: Matrix; dropped: number } {
  const keep: number[] = [];
  for (let i = 0; i < loaded.table.nRows; i++) {
    const v = label.values[i];
    if (v === null || (typeof v === "number" && Number.isNaN(v))) continue;
    if (features.some((f) => Number.isNaN((f.values as Float64Array)[i]))) continue;
    keep.push(i);
  }
  for (const c of [label, ...features]) if (c.kind === "numeric") checkMagnitude(loaded, c, keep);
  const x = new Matrix(keep.length, features.length);
  keep.forEach((row, i) => features.forEach((f, j) => (x.data[i * features.length + j] = (f.values as Float64Array)[row]!)));
  return { keep, x, dropped: loaded.table.nRows - keep.length };
}

/**
 * The largest |value| a trained-on or target cell may hold. Past it, a test row standardised with
 * the training rows' statistics can square to Infinity in the loss (1.8e308 is float64's limit),
 * and the page would show an infinite loss and a NaN R² instead of saying why.
 */
const MAX_MAGNITUDE = 1e150;

function checkMagnitude(loaded: LoadedCsv, column: TableColumn, rows: number[]): void {
  const values = column.values as Float64Array;
  const at = rows.find((i) => Math.abs(values[i]!) > MAX_MAGNITUDE);
  if (at === undefined) return;
  throw new RangeError(`${csvSource(loaded.summary.file)}: column ${quoted(column.name)} must hold values within ±1e150, so that the losses stay finite. Received: ${values[at]} on data row ${at + 1}.`);
}

const plotted = (choice: CsvChoice): [number, number] => [choice.features.indexOf(choice.plotX), choice.features.indexOf(choice.plotY)];
const afterBlanks = (dropped: number) => (dropped > 0 ? ` after dropping ${count(dropped)} rows with blanks` : "");

/**
 * The rows a choice trains on, in file order: a row with a blank label or a blank in a trained-on
 * column is dropped (blanks elsewhere do not matter); labels become `0 … k − 1` in sorted order
 * (`LabelEncoder`: text by code point, class codes ascending). Every class needs 2 rows, one
 * for training and one for testing.
 * @throws RangeError starting with the file name, for a choice the file cannot give.
 */
export function csvRows(loaded: LoadedCsv, choice: CsvChoice): CsvRows {
  const source = csvSource(loaded.summary.file);
  const { label, features } = checkChoice(loaded, choice, "label");
  const { keep, x, dropped } = completeRows(loaded, label, features);
  const labels = keep.map((i) => label.values[i] as string | number);
  const blanks = afterBlanks(dropped);
  const encoder = new LabelEncoder().fit(labels);
  const classNames = encoder.classes!.map(String);
  if (classNames.length < 2) {
    throw new RangeError(`${source}: the label column ${quoted(label.name)} must hold at least 2 classes${blanks}. Received: ${classNames.length === 0 ? "no complete rows" : `1 class (${quoted(classNames[0]!)})`}.`);
  }
  const y = encoder.transform(labels);
  const sizes = new Int32Array(classNames.length);
  y.forEach((k) => sizes[k]!++);
  const small = sizes.findIndex((s) => s < 2);
  if (small >= 0) {
    throw new RangeError(`${source}: every class needs at least 2 complete rows (one to train on, one to test)${blanks}. Received: class ${quoted(classNames[small]!)} has 1.`);
  }
  return { x, y, classNames, plot: plotted(choice), dropped };
}

/** The rows of a regression choice: raw feature values and targets (blank rows dropped). */
export interface CsvTargetRows {
  x: Matrix;
  target: Float64Array;
  /** Column indices of `plotX`/`plotY` within the features. */
  plot: [number, number];
  /** Rows dropped because the target or a trained-on column was blank. */
  dropped: number;
}

/**
 * The rows a regression choice trains on, in file order: a row with a blank target or a blank in
 * a trained-on column is dropped. The target must still take 2 different values, on at least 2
 * rows (one to train on, one to test).
 * @throws RangeError starting with the file name, for a choice the file cannot give.
 */
export function csvTargetRows(loaded: LoadedCsv, choice: CsvChoice): CsvTargetRows {
  const source = csvSource(loaded.summary.file);
  const { label, features } = checkChoice(loaded, choice, "target");
  const { keep, x, dropped } = completeRows(loaded, label, features);
  const values = label.values as Float64Array;
  const target = Float64Array.from(keep, (i) => values[i]!);
  const distinct = new Set(target);
  if (distinct.size < 2) {
    const held = distinct.size === 0 ? "no complete rows" : `every row holds ${target[0]}`;
    throw new RangeError(`${source}: the target column ${quoted(label.name)} must hold at least 2 different values${afterBlanks(dropped)}. Received: ${held}.`);
  }
  return { x, target, plot: plotted(choice), dropped };
}
