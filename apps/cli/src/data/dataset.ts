import { Matrix } from "@backprop/linalg";
import type { TableColumn } from "@backprop/data";

/**
 * A data set's features before anything is fitted: a numeric matrix (built-in sets, CSVs of
 * numbers only with no blanks), or typed table columns (a CSV with text or missing cells).
 */
export type Features =
  | { kind: "matrix"; x: Matrix; names: string[] }
  | { kind: "table"; columns: TableColumn[]; names: string[]; missingValues: string[] };

/**
 * The target as read, before the task decides what it means: a built-in set's classes (their
 * order fixed), a built-in regression target, or a CSV column.
 */
export type RawTarget =
  | { kind: "classes"; y: Int32Array; classNames: string[] }
  | { kind: "values"; y: Float64Array; name: string }
  | { kind: "column"; column: TableColumn };

/** What `--data` loads: features, target, and for a CSV the line each data row starts on. */
export interface Dataset {
  source: string;
  rows: number;
  features: Features;
  target: RawTarget;
  /** 1-based line of each data row in the file (CSV only), for error messages. */
  lines?: number[];
  /** Whether the CSV's first row named the columns (CSV only; without one they are x0, x1, …). */
  header?: boolean;
  /** The CSV's feature columns after --features/--drop, the ones left unread (not used by the model) included (CSV only). */
  columnNames?: string[];
  /** Whether `source` is a built-in set's name. */
  builtin: boolean;
}

/** The rows `idx` of the features, in that order. */
export function takeFeatures(features: Features, idx: ArrayLike<number>): Features {
  if (features.kind === "matrix") {
    const { x } = features;
    const out = new Matrix(idx.length, x.cols);
    for (let i = 0; i < idx.length; i++) out.data.set(x.row(idx[i] as number), i * x.cols);
    return { ...features, x: out };
  }
  const columns = features.columns.map((c): TableColumn =>
    c.kind === "numeric"
      ? { name: c.name, kind: "numeric", values: Float64Array.from(idx, (i) => c.values[i] as number) }
      : { name: c.name, kind: "categorical", values: Array.from(idx, (i) => c.values[i] ?? null) },
  );
  return { ...features, columns };
}

/** `0, 1, …, n − 1`. */
export function allRows(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}
