import { Matrix } from "@backprop/linalg";
import { DEFAULT_MISSING_VALUES } from "../csv/csv-options.js";
import type { TableColumn } from "../csv/table-column.js";
import { formatList } from "../checks.js";
import { checkFitted } from "../preprocessing/input-checks.js";
import type { FromJSONOptions } from "../preprocessing/json-reader.js";
import { hstack, runStep, STEP_TYPES, type Block, type TableStep } from "./table-step.js";
import { rowsToColumns, type RawCell } from "./raw-rows.js";
import { readColumnTransformer, type ColumnTransformerJSON } from "./column-transformer-json.js";

/** One chain of a {@link ColumnTransformer}: the named columns run through `steps` in order. */
export interface ColumnGroup {
  /** The prefix of its output names (`num` → `num__age`). */
  name: string;
  /** Input column names; all numeric or all text. */
  columns: readonly string[];
  /** Applied in order, e.g. `[new SimpleImputer({ strategy: "median" }), new StandardScaler()]`. */
  steps: readonly TableStep[];
}

/** Options of {@link ColumnTransformer}. */
export interface ColumnTransformerOptions {
  /** The chains, in output order; columns no chain lists are dropped. */
  transformers: readonly ColumnGroup[];
  /** Cells {@link ColumnTransformer.transformRows} reads as missing (default: the fit table's `missingValues`, else `parseCsvTable`'s). */
  missingValues?: readonly string[];
}

/** What `fit` and `transform` take: typed columns, or a table holding them (e.g. `parseCsvTable`'s result). */
export type TableInput = readonly TableColumn[] | { readonly columns: readonly TableColumn[]; readonly missingValues?: readonly string[] };

/** One input column as fit saw it. */
export interface InputColumn {
  name: string;
  kind: "numeric" | "categorical";
}

/**
 * scikit-learn's `ColumnTransformer(remainder="drop")` over typed columns: each chain takes its
 * columns by name and runs them through its steps (e.g. impute → scale for numbers, impute →
 * one-hot for text); the outputs are set side by side in chain order. Output names are
 * scikit-learn's `featureNamesOut` (`num__age`, `cat__color_red`). {@link transformRows} takes
 * raw rows (strings, numbers, blanks) in the fit table's column order, so one query row
 * predicts as the training table did. Saves as plain JSON ({@link toJSON} / {@link fromJSON}).
 *
 * @throws TypeError / RangeError naming the chain, step, column and value.
 * @example
 * const t = parseCsvTable("color,size\nred,1\nblue,\nNA,3\n");
 * const ct = new ColumnTransformer({ transformers: [
 *   { name: "num", columns: ["size"], steps: [new SimpleImputer(), new StandardScaler()] },
 *   { name: "cat", columns: ["color"], steps: [new SimpleImputer({ strategy: "most_frequent" }), new OneHotEncoder()] },
 * ] });
 * ct.fitTransform(t).toArray(); // [[-1.2247…, 0, 1], [0, 1, 0], [1.2247…, 1, 0]]
 * ct.featureNamesOut;           // ["num__size", "cat__color_blue", "cat__color_red"]
 * ct.transformRows([["red", ""]]).toArray(); // [[0, 0, 1]]
 */
export class ColumnTransformer {
  readonly type = "columnTransformer" as const;
  readonly transformers: readonly ColumnGroup[];
  /** Cells read as missing by {@link transformRows}; `null` until fitted unless given. */
  missingValues: string[] | null;
  /** Every column of the fit table, in order (the order {@link transformRows} expects); `null` until fitted. */
  inputColumns: InputColumn[] | null = null;
  /** Output column names; `null` until fitted. */
  featureNamesOut: string[] | null = null;

  constructor(options: ColumnTransformerOptions) {
    this.transformers = checkOptions(options);
    this.missingValues = options.missingValues === undefined ? null : [...options.missingValues];
  }

  /** Fits every chain's steps, in order, on its columns. */
  fit(table: TableInput): this {
    this.transformAll("ColumnTransformer.fit", table, true);
    return this;
  }

  /** The output matrix: one row per table row, {@link featureNamesOut} columns. */
  transform(table: TableInput): Matrix {
    checkFitted("ColumnTransformer.transform", this.inputColumns);
    return this.transformAll("ColumnTransformer.transform", table, false);
  }

  /** `fit(table)` then `transform(table)` (each chain fits and transforms in one pass). */
  fitTransform(table: TableInput): Matrix {
    return this.transformAll("ColumnTransformer.fitTransform", table, true);
  }

  /**
   * Transforms raw rows given in the fit table's column order ({@link inputColumns}): numbers or
   * number strings for numeric columns, strings (or numbers) for text; `null`, `""` and the
   * `missingValues` tokens are missing.
   * @throws RangeError naming the row, column and value of a cell that does not fit its column.
   * @example
   * ct.transformRows([["red", "", "3.5"]]); // one row of featureNamesOut.length values
   */
  transformRows(rows: readonly (readonly RawCell[])[]): Matrix {
    const op = "ColumnTransformer.transformRows";
    const inputs = checkFitted(op, this.inputColumns);
    return this.transformAll(op, rowsToColumns(op, rows, inputs, new Set(this.missingValues ?? DEFAULT_MISSING_VALUES)), false);
  }

  /** The chains, their fitted steps and the input columns as plain JSON (schema in the README). @throws Error before fit. */
  toJSON(): ColumnTransformerJSON {
    const inputColumns = checkFitted("ColumnTransformer.toJSON", this.inputColumns);
    return {
      type: "columnTransformer",
      version: 1,
      columns: inputColumns.map((c) => ({ name: c.name, kind: c.kind })),
      missingValues: [...(this.missingValues ?? DEFAULT_MISSING_VALUES)],
      transformers: this.transformers.map((g) => ({ name: g.name, columns: [...g.columns], steps: g.steps.map((s) => s.toJSON()) })),
      featureNamesOut: [...(this.featureNamesOut as string[])],
    };
  }

  /**
   * Rebuilds a fitted transformer from {@link toJSON}'s output, checking every field, each step's
   * sizes against its input width, and array lengths against `maxItems` (default 1e6) before
   * reading them; `__proto__`, `constructor` and unknown keys are refused.
   * @param path the field path errors start with (e.g. `"preprocessing"`).
   * @throws TypeError / RangeError `ColumnTransformer.fromJSON: preprocessing.transformers[1].steps[1].categories[0][2] must be a string. Received: 3.`
   */
  static fromJSON(json: unknown, path = "", options: FromJSONOptions = {}): ColumnTransformer {
    const read = readColumnTransformer(json, path, options);
    const ct = new ColumnTransformer({ transformers: read.transformers, missingValues: read.missingValues });
    ct.inputColumns = read.columns;
    ct.featureNamesOut = read.featureNamesOut;
    return ct;
  }

  private transformAll(op: string, table: TableInput, fit: boolean): Matrix {
    const { columns, missingValues } = readInput(op, table);
    const byName = new Map(columns.map((c) => [c.name, c]));
    const rows = columns[0]?.values.length ?? 0;
    const expected = fit ? null : new Map((this.inputColumns as InputColumn[]).map((c) => [c.name, c.kind]));
    const parts: Matrix[] = [];
    const names: string[] = [];
    this.transformers.forEach((group, g) => {
      const where = `transformers[${g}] (${JSON.stringify(group.name)})`;
      let block = selectBlock(op, where, group, byName, expected);
      group.steps.forEach((step, s) => (block = runStep(op, `${where}, steps[${s}]`, step, block, fit)));
      if (block.kind !== "numeric") {
        throw new TypeError(`${op}: ${where} must end in numbers. Received: text columns ${formatList(block.names.slice(0, 5))} (end the chain with a OneHotEncoder).`);
      }
      parts.push(block.x);
      names.push(...block.names.map((n) => `${group.name}__${n}`));
    });
    if (fit) {
      this.inputColumns = columns.map((c) => ({ name: c.name, kind: c.kind }));
      this.featureNamesOut = names;
      if (this.missingValues === null) this.missingValues = [...(missingValues ?? DEFAULT_MISSING_VALUES)];
    }
    return hstack(parts, rows);
  }
}

/** The table's columns (checked: typed, distinct names, one length). */
function readInput(op: string, table: TableInput): { columns: readonly TableColumn[]; missingValues?: readonly string[] } {
  const columns = Array.isArray(table) ? (table as readonly TableColumn[]) : (table as { columns?: unknown }).columns;
  if (!Array.isArray(columns) || columns.length === 0) throw new TypeError(`${op}: table must be a non-empty array of columns or an object with columns. Received: ${String(table)}.`);
  const seen = new Set<string>();
  (columns as unknown[]).forEach((c, j) => {
    const col = c as Partial<TableColumn> | null;
    const typed = col !== null && typeof col === "object" && typeof col.name === "string" &&
      ((col.kind === "numeric" && col.values instanceof Float64Array) || (col.kind === "categorical" && Array.isArray(col.values)));
    if (!typed) throw new TypeError(`${op}: columns[${j}] must be { name, kind: "numeric", values: Float64Array } or { name, kind: "categorical", values: (string | null)[] }.`);
    if (seen.has(col.name as string)) throw new RangeError(`${op}: column names must be distinct. Received: ${JSON.stringify(col.name)} twice.`);
    seen.add(col.name as string);
    if (col.values?.length !== (columns[0] as TableColumn).values.length) {
      throw new RangeError(`${op}: every column must have ${(columns[0] as TableColumn).values.length} values, as ${JSON.stringify((columns[0] as TableColumn).name)}. Received: ${JSON.stringify(col.name)} has ${col.values?.length}.`);
    }
  });
  return { columns: columns as readonly TableColumn[], missingValues: Array.isArray(table) ? undefined : (table as { missingValues?: readonly string[] }).missingValues };
}

/** The group's columns as a block; a text column fit as numbers is refused, numbers fit as text become strings. */
function selectBlock(op: string, where: string, group: ColumnGroup, byName: Map<string, TableColumn>, expected: Map<string, string> | null): Block {
  const cols = group.columns.map((name) => {
    const c = byName.get(name);
    if (c === undefined) {
      throw new RangeError(`${op}: ${where} needs column ${JSON.stringify(name)}, which the table does not have. Expected one of: ${formatList([...byName.keys()].slice(0, 20))}.`);
    }
    return c;
  });
  const kind = expected?.get(cols[0]?.name as string) ?? cols[0]?.kind;
  const rows = cols[0]?.values.length ?? 0;
  cols.forEach((c) => {
    const k = expected?.get(c.name) ?? c.kind;
    if (k !== kind) throw new TypeError(`${op}: ${where} must list columns of one kind. Received: ${JSON.stringify(cols[0]?.name)} is ${kind}, ${JSON.stringify(c.name)} is ${k}.`);
    if (kind === "numeric" && c.kind === "categorical") {
      const text = c.values.find((v) => v !== null);
      throw new TypeError(`${op}: column ${JSON.stringify(c.name)} must be numeric, as in fit. Received: a text column${text === undefined ? "" : ` (e.g. ${JSON.stringify(text.slice(0, 40))})`}.`);
    }
  });
  if (kind === "numeric") {
    const x = new Matrix(rows, cols.length);
    cols.forEach((c, j) => c.values.forEach((v, i) => (x.data[i * cols.length + j] = v as number)));
    return { kind: "numeric", names: [...group.columns], x };
  }
  const text = cols.map((c) => (c.kind === "categorical" ? c.values : Array.from(c.values, (v) => (Number.isNaN(v) ? null : String(v)))));
  return { kind: "categorical", names: [...group.columns], rows: Array.from({ length: rows }, (_, i) => text.map((col) => col[i] as string | null)) };
}

/** Checks the chains: names distinct and non-empty, columns non-empty strings, steps of the four built-in types. */
function checkOptions(options: ColumnTransformerOptions): readonly ColumnGroup[] {
  const op = "ColumnTransformer";
  if (typeof options !== "object" || options === null) throw new TypeError(`${op}: options must be an object with transformers. Received: ${String(options)}.`);
  const unknown = Object.keys(options).filter((k) => k !== "transformers" && k !== "missingValues");
  if (unknown.length > 0) throw new TypeError(`${op}: unknown option ${formatList(unknown)}. Expected one of: transformers, missingValues.`);
  const { transformers, missingValues } = options;
  if (missingValues !== undefined && (!Array.isArray(missingValues) || !missingValues.every((m) => typeof m === "string"))) {
    throw new TypeError(`${op}: missingValues must be an array of strings.`);
  }
  if (!Array.isArray(transformers) || transformers.length === 0) throw new TypeError(`${op}: transformers must be a non-empty array of { name, columns, steps }.`);
  const names = new Set<string>();
  transformers.forEach((g: ColumnGroup, i) => {
    const where = `transformers[${i}]`;
    if (typeof g?.name !== "string" || g.name === "" || names.has(g.name)) throw new TypeError(`${op}: ${where}.name must be a distinct non-empty string. Received: ${JSON.stringify(g?.name)}.`);
    names.add(g.name);
    if (!Array.isArray(g.columns) || g.columns.length === 0 || !g.columns.every((c) => typeof c === "string")) throw new TypeError(`${op}: ${where}.columns must be a non-empty array of column names.`);
    if (!Array.isArray(g.steps)) throw new TypeError(`${op}: ${where}.steps must be an array of transformers.`);
    g.steps.forEach((s, k) => {
      if (!(STEP_TYPES as readonly string[]).includes((s as { type?: string } | null)?.type as string)) {
        throw new TypeError(`${op}: ${where}.steps[${k}] must be a SimpleImputer, StandardScaler, MinMaxScaler or OneHotEncoder. Received: ${String(s)}.`);
      }
    });
  });
  return transformers.map((g) => ({ name: g.name, columns: [...g.columns], steps: [...g.steps] }));
}

/**
 * Factory for {@link ColumnTransformer}.
 * @example
 * columnTransformer({ transformers: [{ name: "num", columns: ["a"], steps: [new StandardScaler()] }] }).transformers.length; // 1
 */
export function columnTransformer(options: ColumnTransformerOptions): ColumnTransformer {
  return new ColumnTransformer(options);
}
