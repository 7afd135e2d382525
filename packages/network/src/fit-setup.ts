import { Matrix, RandomState } from "@backprop/linalg";
import type { Loss } from "@backprop/losses";
import type { Optimizer } from "@backprop/optimizers";
import { resolveLoss, resolveOptimizer, type OptimizerSpec } from "./compile.js";
import { checkFitOptions } from "./fit-options.js";
import { checkMetricNames } from "./metric-values.js";
import { optimizerEpochs } from "./optimizer-epochs.js";
import type { Sequential } from "./sequential.js";
import { assertFinite, assertInputs, toTargetMatrix } from "./targets.js";
import { takeRows } from "./batches.js";
import { rowWeights } from "./sample-weights.js";
import { defaultLoss, isClassification, type Task } from "./task.js";
import type { FitOptions, Inputs, Targets } from "./types.js";

/** Everything a training session needs, checked once before the first batch. */
export interface FitSetup {
  x: Matrix;
  y: Matrix;
  loss: Loss;
  optimizer: Optimizer;
  rng: RandomState;
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  validation: [Matrix, Matrix] | undefined;
  /** The held-out rows' `sampleWeight` under `validationSplit` (Keras splits it with x and y; class weights stay with training), else `undefined`. */
  validationWeights: Float64Array | undefined;
  task: Task;
  metrics: string[];
  /** Each training row's loss weight (`undefined`: unweighted). */
  weights: Float64Array | undefined;
  /** Added to the session's epoch for the optimizer's schedule: the epochs a reused optimizer has already seen. */
  epochOffset: number;
}

function positiveInteger(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`fit: ${name} must be an integer ≥ 1. Received: ${name}=${String(value)}.`);
  }
  return value;
}

/**
 * Validates `fit`'s arguments and resolves the defaults (loss from the output activation, full
 * batch, sgd 0.01, the model's generator). The validation split draws `permutation(n)` from the
 * run's generator before any epoch, holds out its first `⌊n·split⌋` rows and keeps both parts in
 * their original order; with `sampleWeight`, the held-out rows keep theirs for `valLoss`.
 */
export function setupFit(model: Sequential, xIn: Inputs, yIn: Targets, options: FitOptions): FitSetup {
  checkFitOptions(options);
  const x = assertInputs("fit", xIn, model.inputSize);
  assertFiniteModel(model);
  const task = model.task;
  const labels = isClassification(task);
  let y = toTargetMatrix("fit", yIn, x.rows, model.outputSize, labels);
  const loss = options.loss !== undefined ? resolveLoss(options.loss) : model.loss ?? resolveLoss(defaultLoss(model.layers));
  loss.validateTarget(y);
  const metrics = checkMetricNames("fit", options.metrics ?? model.metrics);
  const epochs = positiveInteger("epochs", options.epochs ?? 1);
  const rng = options.rng ?? (options.seed !== undefined ? new RandomState(options.seed) : model.rng);
  let xs = x;
  let weights = rowWeights(options, y, task);
  let validation: [Matrix, Matrix] | undefined;
  let validationWeights: Float64Array | undefined;
  if (options.validationData !== undefined && options.validationSplit !== undefined) {
    throw new TypeError("fit: pass validationData or validationSplit, not both. Received: both.");
  }
  if (options.validationData !== undefined) {
    const vx = assertInputs("fit (validationData)", options.validationData[0], model.inputSize);
    const vt = toTargetMatrix("fit (validationData)", options.validationData[1], vx.rows, model.outputSize, labels);
    loss.validateTarget(vt);
    validation = [vx, vt];
  } else if (options.validationSplit !== undefined) {
    [xs, y, validation, weights, validationWeights] = splitValidation(x, y, options.validationSplit, rng, weights, options.sampleWeight);
  }
  const batchSize = positiveInteger("batchSize", options.batchSize ?? xs.rows);
  const fresh = options.optimizer !== undefined || options.learningRate !== undefined || model.optimizer === undefined;
  const optimizer = fresh ? resolveOptimizer("fit", (options.optimizer ?? "sgd") as OptimizerSpec, options.learningRate) : (model.optimizer as Optimizer);
  // The schedule goes on from the epochs trained with this optimizer (not the model's total).
  const epochOffset = optimizer === model.optimizer ? optimizerEpochs(model) : 0;
  return { x: xs, y, loss, optimizer, rng, epochs, batchSize, shuffle: options.shuffle ?? batchSize < xs.rows, validation, validationWeights, task, metrics, epochOffset, weights };
}

/** Training can only keep "the last finite weights" if it starts from finite ones. */
function assertFiniteModel(model: Sequential): void {
  for (const layer of model.layers) {
    for (const p of layer.params()) assertFinite("fit", p.name, p.value);
    (layer.state?.() ?? []).forEach((m, i) => assertFinite("fit", `${layer.name}.state[${i}]`, m));
  }
}

type Split = [Matrix, Matrix, [Matrix, Matrix], Float64Array | undefined, Float64Array | undefined];

/** `sampleWeight` (checked by `rowWeights`) gives the validation rows' weights; `weights` (times class weights) the training rows'. */
function splitValidation(x: Matrix, y: Matrix, split: number, rng: RandomState, weights: Float64Array | undefined, sampleWeight: ArrayLike<number> | undefined): Split {
  const nVal = Math.floor(x.rows * split);
  if (!(split > 0 && split < 1) || nVal < 1 || nVal >= x.rows) {
    throw new RangeError(`fit: validationSplit must be in (0, 1) and leave at least one row on each side. Received: validationSplit=${String(split)} for ${x.rows} rows.`);
  }
  const order = rng.permutation(x.rows);
  const val = order.slice(0, nVal).sort();
  const train = order.slice(nVal).sort();
  const pick = (m: Matrix, idx: Int32Array): Matrix => takeRows(m, idx, 0, new Matrix(idx.length, m.cols));
  const trainWeights = weights === undefined ? undefined : Float64Array.from(train, (i) => weights[i] as number);
  if (trainWeights !== undefined && trainWeights.every((w) => w === 0)) {
    throw new RangeError(
      `fit: after validationSplit every training row weighs 0 (the rows with weight all fell in the validation part), so training would learn nothing. ` +
        `Received: validationSplit=${String(split)}, ${train.length} training rows all weighing 0; give more rows weight, or pass validationData.`,
    );
  }
  const valWeights = sampleWeight === undefined ? undefined : Float64Array.from(val, (i) => sampleWeight[i] as number);
  return [pick(x, train), pick(y, train), [pick(x, val), pick(y, val)], trainWeights, valWeights];
}
