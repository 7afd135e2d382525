import { refuseUnknownOptions } from "../checks.js";
import type { ColumnGroup, ColumnTransformerOptions } from "./column-transformer.js";
import { STEP_TYPES } from "./table-step.js";

/** Checks the chains: names distinct and non-empty, columns non-empty strings, steps of the four built-in types. */
export function checkGroups(options: ColumnTransformerOptions): readonly ColumnGroup[] {
  const op = "ColumnTransformer";
  if (typeof options !== "object" || options === null) throw new TypeError(`${op}: options must be an object with transformers. Received: ${String(options)}.`);
  refuseUnknownOptions(op, options, ["transformers", "missingValues"]);
  const { transformers, missingValues } = options;
  if (missingValues !== undefined && (!Array.isArray(missingValues) || !missingValues.every((m) => typeof m === "string"))) {
    throw new TypeError(`${op}: missingValues must be an array of strings.`);
  }
  if (!Array.isArray(transformers) || transformers.length === 0) throw new TypeError(`${op}: transformers must be a non-empty array of { name, columns, steps }.`);
  const names = new Set<string>();
  transformers.forEach((g: ColumnGroup, i) => {
    const where = `transformers[${i}]`;
    if (typeof g?.name !== "string" || g.name === "" || names.has(g.name)) throw new TypeError(`${op}: ${where}.name must be a distinct non-empty string. Received: ${JSON.stringify(g?.name)}.`);
    names.add(g.name);
    if (!Array.isArray(g.columns) || g.columns.length === 0 || !g.columns.every((c) => typeof c === "string")) throw new TypeError(`${op}: ${where}.columns must be a non-empty array of column names.`);
    if (!Array.isArray(g.steps)) throw new TypeError(`${op}: ${where}.steps must be an array of transformers.`);
    g.steps.forEach((s, k) => {
      if (!(STEP_TYPES as readonly string[]).includes((s as { type?: string } | null)?.type as string)) {
        throw new TypeError(`${op}: ${where}.steps[${k}] must be a SimpleImputer, StandardScaler, MinMaxScaler or OneHotEncoder. Received: ${String(s)}.`);
      }
    });
  });
  return transformers.map((g) => ({ name: g.name, columns: [...g.columns], steps: [...g.steps] }));
}
