import { JsonReader, join, type FromJSONOptions } from "../preprocessing/json-reader.js";
import { readMinMaxScaler, type MinMaxScalerJSON } from "../preprocessing/min-max-scaler.js";
import { readOneHotEncoder, type OneHotEncoderJSON } from "../preprocessing/one-hot-encoder.js";
import { readSimpleImputer, type SimpleImputerJSON } from "../preprocessing/simple-imputer.js";
import { readStandardScaler, type StandardScalerJSON } from "../preprocessing/standard-scaler.js";
import { STEP_TYPES, type TableStep } from "./table-step.js";

/** A fitted {@link ColumnTransformer} as plain JSON (documented in the README). */
export interface ColumnTransformerJSON {
  type: "columnTransformer";
  version: 1;
  /** Every column of the fit table, in order: the order `transformRows` expects. */
  columns: { name: string; kind: "numeric" | "categorical" }[];
  /** Cells `transformRows` reads as missing. */
  missingValues: string[];
  /** The chains in output order, each with its fitted steps' JSON. */
  transformers: { name: string; columns: string[]; steps: (SimpleImputerJSON | StandardScalerJSON | MinMaxScalerJSON | OneHotEncoderJSON)[] }[];
  /** The output column names (checked against what the steps give). */
  featureNamesOut: string[];
}

interface Read {
  columns: { name: string; kind: "numeric" | "categorical" }[];
  missingValues: string[];
  transformers: { name: string; columns: string[]; steps: TableStep[] }[];
  featureNamesOut: string[];
}

/**
 * Reads and checks a {@link ColumnTransformerJSON}: every field's type, each step's sizes against
 * the width flowing into it (before its arrays are read), kinds (a scaler after text is refused),
 * and `featureNamesOut` against what the steps give.
 * @throws TypeError / RangeError naming the path of the first bad field.
 */
export function readColumnTransformer(json: unknown, path: string, options: FromJSONOptions): Read {
  const r = new JsonReader("ColumnTransformer.fromJSON", options);
  const obj = r.object(json, path, ["type", "version", "columns", "missingValues", "transformers", "featureNamesOut"], "columnTransformer");
  const at = (f: string): string => join(path, f);
  if (obj.version !== 1) r.fail(at("version"), "must be 1", obj.version, true);
  const kinds = new Map<string, "numeric" | "categorical">();
  const columns = r.array(obj.columns, at("columns")).map((c, j) => {
    const p = `${at("columns")}[${j}]`;
    const col = r.object(c, p, ["name", "kind"]);
    const name = r.string(col.name, `${p}.name`);
    if (kinds.has(name)) r.fail(`${p}.name`, "must differ from the names before it", name, true);
    const kind = r.choice(col.kind, `${p}.kind`, ["numeric", "categorical"] as const);
    kinds.set(name, kind);
    return { name, kind };
  });
  if (columns.length === 0) r.fail(at("columns"), "must list at least one column", obj.columns, true);
  const missingValues = r.array(obj.missingValues, at("missingValues")).map((m, k) => r.string(m, `${at("missingValues")}[${k}]`));
  const list = r.array(obj.transformers, at("transformers"));
  if (list.length === 0) r.fail(at("transformers"), "must list at least one chain", obj.transformers, true);
  const expectedNames: string[] = [];
  const groupNames = new Set<string>();
  const transformers = list.map((g, i) => {
    const p = `${at("transformers")}[${i}]`;
    const group = readGroup(r, g, p, kinds, groupNames);
    expectedNames.push(...group.namesOut.map((n) => `${group.name}__${n}`));
    return { name: group.name, columns: group.columns, steps: group.steps };
  });
  const names = r.array(obj.featureNamesOut, at("featureNamesOut"), expectedNames.length, "one per output column");
  names.forEach((n, k) => {
    if (n !== expectedNames[k]) r.fail(`${at("featureNamesOut")}[${k}]`, `must be ${JSON.stringify(expectedNames[k])}, as the steps give`, n, true);
  });
  return { columns, missingValues, transformers, featureNamesOut: expectedNames };
}

function readGroup(r: JsonReader, value: unknown, p: string, kinds: Map<string, "numeric" | "categorical">, seen: Set<string>): { name: string; columns: string[]; steps: TableStep[]; namesOut: string[] } {
  const g = r.object(value, p, ["name", "columns", "steps"]);
  const name = r.string(g.name, `${p}.name`);
  if (name === "" || seen.has(name)) r.fail(`${p}.name`, "must be a non-empty name unlike the chains before it", name, true);
  seen.add(name);
  const columns = r.array(g.columns, `${p}.columns`).map((c, k) => {
    const col = r.string(c, `${p}.columns[${k}]`);
    if (!kinds.has(col)) r.fail(`${p}.columns[${k}]`, "must name one of the columns", col, true);
    return col;
  });
  if (columns.length === 0) r.fail(`${p}.columns`, "must list at least one column", g.columns, true);
  let kind = kinds.get(columns[0] as string) as "numeric" | "categorical";
  columns.forEach((c, k) => {
    if (kinds.get(c) !== kind) r.fail(`${p}.columns[${k}]`, `must be ${kind} like ${JSON.stringify(columns[0])}`, c, true);
  });
  let names = [...columns];
  const steps = r.array(g.steps, `${p}.steps`).map((s, k) => {
    const sp = `${p}.steps[${k}]`;
    const type = r.choice((s as { type?: unknown } | null)?.type, `${sp}.type`, STEP_TYPES);
    const width = names.length;
    if (type === "simpleImputer") {
      const step = readSimpleImputer(r, s, sp, width);
      if (step.kind !== kind) r.fail(`${sp}.kind`, `must be "${kind}", as the columns flowing into it`, step.kind, true);
      return step;
    }
    if (type === "oneHotEncoder") {
      const step = readOneHotEncoder(r, s, sp, width);
      const cats = step.categories as (number | string)[][];
      cats.forEach((c, j) => {
        if ((typeof c[0] === "number") !== (kind === "numeric")) r.fail(`${sp}.categories[${j}][0]`, `must be a ${kind === "numeric" ? "number" : "string"}, as column ${JSON.stringify(names[j])}`, c[0], false);
      });
      step.featureNamesIn?.forEach((n, j) => {
        if (n !== names[j]) r.fail(`${sp}.featureNamesIn[${j}]`, `must be ${JSON.stringify(names[j])}, the column flowing into it`, n, true);
      });
      names = step.featureNamesOut(names);
      kind = "numeric";
      return step;
    }
    if (kind !== "numeric") r.fail(`${sp}.type`, "must be a text step (simpleImputer or oneHotEncoder) while the columns hold text", type, true);
    return type === "standardScaler" ? readStandardScaler(r, s, sp, width) : readMinMaxScaler(r, s, sp, width);
  });
  if (kind !== "numeric") r.fail(`${p}.steps`, "must end in numbers (a oneHotEncoder for text columns)", g.steps, true);
  return { name, columns, steps, namesOut: names };
}
