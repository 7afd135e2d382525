import { UsageError } from "../errors.js";
import type { Dataset } from "../data/dataset.js";

/** `--task`: what the target means. */
export const TASK_NAMES = ["classification", "regression"] as const;
export type TaskName = (typeof TASK_NAMES)[number];

/** A target settled by its task: class codes `0…k−1` with their names, or real values. */
export type Supervised =
  | { task: "classification"; y: Int32Array; classNames: string[]; name: string }
  | { task: "regression"; y: Float64Array; name: string };

/** Integer targets with at most this many distinct values are read as classes unless `--task` says otherwise. */
export const MAX_INFERRED_CLASSES = 20;

function where(data: Dataset, i: number): string {
  const line = data.lines?.[i];
  return line === undefined ? `row ${i + 1}` : `line ${line}`;
}

/**
 * The task and encoded target of a data set: `--task` when given, else inferred — text → classes;
 * numbers that are all integers with at most 20 distinct values → classes (with a notice that it
 * could be a regression); other numbers → regression (with a notice). Class codes follow the
 * sorted class names (numbers in numeric order); a built-in set keeps its own class order.
 * `oneClass` lets a target hold a single class: `evaluate` scores a file of one class against the
 * model's classes, whereas `train` cannot learn from one.
 * @throws UsageError for a missing target value (naming its line), a text target for regression,
 *   real numbers for classification, or fewer than two classes (unless `oneClass`).
 */
export function resolveTask(command: string, data: Dataset, flag: TaskName | undefined, notice: (text: string) => void, oneClass = false): Supervised {
  const atLeastTwo = (s: Classes): Supervised => (oneClass ? s : twoOrMore(command, data, s));
  const asClasses = (y: Float64Array, name: string): Supervised => atLeastTwo(integerClasses(command, data, y, name));
  const { target } = data;
  if (target.kind === "classes") {
    if (flag === "regression") throw new UsageError(`${command}: --task regression needs a numeric target. Received: --data=${data.source}, whose target holds the classes ${target.classNames.join(", ")}.`);
    return atLeastTwo({ task: "classification", y: target.y, classNames: target.classNames, name: "target" });
  }
  if (target.kind === "values") {
    if (flag === "classification") return asClasses(target.y, target.name);
    return { task: "regression", y: target.y, name: target.name };
  }
  const { column } = target;
  const name = column.name;
  if (column.kind === "categorical") {
    const blank = column.values.indexOf(null);
    if (blank >= 0) throw new UsageError(`${command}: ${data.source}: ${where(data, blank)}, column "${name}": the target must have a value in every row. Received: a missing value.`);
    if (flag === "regression") {
      const i = column.values.findIndex((v) => !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(String(v)));
      throw new UsageError(`${command}: ${data.source}: ${where(data, Math.max(i, 0))}, column "${name}": a regression target must be numeric. Received: ${JSON.stringify(column.values[Math.max(i, 0)])} (use --target to pick another column, or --task classification).`);
    }
    const classNames = [...new Set(column.values as string[])].sort();
    const index = new Map(classNames.map((c, k) => [c, k]));
    return atLeastTwo({ task: "classification", y: Int32Array.from(column.values, (v) => index.get(v as string) as number), classNames, name });
  }
  const blank = column.values.findIndex((v) => Number.isNaN(v));
  if (blank >= 0) throw new UsageError(`${command}: ${data.source}: ${where(data, blank)}, column "${name}": the target must have a value in every row. Received: a missing value.`);
  if (flag === "regression") return { task: "regression", y: column.values, name };
  if (flag === "classification") return asClasses(column.values, name);
  const integers = column.values.every(Number.isInteger);
  const distinct = new Set(column.values).size;
  if (integers && distinct <= MAX_INFERRED_CLASSES) {
    notice(`${command}: the target "${name}" holds ${distinct} distinct integers, so it is read as class labels; for a regression, say --task regression.`);
    return asClasses(column.values, name);
  }
  notice(`${command}: the target "${name}" holds ${integers ? `${distinct} distinct integers` : "real numbers"}, so this is a regression; for class labels, say --task classification.`);
  return { task: "regression", y: column.values, name };
}

type Classes = Extract<Supervised, { task: "classification" }>;

/** Integer labels as classes, their codes in numeric order. */
function integerClasses(command: string, data: Dataset, y: Float64Array, name: string): Classes {
  const bad = y.findIndex((v) => !Number.isInteger(v));
  if (bad >= 0) {
    throw new UsageError(`${command}: the target column "${name}" of ${data.source} must hold class labels (text or integers). Received: ${y[bad]}, … (use --target to pick another column).`);
  }
  const values = [...new Set(y)].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  return { task: "classification", y: Int32Array.from(y, (v) => index.get(v) as number), classNames: values.map(String), name };
}

function twoOrMore(command: string, data: Dataset, s: Classes): Supervised {
  if (s.classNames.length < 2) throw new UsageError(`${command}: the target must hold at least two classes. Received: ${data.source} with the single class "${s.classNames[0]}".`);
  return s;
}
