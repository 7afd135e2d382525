import type { LabelledData } from "./builtin.js";

function field(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A labelled data set as CSV text: a header row (feature names, then `labelColumn`), one row per
 * sample, numbers in their shortest round-trip form (so reading them back gives the same
 * float64s) and the label written as its class name.
 * @example
 * toCsv({ x: Matrix.from([[0.5, 1]]), y: Int32Array.of(1), featureNames: ["a", "b"], classNames: ["no", "yes"] }, "label");
 * // "a,b,label\n0.5,1,yes\n"
 */
export function toCsv(data: LabelledData, labelColumn: string): string {
  const lines = [[...data.featureNames, labelColumn].map(field).join(",")];
  for (let i = 0; i < data.x.rows; i++) {
    const row = Array.from(data.x.row(i), (v) => String(v));
    row.push(field(data.classNames[data.y[i] as number] ?? String(data.y[i])));
    lines.push(row.join(","));
  }
  return `${lines.join("\n")}\n`;
}
