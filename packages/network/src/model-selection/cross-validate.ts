import { Matrix } from "@backprop/linalg";
import { METRIC_NAMES } from "@backprop/metrics";
import { classesFrom } from "../predictions.js";
import type { Sequential } from "../sequential.js";
import { toInputMatrix, toTargetMatrix } from "../targets.js";
import { checkSampleWeightCount } from "../sample-weights.js";
import { isClassification, type Task } from "../task.js";
import { checkOptionNames } from "../fit-options.js";
import { checkMetricsForTask } from "../metric-values.js";
import type { FitOptions, Inputs, Targets } from "../types.js";
import { resolveFolds, type CheckedFold, type CvSpec } from "./cv-splits.js";
import { foldStats } from "./fold-stats.js";
import { takeEntries, takeMatrixRows, takeTargets } from "./subset.js";

/** Options of {@link crossValidate}. */
export interface CrossValidateOptions {
  /** Default 5: `nSplits`, `{ nSplits, shuffle, randomState }` (kFold's options), or the folds themselves. */
  cv?: CvSpec;
  /** Passed to every fold's `fit`; a `sampleWeight` is per row of `x` and taken with each fold's train rows. */
  fit?: FitOptions;
  /** Scored on each test fold: `"score"` (the model's `score`), `"loss"`, `"accuracy"` or any `@backprop/metrics` name. Default `["score"]`. */
  metrics?: readonly string[];
  /** Keep each class's share in every fold (`stratifiedKFold`). Default: true for a binary or multiclass model, as scikit-learn's `cross_val_score`. */
  stratify?: boolean;
}

/** One fold of a {@link crossValidate} run: its rows and what the fold's model scored on its test rows. */
export interface FoldResult {
  train: Int32Array;
  test: Int32Array;
  metrics: Record<string, number>;
}

/** What {@link crossValidate} returns: each fold, and the mean and population std of each metric over them. */
export interface CrossValidation {
  folds: FoldResult[];
  mean: Record<string, number>;
  std: Record<string, number>;
}

/** A function that builds a fresh, untrained model (called once per fold, with the fold's index). */
export type MakeModel = (fold: number) => Sequential;

const OPTION_KEYS = ["cv", "fit", "metrics", "stratify"];
const SCORE_KEYS = ["cv", "fit", "metric", "stratify"];
/**
 * k-fold cross-validation, as scikit-learn's `cross_validate`: for each fold (from `kFold`, or
 * `stratifiedKFold` on the class labels for a binary or multiclass model), a fresh model from
 * `makeModel(fold)` is fitted on the fold's training rows with `options.fit` and scored on its
 * test rows; `mean` and `std` are `scores.mean()` and `scores.std()` (population, `ddof=0`).
 * @throws TypeError for a `makeModel` that does not return a fresh model (one it returned for an
 *   earlier fold, or one already trained), unknown options or metrics; RangeError for a
 *   `fit.sampleWeight` without one weight per row of `x` (fit's message);
 *   RangeError for a bad `cv`, `stratify` on a model without one class per row or with explicit
 *   folds; ShapeError when `x` and `y` differ in rows; and whatever `fit` throws.
 * @example
 * // Iris, standardized; spec = { inputSize: 4, hidden: [{ units: 8 }], task: "multiclass", outputs: 3, seed: 0, compile: { optimizer: "adam", learningRate: 0.05 } }
 * const result = crossValidate(() => buildModel(spec), x, y, { cv: 5, fit: { epochs: 30, batchSize: 16 } });
 * result.folds.length; // 5
 * result.mean.score;   // 0.9666666666666668
 * result.std.score;    // 0.029814239699997188
 */
export function crossValidate(makeModel: MakeModel, x: Inputs, y: Targets, options: CrossValidateOptions = {}): CrossValidation {
  return run("crossValidate", makeModel, x, y, options);
}

/** Options of {@link crossValScore}: one metric instead of a list. */
export interface CrossValScoreOptions extends Omit<CrossValidateOptions, "metrics"> {
  /** Default `"score"`: accuracy for a classifier, R² for a regression model. */
  metric?: string;
}

/**
 * The test score of each fold, as scikit-learn's `cross_val_score` (see {@link crossValidate}).
 * @throws as {@link crossValidate}.
 * @example
 * crossValScore(() => buildModel(spec), x, y, { cv: 5, fit: { epochs: 30, batchSize: 16 } }); // [1, 1, 0.9333333333333333, 0.9333333333333333, 0.9666666666666667] (Iris, as above)
 */
export function crossValScore(makeModel: MakeModel, x: Inputs, y: Targets, options: CrossValScoreOptions = {}): number[] {
  const { metric = "score", ...rest } = checkObject("crossValScore", options, SCORE_KEYS) as CrossValScoreOptions;
  if (typeof metric !== "string") throw new TypeError(`crossValScore: metric must be a metric name. Received: metric=${String(metric)}.`);
  return run("crossValScore", makeModel, x, y, { ...rest, metrics: [metric] }).folds.map((f) => f.metrics[metric] as number);
}

function run(where: string, makeModel: MakeModel, x: Inputs, y: Targets, options: CrossValidateOptions): CrossValidation {
  if (typeof makeModel !== "function") throw new TypeError(`${where}: makeModel must be a function returning a new model, e.g. () => buildModel(spec). Received: ${typeof makeModel}.`);
  const { cv = 5, fit = {}, metrics = ["score"], stratify } = checkObject(where, options, OPTION_KEYS);
  const seen = new Set<Sequential>();
  const first = newModel(where, makeModel, 0, seen);
  const xm = toInputMatrix(where, "x", x);
  const task = first.task;
  const classifier = task === "binary" || task === "multiclass";
  const target = toTargetMatrix(where, y, xm.rows, first.outputSize, isClassification(task));
  if (stratify !== undefined && typeof stratify !== "boolean") throw new TypeError(`${where}: stratify must be true or false. Received: stratify=${String(stratify)}.`);
  if (stratify === true && !classifier) throw new RangeError(`${where}: stratify needs one class per row, and this model's task is "${task}". Received: stratify=true.`);
  if (stratify !== undefined && Array.isArray(cv)) throw new RangeError(`${where}: stratify has no effect when cv lists the folds; leave it out. Received: stratify=${stratify}, cv=[${cv.length} folds].`);
  const names = checkNames(where, metrics, task);
  const folds = resolveFolds(where, cv, xm.rows, (stratify ?? classifier) && classifier ? classesFrom(target, task, 0.5) : undefined);
  const yRows = y instanceof Matrix || (Array.isArray(y) && typeof y[0] === "object") ? toInputMatrix(where, "y", y as Inputs) : y;
  if (fit.sampleWeight !== undefined) checkSampleWeightCount(fit.sampleWeight, xm.rows);
  const results = folds.map((fold, f) => runFold(f === 0 ? first : newModel(where, makeModel, f, seen), fold, xm, yRows, fit, names));
  return { folds: results, ...foldStats(names, results.map((r) => r.metrics)) };
}

function runFold(model: Sequential, fold: CheckedFold, x: Matrix, y: Targets, fit: FitOptions, names: readonly string[]): FoldResult {
  const { train, test } = fold;
  const fitOptions = fit.sampleWeight === undefined ? fit : { ...fit, sampleWeight: takeEntries(fit.sampleWeight, train) };
  model.fit(takeMatrixRows(x, train), takeTargets(y, train), fitOptions);
  const xTest = takeMatrixRows(x, test);
  const yTest = takeTargets(y, test);
  const asked = names.filter((n) => n !== "score" && n !== "loss");
  const evaluation = asked.length > 0 || names.includes("loss") ? model.evaluate(xTest, yTest, { metrics: asked }) : undefined;
  const metrics: Record<string, number> = {};
  for (const name of names) metrics[name] = name === "score" ? model.score(xTest, yTest) : (evaluation?.[name] as number);
  return { train, test, metrics };
}

/**
 * The fold's model, refused unless it is fresh: one makeModel returned for an earlier fold (or
 * one already trained) has learnt from rows that include this fold's test rows, so its score would leak.
 */
function newModel(where: string, makeModel: MakeModel, fold: number, seen: Set<Sequential>): Sequential {
  const model = makeModel(fold) as Partial<Sequential> | undefined;
  if (typeof model !== "object" || model === null || typeof model.fit !== "function" || typeof model.evaluate !== "function" || typeof model.score !== "function") {
    throw new TypeError(`${where}: makeModel must return a model (a Sequential with fit, evaluate and score). Received: makeModel(${fold}) returned ${model === null ? "null" : typeof model}.`);
  }
  const fresh = model as Sequential;
  if (seen.has(fresh)) throw new TypeError(`${where}: each fold needs a fresh model; build a new one inside makeModel, e.g. () => buildModel(spec). Received: makeModel(${fold}) returned the model of an earlier fold.`);
  const trained = fresh.epochsTrained;
  if (trained > 0) throw new TypeError(`${where}: each fold needs a fresh, untrained model (scikit-learn clones the estimator per fold). Received: makeModel(${fold}) returned a model already trained for ${trained} epoch${trained === 1 ? "" : "s"}.`);
  seen.add(fresh);
  return fresh;
}

function checkObject(where: string, options: unknown, known: readonly string[]): CrossValidateOptions {
  checkOptionNames(where, options, known);
  return options as CrossValidateOptions;
}

function checkNames(where: string, metrics: unknown, task: Task): string[] {
  const known = ["score", "loss", ...METRIC_NAMES];
  if (!Array.isArray(metrics) || metrics.length === 0) throw new TypeError(`${where}: metrics must be a non-empty array of metric names. Received: ${JSON.stringify(metrics)}.`);
  for (const name of metrics) {
    if (typeof name !== "string" || !known.includes(name)) throw new TypeError(`${where}: unknown metric ${JSON.stringify(name)}. Expected one of: ${known.join(", ")}.`);
  }
  checkMetricsForTask(where, metrics as string[], task);
  return [...new Set(metrics as string[])];
}
