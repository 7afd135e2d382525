import type { CsvRecord } from "./tokenize.js";
import { parseNumber } from "./parse-number.js";
import { classifyCell, looksNumeric, type CellKind } from "./classify-cell.js";
import { showField, showName } from "./show-field.js";
import type { TableColumn } from "./table-column.js";
import type { CsvColumnKind } from "./csv-options.js";

/**
 * Reads column `j` over every row. Numeric when at least as many non-missing cells are numbers
 * as are text (every non-missing cell must then be a finite plain number), or when every cell is
 * missing; categorical otherwise (numbers in it are kept as their text). Missing cells become
 * `NaN` (numeric) or `null` (categorical). `kind` `"numeric"` or `"categorical"` reads it so
 * instead of inferring: every non-missing cell must then be a number, or is kept as its text.
 * @throws RangeError `line N, column "name": …` for a text, non-finite or thousands-separated cell in a numeric column.
 */
export function readColumn(source: string, rows: CsvRecord[], j: number, name: string, missing: ReadonlySet<string>, kind: Exclude<CsvColumnKind, "skip"> = "infer"): TableColumn {
  const fields = rows.map((r) => r.fields[j] as string);
  if (kind === "categorical") return { name, kind: "categorical", values: fields.map((f) => (missing.has(f) ? null : f)) };
  const kinds = fields.map((f) => classifyCell(f, missing));
  if (kind === "infer" && looksNumeric(kinds) === false) return { name, kind: "categorical", values: fields.map((f, i) => (kinds[i] === "missing" ? null : f)) };
  const values = new Float64Array(rows.length);
  kinds.forEach((k, i) => {
    if (k === "number") values[i] = parseNumber(fields[i] as string) as number;
    else if (k === "missing") values[i] = NaN;
    else throw new RangeError(`${source}: line ${(rows[i] as CsvRecord).line}, column ${showName(name)}: ${RULES[k]}. Received: ${showField(fields[i] as string)}.`);
  });
  return { name, kind: "numeric", values };
}

const RULES: Record<Exclude<CellKind, "number" | "missing">, string> = {
  text: "a numeric column must hold numbers",
  nonFinite: "values must be finite numbers",
  numberLike: "numbers must be plain decimals, without thousands separators or a decimal comma",
};
