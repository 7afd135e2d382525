import type { Matrix } from "@backprop/linalg";
import { DEFAULT_MISSING_VALUES } from "../csv/csv-options.js";
import type { TableColumn } from "../csv/table-column.js";
import { formatList } from "../checks.js";
import { checkFitted } from "../preprocessing/input-checks.js";
import type { FromJSONOptions } from "../preprocessing/json-reader.js";
import { hstack, runStep, type TableStep } from "./table-step.js";
import { readInput, selectBlock } from "./table-input.js";
import { checkGroups } from "./check-groups.js";
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
    this.transformers = checkGroups(options);
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

/**
 * Factory for {@link ColumnTransformer}.
 * @example
 * columnTransformer({ transformers: [{ name: "num", columns: ["a"], steps: [new StandardScaler()] }] }).transformers.length; // 1
 */
export function columnTransformer(options: ColumnTransformerOptions): ColumnTransformer {
  return new ColumnTransformer(options);
}
