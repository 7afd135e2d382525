import { h } from "./dom.js";

/** A number as the step-through shows it: 3 decimals (or 2 significant digits in exponent form when tiny or huge); the exact value is its title. */
export function fmt(v: number): string {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  return abs >= 1000 || abs < 0.001 ? v.toExponential(2) : v.toFixed(3);
}

/**
 * A small matrix as a table named `name` (its caption and accessible name): each cell rounded
 * for display, its exact value in the cell's `title` and `data-value`. A table of one value per
 * link (`links`: W, dW, ΔW) marks its cells with their `[input][unit]`, so resting on one can light
 * up that link.
 */
export function mat(name: string, rows: number[][], links = false): HTMLElement {
  const body = h("tbody", {}, ...rows.map((row, i) => h("tr", {}, ...row.map((v, j) =>
    h("td", { title: String(v), "data-value": String(v), ...(links ? { "data-input": i, "data-unit": j } : {}) }, fmt(v))))));
  const shape = `${rows.length}×${rows[0]?.length ?? 0}`;
  return h("table", { class: links ? "mat link-cells" : "mat", "aria-label": name, "data-shape": shape }, h("caption", {}, name), body);
}

/** A row vector (`1×n`). */
export const vec = (name: string, values: number[]): HTMLElement => mat(name, [values]);

/** A column vector (`n×1`), e.g. `xᵀ`. */
export const column = (name: string, values: number[]): HTMLElement => mat(name, values.map((v) => [v]));

/** An equation laid out in a row: tables, with strings as the operators between them. */
export function eq(...parts: (HTMLElement | string)[]): HTMLElement {
  return h("div", { class: "eq" }, ...parts.map((p) => (typeof p === "string" ? h("span", { class: "op", "aria-hidden": "true" }, p) : p)));
}
