/** A numeric table column: `NaN` marks a missing value. */
export interface NumericColumn {
  name: string;
  kind: "numeric";
  values: Float64Array;
}

/** A text (categorical) table column: `null` marks a missing value. */
export interface CategoricalColumn {
  name: string;
  kind: "categorical";
  values: (string | null)[];
}

/** One typed column of a table, as {@link parseCsvTable} reads it and `ColumnTransformer` takes it. */
export type TableColumn = NumericColumn | CategoricalColumn;
