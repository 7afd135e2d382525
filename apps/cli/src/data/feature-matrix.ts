import { Matrix } from "@backprop/linalg";
import { parseCsv } from "@backprop/data";
import { UsageError } from "../errors.js";

/**
 * The model's input columns from a CSV: by name when the model knows its feature names and the
 * header has them all (extra columns, such as the label, are ignored), else every column when
 * there are exactly as many as the model takes.
 * @throws UsageError when the columns cannot be matched, naming what is missing.
 */
export function featuresFromCsv(command: string, path: string, text: string, inputSize: number, featureNames?: string[]): Matrix {
  const csv = parseCsv(text, { source: path });
  const names = csv.featureNames;
  if (featureNames && featureNames.every((n) => names.includes(n))) {
    const idx = featureNames.map((n) => names.indexOf(n));
    const x = new Matrix(csv.x.rows, idx.length);
    for (let i = 0; i < x.rows; i++) idx.forEach((j, k) => x.set(i, k, csv.x.get(i, j)));
    return x;
  }
  if (csv.x.cols === inputSize && Object.keys(csv.categorical).length === 0) return csv.x;
  const expected = featureNames ? `columns named ${featureNames.join(", ")}` : `${inputSize} numeric columns`;
  throw new UsageError(`${command}: ${path} must have ${expected}. Received: columns ${names.join(", ")}.`);
}
