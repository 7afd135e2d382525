import { ColumnTransformer, type InputColumn, type RawCell, type TableColumn } from "@backprop/data";
import type { Matrix } from "@backprop/linalg";
import { UsageError } from "../errors.js";
import type { UnknownName } from "./preprocessing.js";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The cells of one `--values` row: split at commas, a double-quoted cell may hold commas
 * (`""` is a quote); cells are trimmed and may be blank.
 * @example
 * splitValues('red,,"a, b",3.5'); // ["red", "", "a, b", "3.5"]
 */
export function splitValues(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === "," && !quoted) {
      cells.push(cell.trim());
      cell = "";
    } else {
      cell += ch;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The rows of typed table columns in the model's input order, matched by name (`names`: the
 * file's columns, listed when one is missing).
 * @throws UsageError naming the columns the model needs and the ones the file has.
 */
export function rowsFromColumns(command: string, source: string, columns: readonly TableColumn[], inputs: readonly InputColumn[], names: readonly string[] = columns.map((c) => c.name)): RawCell[][] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const missing = inputs.filter((c) => !byName.has(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    throw new UsageError(`${command}: ${source} must have columns named ${inputs.map((c) => c.name).join(", ")}. Received: columns ${names.join(", ")} (missing ${missing.join(", ")}).`);
  }
  const picked = inputs.map((c) => byName.get(c.name) as TableColumn);
  const n = picked[0]?.values.length ?? 0;
  return Array.from({ length: n }, (_, i) => picked.map((c) => c.values[i] ?? null));
}

/** A copy of the pipeline whose one-hot encoders treat unseen categories as `unknown` says. */
export function withUnknown(ct: ColumnTransformer, unknown: UnknownName): ColumnTransformer {
  const json = ct.toJSON();
  for (const g of json.transformers) for (const step of g.steps as { type: string; handleUnknown?: string }[]) if (step.type === "oneHotEncoder") step.handleUnknown = unknown;
  return ColumnTransformer.fromJSON(json, "preprocessing");
}

/** Each text column's known categories when its encoder refuses unseen ones (`handleUnknown: "error"`). */
function strictCategories(ct: ColumnTransformer): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  for (const g of ct.toJSON().transformers) {
    for (const step of g.steps as { type: string; handleUnknown?: string; categories?: unknown[][] }[]) {
      if (step.type !== "oneHotEncoder" || step.handleUnknown !== "error") continue;
      g.columns.forEach((name, j) => known.set(name, new Set((step.categories?.[j] ?? []).map(String))));
    }
  }
  return known;
}

/**
 * Raw rows through the table pipeline, each cell checked first so that a bad one is named in the
 * user's terms: `where(i)` (`line 7 of x.csv`, `--values`), the column and the value.
 * @throws UsageError for a numeric column's cell that is not a number, or an unseen category (unless ignored).
 */
export function transformRaw(command: string, ct: ColumnTransformer, rows: readonly RawCell[][], where: (i: number) => string): Matrix {
  const inputs = ct.inputColumns ?? [];
  const missing = new Set((ct.missingValues ?? []).map((m) => m.trim()));
  const isMissing = (v: RawCell): boolean => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)) || (typeof v === "string" && missing.has(v.trim()));
  const known = strictCategories(ct);
  rows.forEach((row, i) => {
    if (row.length !== inputs.length) {
      throw new UsageError(`${command}: ${where(i)} must have ${inputs.length} values (${inputs.map((c) => c.name).join(", ")}). Received: ${row.length} values.`);
    }
    inputs.forEach((col, j) => {
      const v = row[j];
      if (isMissing(v)) return;
      if (col.kind === "numeric" && typeof v === "string") {
        const text = v.trim();
        if (!NUMBER.test(text)) throw new UsageError(`${command}: ${where(i)}, column "${col.name}": the model was trained on numbers there. Received: ${JSON.stringify(v)}.`);
        if (!Number.isFinite(Number(text))) throw new UsageError(`${command}: ${where(i)}, column "${col.name}": values must be finite numbers (this one overflows a float64). Received: ${JSON.stringify(v)}.`);
      }
      const categories = known.get(col.name);
      if (col.kind === "categorical" && categories !== undefined && !categories.has(String(v))) {
        const list = [...categories].slice(0, 20).join(", ");
        throw new UsageError(`${command}: ${where(i)}, column "${col.name}": the category ${JSON.stringify(String(v))} was not seen in training. Expected one of: ${list} (or --unknown ignore to encode it as all zeros).`);
      }
    });
  });
  return ct.transformRows(rows);
}
