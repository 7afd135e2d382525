import { RandomState, type RandomStateJSON } from "@backprop/linalg";
import { layerFromJSON, type ActivationRegistry, type Layer, type LayerRegistry } from "@backprop/layers";
import type { Loss } from "@backprop/losses";
import { OPTIMIZER_NAMES, type Optimizer, type OptimizerState } from "@backprop/optimizers";
import { resolveLoss, resolveOptimizer, type LossSpec } from "../compile.js";
import { checkMetricNames } from "../metric-values.js";
import type { Task } from "../task.js";
import { assertJSONSafe, readJSON } from "./json-value.js";
import { holdsNames, nameCounts } from "./names.js";
import { builtInPreprocessing, checkPreprocessing, type PreprocessingReader } from "./preprocessing.js";

/** Readers a model file may need beside the built-ins: your own layers, activations, losses and preprocessing steps. */
export interface ModelFileOptions {
  layers?: LayerRegistry;
  activations?: ActivationRegistry;
  /** Your own losses, by name (a file that was trained with one names it in `training.loss`). */
  losses?: Readonly<Record<string, Loss>>;
  /**
   * Your own optimizers, by the name their `getConfig()` reports: each builds one from the saved
   * config, and the file's `training.optimizer.state` is then restored into it with `importState`.
   */
  optimizers?: Readonly<Record<string, (config: Readonly<Record<string, unknown>>) => Optimizer>>;
  preprocessing?: Readonly<Record<string, PreprocessingReader>>;
}

/** What the training section of a file rebuilds. */
export interface ParsedTraining {
  compiled: boolean;
  loss: Loss | undefined;
  metrics: string[];
  optimizer: Optimizer | undefined;
  /** Epochs trained with `optimizer` (its schedule continues from here). */
  optimizerEpochs: number;
  epochs: number;
  rng: RandomState;
}

/** A model file, checked field by field, with its layers rebuilt. */
export interface ParsedModelFile {
  version: 1 | 2;
  layers: Layer[];
  seed: number | undefined;
  task: Task | undefined;
  featureNames: string[] | undefined;
  classNames: string[] | undefined;
  targetName: string | undefined;
  preprocessing: unknown;
  training: ParsedTraining | undefined;
}

const WHERE = "Sequential.fromJSON";
const TOP_KEYS = ["format", "version", "layers", "seed", "task", "featureNames", "classNames", "targetName", "preprocessing", "training"];
const TRAINING_KEYS = ["compiled", "loss", "metrics", "optimizer", "epochs", "rng"];
const TASKS: readonly Task[] = ["binary", "multiclass", "multiLabel", "regression"];

function fail(path: string, rule: string, value: unknown): TypeError {
  const shown = Array.isArray(value) ? `an array of length ${value.length}` : typeof value === "object" && value !== null ? "an object" : JSON.stringify(value)?.slice(0, 40);
  return new TypeError(`${WHERE}: ${path} must be ${rule}. Received: ${shown}.`);
}

function object(path: string, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw fail(path, "an object", value);
  return value as Record<string, unknown>;
}

function knownKeys(path: string, obj: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) throw new TypeError(`${WHERE}: ${path === "" ? key : `${path}.${key}`} is not a field of the model file. Expected only: ${known.join(", ")}.`);
  }
}

function stringList(path: string, value: unknown, length: number): string[] | undefined {
  if (value === undefined) return undefined;
  if (!holdsNames(value, length)) throw fail(path, `an array of ${length} strings`, value);
  return [...value];
}

/** `fn()`, with any error re-thrown as a TypeError prefixed by where in the file it happened. */
function at<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new TypeError(`${WHERE}: ${path} is not valid: ${(error as Error).message}`);
  }
}

/**
 * Reads a model file (object or JSON text, version 1 or 2): checks every field, rebuilds the
 * layers with the registry (built-ins plus `options.layers`), and checks the training section
 * against those layers' parameters. Every size is checked against its array before anything is
 * allocated. The one reader every part of backprop uses.
 * @throws TypeError naming the first wrong field (`Sequential.fromJSON: layers[1].weights[0][2] must be a finite number. Received: null.`).
 */
export function parseModelFile(input: unknown, options: ModelFileOptions = {}): ParsedModelFile {
  const obj = object("model", readJSON(WHERE, input));
  if (obj.format !== "backprop.network") throw new TypeError(`${WHERE}: format must be "backprop.network". Received: ${JSON.stringify(obj.format)?.slice(0, 40)}.`);
  if (obj.version !== 1 && obj.version !== 2) throw new TypeError(`${WHERE}: version must be 1 or 2. Received: ${JSON.stringify(obj.version)?.slice(0, 40)}.`);
  const version = obj.version;
  knownKeys("", obj, TOP_KEYS);
  assertJSONSafe(WHERE, "model", obj);
  if (!Array.isArray(obj.layers) || obj.layers.length === 0) throw fail("layers", "a non-empty array", obj.layers);
  const layers = obj.layers.map((layer: unknown, i) =>
    layerFromJSON(layer, { at: { where: WHERE, path: `layers[${i}]` }, ...(options.layers ? { layers: options.layers } : {}), ...(options.activations ? { activations: options.activations } : {}) }),
  );
  const seed = obj.seed;
  if (seed !== undefined && (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)) throw fail("seed", "an integer in [0, 2**32 - 1]", seed);
  if (obj.task !== undefined && !(TASKS as readonly unknown[]).includes(obj.task)) throw fail("task", `one of ${TASKS.join(", ")}`, obj.task);
  if (obj.targetName !== undefined && typeof obj.targetName !== "string") throw fail("targetName", "a string (the target column's name)", obj.targetName);
  const counts = nameCounts(layers);
  return {
    version,
    layers,
    seed: seed as number | undefined,
    task: obj.task as Task | undefined,
    featureNames: stringList("featureNames", obj.featureNames, counts.features),
    classNames: stringList("classNames", obj.classNames, counts.classes),
    targetName: obj.targetName as string | undefined,
    preprocessing: checkPreprocessing(WHERE, obj.preprocessing, version, { ...builtInPreprocessing, ...options.preprocessing }),
    training: version === 2 && obj.training !== undefined ? parseTraining(object("training", obj.training), layers, options) : undefined,
  };
}

function parseTraining(obj: Record<string, unknown>, layers: Layer[], options: ModelFileOptions): ParsedTraining {
  knownKeys("training", obj, TRAINING_KEYS);
  if (typeof obj.compiled !== "boolean") throw fail("training.compiled", "true or false", obj.compiled);
  const epochs = obj.epochs;
  if (typeof epochs !== "number" || !Number.isInteger(epochs) || epochs < 0) throw fail("training.epochs", "an integer ≥ 0", epochs);
  const metrics = at("training.metrics", () => checkMetricNames("metrics", obj.metrics ?? []));
  const rng = at("training.rng", () => RandomState.fromState(object("training.rng", obj.rng) as unknown as RandomStateJSON));
  const optimizer = parseOptimizer(obj.optimizer, layers, options);
  const saved = (obj.optimizer as { epochs?: unknown } | undefined)?.epochs;
  if (saved !== undefined && !(typeof saved === "number" && Number.isInteger(saved) && saved >= 0 && saved <= epochs)) {
    throw fail("training.optimizer.epochs", `an integer from 0 to training.epochs (${epochs})`, saved);
  }
  return { compiled: obj.compiled, loss: parseLoss(obj.loss, options), metrics, optimizer, optimizerEpochs: (saved as number | undefined) ?? epochs, epochs, rng };
}

/** `table[name]` when it is the table's own entry (never `constructor` or `__proto__` from Object.prototype). */
function registered<T>(table: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

function parseLoss(value: unknown, options: ModelFileOptions): Loss | undefined {
  if (value === undefined) return undefined;
  const obj = object("training.loss", value);
  knownKeys("training.loss", obj, ["name", "config"]);
  if (typeof obj.name !== "string") throw fail("training.loss.name", "a loss name", obj.name);
  const name = obj.name;
  const own = registered(options.losses, name);
  if (own !== undefined) return own;
  const config = obj.config === undefined ? {} : object("training.loss.config", obj.config);
  return at("training.loss", () => resolveLoss((Object.keys(config).length === 0 ? name : { ...config, name }) as LossSpec));
}

function parseOptimizer(value: unknown, layers: Layer[], options: ModelFileOptions): Optimizer | undefined {
  if (value === undefined) return undefined;
  const obj = object("training.optimizer", value);
  knownKeys("training.optimizer", obj, ["config", "state", "epochs"]);
  const config = object("training.optimizer.config", obj.config);
  if (config.schedule === "custom") {
    throw new TypeError(`${WHERE}: training.optimizer.config.schedule is "custom": a schedule function cannot be saved. Received: schedule="custom"; compile the loaded model with your optimizer again.`);
  }
  const name = config.name;
  const own = typeof name === "string" ? registered(options.optimizers, name) : undefined;
  if (own === undefined && typeof name === "string" && !(OPTIMIZER_NAMES as readonly string[]).includes(name)) {
    throw new TypeError(`${WHERE}: training.optimizer.config.name "${name}" is not a known optimizer. Expected one of: ${OPTIMIZER_NAMES.join(", ")}. For your own, register it: { optimizers: { ${JSON.stringify(name)}: (config) => yourOptimizer } }.`);
  }
  const optimizer = at("training.optimizer.config", () => (own !== undefined ? own(config) : resolveOptimizer("getOptimizer", config as Parameters<typeof resolveOptimizer>[1], undefined)));
  const state = object("training.optimizer.state", obj.state) as unknown as OptimizerState;
  if (optimizer.importState === undefined) throw new TypeError(`${WHERE}: training.optimizer: ${optimizer.name} cannot restore its state.`);
  at("training.optimizer.state", () => optimizer.importState?.(layers.flatMap((l) => l.params()), state));
  return optimizer;
}
