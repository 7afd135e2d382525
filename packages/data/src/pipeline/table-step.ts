import { Matrix } from "@backprop/linalg";
import type { MinMaxScaler } from "../preprocessing/min-max-scaler.js";
import type { OneHotEncoder } from "../preprocessing/one-hot-encoder.js";
import type { SimpleImputer } from "../preprocessing/simple-imputer.js";
import type { StandardScaler } from "../preprocessing/standard-scaler.js";

/** A step of a {@link ColumnTransformer} chain: one of the package's four transformers. */
export type TableStep = SimpleImputer | StandardScaler | MinMaxScaler | OneHotEncoder;

/** The `type` names of the steps. */
export const STEP_TYPES = ["simpleImputer", "standardScaler", "minMaxScaler", "oneHotEncoder"] as const;

const STEP_NAMES: Record<(typeof STEP_TYPES)[number], string> = {
  simpleImputer: "SimpleImputer",
  standardScaler: "StandardScaler",
  minMaxScaler: "MinMaxScaler",
  oneHotEncoder: "OneHotEncoder",
};

/** The columns flowing through one chain: numbers (`NaN` = missing) or text (`null` = missing), with their names. */
export type Block = { kind: "numeric"; names: string[]; x: Matrix } | { kind: "categorical"; names: string[]; rows: (string | null)[][] };

/**
 * Runs `step` on `block` (fitting it first when `fit`), returning the next block. `where` names the
 * step in errors (`transformers[0] ("num"), steps[1]`).
 * @throws TypeError / RangeError when the block's kind does not suit the step or a value is missing.
 */
export function runStep(op: string, where: string, step: TableStep, block: Block, fit: boolean): Block {
  if (step.type === "simpleImputer") {
    // scikit-learn gives each chain X[:, columns], a Fortran-ordered block, so NumPy sums its columns pairwise
    if (block.kind === "numeric") return { kind: "numeric", names: block.names, x: fit ? step.fitTransform(block.x, block.names, "F") : step.transform(block.x) };
    return { kind: "categorical", names: block.names, rows: fit ? step.fitTransform(block.rows, block.names) : step.transform(block.rows) };
  }
  const name = STEP_NAMES[step.type];
  if (step.type === "oneHotEncoder") {
    refuseMissing(op, where, name, block);
    const rows = block.kind === "numeric" ? block.x.toArray() : (block.rows as string[][]);
    const x = fit ? step.fitTransform(rows, block.names) : step.transform(rows);
    return { kind: "numeric", names: step.featureNamesOut(block.names), x };
  }
  if (block.kind !== "numeric") {
    throw new TypeError(`${op}: ${where}: ${name} needs numeric columns. Received: column ${JSON.stringify(block.names[0])} holds text (put a OneHotEncoder before it).`);
  }
  refuseMissing(op, where, name, block);
  const x = !fit ? step.transform(block.x) : step.type === "standardScaler" ? step.fitTransform(block.x, "F") : step.fitTransform(block.x);
  return { kind: "numeric", names: block.names, x };
}

/** Throws naming the first missing value's column and row. */
function refuseMissing(op: string, where: string, name: string, block: Block): void {
  const width = block.names.length;
  let at = -1;
  if (block.kind === "numeric") at = block.x.data.findIndex(Number.isNaN);
  else {
    const i = block.rows.findIndex((r) => r.includes(null));
    if (i >= 0) at = i * width + (block.rows[i] as (string | null)[]).indexOf(null);
  }
  if (at < 0) return;
  const column = block.names[at % width] as string;
  throw new RangeError(`${op}: ${where}: ${name} needs every value; put a SimpleImputer before it. Received: a missing value in column ${JSON.stringify(column)}, row ${Math.floor(at / width)}.`);
}

/** The blocks' matrices side by side. */
export function hstack(parts: Matrix[], rows: number): Matrix {
  const width = parts.reduce((s, p) => s + p.cols, 0);
  const out = new Matrix(rows, width);
  let offset = 0;
  for (const p of parts) {
    for (let i = 0; i < rows; i++) for (let j = 0; j < p.cols; j++) out.data[i * width + offset + j] = p.data[i * p.cols + j] as number;
    offset += p.cols;
  }
  return out;
}
