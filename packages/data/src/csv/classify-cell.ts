import { parseNumber } from "./parse-number.js";

/**
 * What a CSV cell holds: `missing` (one of the missing-value tokens), `number` (a finite decimal),
 * `nonFinite` (`inf`, `1e999`, …), `numberLike` (a number with thousands separators or a decimal
 * comma, `1,000` / `2,5`, which is not read as a number) or `text`.
 */
export type CellKind = "missing" | "number" | "nonFinite" | "numberLike" | "text";

const NUMBER_LIKE = /^[+-]?(\d{1,3}(,\d{3})+(\.\d*)?|\d+,\d+)$/;

/** The kind of `field` given the missing-value tokens. */
export function classifyCell(field: string, missing: ReadonlySet<string>): CellKind {
  if (missing.has(field)) return "missing";
  const v = parseNumber(field);
  if (v !== null) return Number.isNaN(v) ? "nonFinite" : "number";
  return NUMBER_LIKE.test(field) ? "numberLike" : "text";
}

/**
 * Whether cells of these kinds make a numeric column: at least as many number-like cells
 * (`number`, `nonFinite`, `numberLike`) as text cells, and at least one. `null` when every cell
 * is missing.
 */
export function looksNumeric(kinds: readonly CellKind[]): boolean | null {
  let numeric = 0;
  let text = 0;
  for (const k of kinds) {
    if (k === "text") text++;
    else if (k !== "missing") numeric++;
  }
  if (numeric + text === 0) return null;
  return numeric >= text;
}
