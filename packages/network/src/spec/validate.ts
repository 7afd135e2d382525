import { getActivation } from "@backprop/activations";
import { RandomState } from "@backprop/linalg";
import { LOSS_NAMES } from "@backprop/losses";
import { OPTIMIZER_NAMES } from "@backprop/optimizers";
import type { Task } from "../task.js";
import { child, expectChoice, expectFields, expectInteger, expectName, expectNumber, invalid, own, type At } from "./checks.js";
import { BINARY_CLASSES, outputHead } from "./head.js";
import { parameterCount } from "./parameters.js";
import type { BuildModelOptions, ModelSpec } from "./types.js";
import { checkActivation, checkHiddenLayer, checkInitializer, checkPenalty } from "./validate-layer.js";

/** The default bound on a spec's trainable parameters (400 MB of float64 weights, as much again for their gradients). */
export const MAX_PARAMETERS = 5e7;

const TASKS: readonly Task[] = ["binary", "multiclass", "multiLabel", "regression"];
const SPEC_FIELDS = ["inputSize", "hidden", "task", "outputs", "outputActivation", "outputInitializer", "outputName", "l1", "l2", "seed", "compile"] as const;
const COMPILE_FIELDS = ["loss", "optimizer", "learningRate", "metrics"] as const;

function checkOutputs(at: At, task: Task, value: unknown): void {
  const outputs = child(at, "outputs");
  if (task === "binary") {
    if (value !== undefined && value !== BINARY_CLASSES) throw invalid(outputs, `2 for task "binary" (two classes, one sigmoid unit; use "multiclass" for more)`, value, typeof value === "number");
    return;
  }
  const what = task === "multiclass" ? "the number of classes" : task === "multiLabel" ? "the number of labels" : "the number of target columns";
  const min = task === "regression" ? 1 : 2;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > Number.MAX_SAFE_INTEGER) {
    throw invalid(outputs, `an integer ≥ ${min} (${what})`, value, typeof value === "number");
  }
}

/** The output activation must keep the task: a sigmoid or softmax output would make a regression model a classifier. */
function checkOutputActivation(at: At, task: Task, value: unknown): void {
  if (task !== "regression") {
    throw new TypeError(`${at.where}: outputActivation applies to task "regression" only (task "${task}" always has a ${outputHead(task, 2).activation} output). Received: outputActivation=${JSON.stringify(value)}.`);
  }
  const name = getActivation(checkActivation(child(at, "outputActivation"), value)).name;
  if (name === "sigmoid" || name === "softmax") {
    throw new TypeError(`${at.where}: outputActivation of a regression model must not be sigmoid or softmax (those make a classifier: use task "multiLabel" or "multiclass"). Received: outputActivation=${JSON.stringify(value)}.`);
  }
}

function checkCompile(at: At, value: unknown): void {
  const compile = expectFields(at, value, COMPILE_FIELDS);
  const named = (key: string, names: readonly string[]) => {
    const v = own(compile, key);
    if (v === undefined) return;
    if (typeof v === "string") expectChoice(child(at, key), v, names, " (or { name, ...settings })");
    else if (typeof v !== "object" || v === null || Array.isArray(v) || typeof own(v as Record<string, unknown>, "name") !== "string") {
      throw invalid(child(at, key), `a name (${names.join(", ")}) or { name, ...settings }`, v);
    }
  };
  named("loss", LOSS_NAMES);
  named("optimizer", OPTIMIZER_NAMES);
  const rate = own(compile, "learningRate");
  if (rate !== undefined) {
    expectNumber(child(at, "learningRate"), rate, "a finite number > 0", Number.MIN_VALUE);
    if (typeof own(compile, "optimizer") === "object") {
      throw new TypeError(`${at.where}: compile.learningRate applies only to an optimizer given by name (put it in the optimizer's settings). Received: compile.optimizer=an object, compile.learningRate=${String(rate)}.`);
    }
  }
  const metrics = own(compile, "metrics");
  if (metrics !== undefined && (!Array.isArray(metrics) || metrics.some((m) => typeof m !== "string"))) {
    throw invalid(child(at, "metrics"), "an array of metric names", metrics);
  }
}

function checkNames(at: At, spec: Record<string, unknown>, hidden: readonly unknown[]): void {
  const seen = new Map<string, string>();
  const claim = (name: string, path: string) => {
    const before = seen.get(name);
    if (before !== undefined) throw new TypeError(`${at.where}: layer names must be unique. Received: ${path}=${JSON.stringify(name)}, also the name of ${before}.`);
    seen.set(name, path);
  };
  hidden.forEach((layer, i) => {
    const fields = layer as Record<string, unknown>;
    const name = (own(fields, "name") as string | undefined) ?? `hidden_${i + 1}`;
    claim(name, `hidden[${i}].name`);
    // buildModel names the layers it adds after a hidden layer from that layer's name.
    const batchNorm = own(fields, "batchNorm");
    if (batchNorm !== undefined && batchNorm !== false) claim(`${name}_batchNorm`, `hidden[${i}]'s batchNorm layer`);
    const dropout = own(fields, "dropout");
    if (typeof dropout === "number" && dropout > 0) claim(`${name}_dropout`, `hidden[${i}]'s dropout layer`);
  });
  claim((own(spec, "outputName") as string | undefined) ?? "output", "outputName");
}

function checkOptions(where: string, options: unknown): number {
  const opts = expectFields({ where, path: "options" }, options, ["rng", "maxParameters"]);
  const rng = own(opts, "rng");
  if (rng !== undefined && !(rng instanceof RandomState)) throw invalid({ where, path: "options.rng" }, "a RandomState", rng);
  const max = own(opts, "maxParameters");
  return max === undefined ? MAX_PARAMETERS : expectInteger({ where, path: "options.maxParameters" }, max, 1);
}

/**
 * Checks a spec (see {@link ModelSpec}) as `buildModel` does, before anything is allocated:
 * every field's type and range, unknown fields (a typo would otherwise be ignored), unique layer
 * names, and at most `maxParameters` (default {@link MAX_PARAMETERS}) trainable parameters.
 * @throws TypeError naming the first malformed field; RangeError for a number out of range or too many parameters.
 * @example
 * validateModelSpec({ inputSize: 4, hidden: [{ units: 0 }], task: "binary" });
 * // RangeError: validateModelSpec: hidden[0].units must be an integer ≥ 1. Received: 0.
 */
export function validateModelSpec(spec: unknown, options: BuildModelOptions = {}): ModelSpec {
  return checkModelSpec("validateModelSpec", spec, options);
}

/** {@link validateModelSpec} with its messages starting `where:`. */
export function checkModelSpec(where: string, spec: unknown, options: BuildModelOptions = {}): ModelSpec {
  const maxParameters = checkOptions(where, options);
  const at: At = { where, path: "" };
  const obj = expectFields(at, spec, SPEC_FIELDS);
  expectInteger(child(at, "inputSize"), own(obj, "inputSize"), 1);
  const hidden = own(obj, "hidden") ?? [];
  if (!Array.isArray(hidden)) throw invalid(child(at, "hidden"), "an array of layers", hidden);
  hidden.forEach((layer, i) => checkHiddenLayer(child(child(at, "hidden"), i), layer));
  const task = expectChoice(child(at, "task"), own(obj, "task"), TASKS);
  checkOutputs(at, task, own(obj, "outputs"));
  if (own(obj, "outputActivation") !== undefined) checkOutputActivation(at, task, own(obj, "outputActivation"));
  if (own(obj, "outputInitializer") !== undefined) checkInitializer(child(at, "outputInitializer"), own(obj, "outputInitializer"));
  if (own(obj, "outputName") !== undefined) expectName(child(at, "outputName"), own(obj, "outputName"));
  checkNames(at, obj, hidden);
  checkPenalty(child(at, "l1"), own(obj, "l1"));
  checkPenalty(child(at, "l2"), own(obj, "l2"));
  if (own(obj, "seed") !== undefined) {
    expectInteger(child(at, "seed"), own(obj, "seed"), 0, 0xffffffff);
    if (options.rng !== undefined) throw new TypeError(`${where}: pass spec.seed or options.rng, not both (the weights are drawn from one generator). Received: both.`);
  }
  if (own(obj, "compile") !== undefined) checkCompile(child(at, "compile"), own(obj, "compile"));
  const count = parameterCount(obj as unknown as ModelSpec);
  if (count > maxParameters) {
    throw new RangeError(`${where}: a model may have at most ${maxParameters} parameters (raise options.maxParameters to allow more). Received: a spec with ${count} parameters.`);
  }
  return obj as unknown as ModelSpec;
}
