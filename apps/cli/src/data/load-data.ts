import { readFile, stat } from "node:fs/promises";
import { checkLimit } from "../limits.js";
import { parseCsv } from "@backprop/data";
import { UsageError } from "../errors.js";
import { DATASET_NAMES, type DatasetName } from "../commands/shared-flags.js";
import { builtinDataset, type LabelledData } from "./builtin.js";

/** The seed the built-in sets are generated with in `train`/`evaluate` (the tutorials' random_state=42). */
export const DATA_SEED = 42;

function isDatasetName(spec: string): spec is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(spec);
}

/** Integer class codes `0…k−1` for a target column, with the class names they stand for. */
function encodeTarget(command: string, path: string, y: Int32Array | Float64Array | null, classes: string[] | null, name: string) {
  if (y === null) throw new UsageError(`${command}: the data must have a target column. Received: ${path} without one.`);
  if (classes !== null) return { y: Int32Array.from(y), classNames: classes };
  if (!Array.from(y).every(Number.isInteger)) {
    throw new UsageError(
      `${command}: the target column "${name}" of ${path} must hold class labels (text or integers). Received: ${y.find((v) => !Number.isInteger(v))}, … (use --target to pick another column).`,
    );
  }
  const values = [...new Set(y)].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  return { y: Int32Array.from(y, (v) => index.get(v) as number), classNames: values.map(String) };
}

/**
 * `--data` for `train` and `evaluate`: a built-in set's name, or a CSV file whose target is
 * `--target` (default: the last column).
 * @throws UsageError for a missing file or bad contents, naming the file and line, or a `--target` with a built-in set.
 */
export async function loadData(command: string, spec: string, target?: string): Promise<LabelledData & { source: string }> {
  if (isDatasetName(spec)) {
    if (target !== undefined) throw new UsageError(`${command}: --target picks a column of a CSV file, not of a built-in set. Received: --target=${target} with --data=${spec}.`);
    return { ...builtinDataset(spec, { seed: DATA_SEED }), source: spec };
  }
  if (!/\.(csv|txt|tsv)$/i.test(spec) && !spec.includes("/") && !spec.includes("\\")) {
    throw new UsageError(`${command}: --data must be one of ${DATASET_NAMES.join(", ")} or a CSV file. Received: --data=${spec}.`);
  }
  const text = await readText(command, spec);
  // Without --target the label is the last column: one parse to learn the column names.
  const columns = parseCsv(text, { header: true, source: spec }).featureNames;
  const csv = parseCsv(text, { header: true, source: spec, target: target ?? columns.length - 1 });
  const { y, classNames } = encodeTarget(command, spec, csv.y, csv.classes, csv.targetName ?? "target");
  if (classNames.length < 2) throw new UsageError(`${command}: the target must hold at least two classes. Received: ${spec} with the single class "${classNames[0]}".`);
  return { x: csv.x, y, featureNames: csv.featureNames, classNames, source: spec };
}

/**
 * The file's text (a leading UTF-8 byte-order mark dropped), or a one-line error naming the file
 * when it cannot be read or is larger than `BACKPROP_MAX_FILE_BYTES` (checked before reading).
 */
export async function readText(command: string, path: string): Promise<string> {
  let size: number | undefined;
  try {
    size = (await stat(path)).size;
  } catch {
    // Reported below by readFile, with the same wording as any unreadable file.
  }
  if (size !== undefined) checkLimit(command, `${path} (${size} bytes)`, size, "fileBytes");
  try {
    const text = await readFile(path, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(code);
    throw new UsageError(`${command}: the file must exist and be readable. Received: ${path} (${why}).`);
  }
}
