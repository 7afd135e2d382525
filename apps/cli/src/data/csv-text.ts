import type { BuiltinData } from "./builtin.js";

/** `text` as one CSV field: quoted (a quote doubled) when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A built-in data set as CSV text: a header row (feature names, then `targetColumn`), one row per
 * sample, numbers in their shortest round-trip form (so reading them back gives the same
 * float64s) and a class label written as its class name.
 * @example
 * toCsv({ x: Matrix.from([[0.5, 1]]), featureNames: ["a", "b"], target: { kind: "classes", y: Int32Array.of(1), classNames: ["no", "yes"] } }, "label");
 * // "a,b,label\n0.5,1,yes\n"
 */
export function toCsv(data: BuiltinData, targetColumn: string): string {
  const lines = [[...data.featureNames, targetColumn].map(csvField).join(",")];
  const { target } = data;
  for (let i = 0; i < data.x.rows; i++) {
    const row = Array.from(data.x.row(i), (v) => String(v));
    const value = target.kind === "values" ? String(target.y[i]) : (target.classNames[target.y[i] as number] ?? String(target.y[i]));
    row.push(csvField(value));
    lines.push(row.join(","));
  }
  return `${lines.join("\n")}\n`;
}
