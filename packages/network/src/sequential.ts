import { Matrix, RandomState, ShapeError, type Param } from "@backprop/linalg";
import { outputShapeOf, type BackwardOptions, type ForwardOptions, type Layer } from "@backprop/layers";
import type { Loss } from "@backprop/losses";
import type { Optimizer } from "@backprop/optimizers";
import { compileOptions, resolveLoss, type CompileOptions, type LossSpec } from "./compile.js";
import { r2, scoreOn, type Evaluation } from "./evaluation.js";
import { checkOptionNames } from "./fit-options.js";
import { checkMetricNames, checkMetricsForTask, metricValue } from "./metric-values.js";
import { fit } from "./fit.js";
import { fusedGradientFor } from "./fused-output.js";
import { parseModelFile, type ModelFileOptions } from "./model-file/parse.js";
import type { ModelJSON } from "./model-file/types.js";
import { writeModelFile } from "./model-file/write.js";
import { gradientCheck, gradientStats, type GradientCheckOptions, type GradientCheckResult, type LayerGradientStats } from "./gradients.js";
import { classesFrom, probabilitiesFrom } from "./predictions.js";
import { setOptimizerEpochs } from "./optimizer-epochs.js";
import { summary } from "./summary.js";
import { TrainingSession } from "./trainer.js";
import { assertInputs, toTargetMatrix } from "./targets.js";
import { defaultLoss, isClassification, taskOf, type Task } from "./task.js";
import type { FitOptions, History, Inputs, Targets } from "./types.js";

const TRAINING: ForwardOptions = Object.freeze({ training: true });
const INFERENCE: ForwardOptions = Object.freeze({ training: false });
const FIRST_LAYER: BackwardOptions = Object.freeze({ inputGradient: false });

/** Options of {@link Sequential}. */
export interface SequentialOptions {
  /** Generator for shuffles, dropout masks and validation splits (the weights are already drawn). */
  rng?: RandomState;
  seed?: number;
}

/** Options of `evaluate`. */
const EVALUATE_KEYS = ["loss", "metrics"];

export interface EvaluateOptions {
  /** Default: the model's loss (compiled, or the last `fit`'s), else the one matched to the output activation. */
  loss?: LossSpec;
  /** Default: the compiled metrics. */
  metrics?: readonly string[];
}

/**
 * A stack of layers applied in order. It remembers how it is trained — the loss, optimizer and
 * metrics from {@link compile} (or the last `fit`), the optimizer's state, its generator and the
 * epochs so far — and writes all of it to the model file, so a reloaded model trains on exactly
 * as the original would. `fit`/`trainer` (in their own files) drive `forward`, `backwardFrom` and
 * the optimizer.
 *
 * @throws ShapeError when consecutive layers disagree on sizes; RangeError for no layers.
 */
export class Sequential {
  readonly layers: readonly Layer[];
  /** The generator `fit` continues from when it gets no `seed`/`rng`. */
  rng: RandomState;
  /** Names of the input columns, saved in the model file. */
  featureNames: string[] | undefined;
  /** Names of the classes, saved in the model file. */
  classNames: string[] | undefined;
  /** The name of the column the model was trained to predict, saved in the model file. */
  targetName: string | undefined;
  /** A typed preprocessing step's `toJSON()` (e.g. a `StandardScaler`'s), saved in the model file. */
  preprocessing: unknown;
  /** The loss `fit` and `evaluate` use by default: the compiled one, or the last `fit`'s. */
  loss: Loss | undefined;
  /** The optimizer the next `fit` continues with (state included): the compiled one, or the last `fit`'s. */
  optimizer: Optimizer | undefined;
  /** Metrics `fit` records and `evaluate` reports by default. */
  metrics: string[] = [];
  /** Whether {@link compile} set the training configuration. */
  compiled = false;
  /** Epochs trained so far, over every `fit` and optimizer (a schedule continues from the epochs trained with the current optimizer). */
  epochsTrained = 0;
  private readonly gradBuffers = new Map<number, Matrix>();

  constructor(layers: readonly Layer[], options: SequentialOptions = {}) {
    if (!Array.isArray(layers) || layers.length === 0) {
      throw new RangeError(`Sequential: layers must be a non-empty array. Received: ${Array.isArray(layers) ? "[]" : typeof layers}.`);
    }
    checkChain(layers);
    this.layers = Object.freeze([...layers]);
    this.rng = options.rng ?? new RandomState(options.seed ?? Math.floor(Math.random() * 0x100000000));
  }

  /** The seed of {@link rng} (saved in the model file). */
  get seed(): number {
    return this.rng.seed;
  }

  /** Columns the first sized layer expects. */
  get inputSize(): number {
    return firstSize(this.layers, "inputSize");
  }

  /** Columns of the output: the last sized layer's. */
  get outputSize(): number {
    return firstSize([...this.layers].reverse(), "outputSize");
  }

  /** What the output means, from the output activation (see {@link Task}). */
  get task(): Task {
    return taskOf(this.layers, this.outputSize);
  }

  /**
   * Sets the loss, optimizer and metrics that `fit` and `evaluate` use unless told otherwise; the
   * optimizer then keeps its state from one `fit` to the next (and in the model file).
   * @throws TypeError for an unknown loss, optimizer, metric or option, or a classifier's metric on a regression model.
   * @example
   * model.compile({ loss: "mse", optimizer: adam({ learningRate: 0.01 }), metrics: ["accuracy"] });
   */
  compile(options: CompileOptions = {}): this {
    const compiled = compileOptions(options, defaultLoss(this.layers));
    checkMetricsForTask("compile", compiled.metrics, this.task);
    this.loss = compiled.loss;
    this.optimizer = compiled.optimizer;
    this.metrics = compiled.metrics;
    this.compiled = true;
    return this;
  }

  /**
   * Trains the model (see {@link fit}); returns the per-epoch history.
   * @throws DivergenceError when training diverges (NaN/Infinity, or a finite rule; the last healthy weights are kept).
   */
  fit(x: Inputs, y: Targets, options: FitOptions = {}): History {
    return fit(this, x, y, options);
  }

  /** A session that trains one batch or epoch per call: `session.runEpoch()`, `session.history`, `session.stop()`. */
  trainer(x: Inputs, y: Targets, options: FitOptions = {}): TrainingSession {
    return new TrainingSession(this, x, y, options);
  }

  /**
   * The model file (version 2, documented in the README; schema in `model-file.schema.json`):
   * layers, metadata, preprocessing, and — once compiled or trained — the loss, metrics,
   * optimizer with its state, epochs and generator state.
   * @throws RangeError when a weight (or a preprocessing number) is not finite, or featureNames / classNames do not hold one name per input / class.
   * @throws TypeError when a layer (by its type), an activation, the loss or the optimizer is one of your own under a
   *   built-in's name (the file would read back with the built-in in its place): give yours a name of its own.
   */
  toJSON(): ModelJSON {
    return writeModelFile(this);
  }

  /**
   * Rebuilds a model from a model file (an object or its JSON text, version 1 or 2), with the
   * readers of your own layers and activations beside the built-ins:
   * `Sequential.fromJSON(json, { layers: { scale: Scale.fromJSON }, activations: { softplus } })`.
   * @throws TypeError naming the first malformed field, or an unknown layer type with how to register it.
   */
  static fromJSON(json: unknown, options: ModelFileOptions = {}): Sequential {
    const parsed = parseModelFile(json, options);
    const training = parsed.training;
    const model = new Sequential(parsed.layers, training !== undefined ? { rng: training.rng } : parsed.seed === undefined ? {} : { seed: parsed.seed });
    model.featureNames = parsed.featureNames;
    model.classNames = parsed.classNames;
    model.targetName = parsed.targetName;
    model.preprocessing = parsed.preprocessing;
    if (training !== undefined) {
      model.loss = training.loss;
      model.optimizer = training.optimizer;
      model.metrics = training.metrics;
      model.compiled = training.compiled;
      model.epochsTrained = training.epochs;
      if (training.optimizer !== undefined) setOptimizerEpochs(model, training.optimizer, training.optimizerEpochs);
    }
    return model;
  }

  /** Numerical against analytic gradients, per parameter (see {@link gradientCheck}). */
  gradientCheck(x: Inputs, y: Targets, options: GradientCheckOptions = {}): GradientCheckResult[] {
    return gradientCheck(this, x, y, options);
  }

  /** Per-layer statistics of the weight gradients on `(x, y)`, as seed 001's `analyze_gradients`. */
  gradientStats(x: Inputs, y: Targets, options: GradientCheckOptions = {}): LayerGradientStats[] {
    return gradientStats(this, x, y, options);
  }

  /** A text table of the layers, their output shapes and parameter counts. */
  summary(): string {
    return summary(this);
  }

  /** Every trainable parameter, layer by layer. */
  params(): Param[] {
    return this.layers.flatMap((layer) => layer.params());
  }

  /** Runs `x` through every layer; returns the last layer's buffer (copy it to keep it). */
  forward(x: Matrix, training = false): Matrix {
    const mode = training ? TRAINING : INFERENCE;
    let out = x;
    for (let i = 0; i < this.layers.length; i++) out = (this.layers[i] as Layer).forward(out, mode);
    return out;
  }

  /**
   * Back-propagates the loss of `pred` (the last `forward`'s output) against `target`, filling
   * every `Param.grad`. Uses the fused `dZ = (p − y)/m` when the last layer can take a gradient
   * before its activation (`backwardFromZ`) and that activation pairs with the loss
   * (the built-in sigmoid + binaryCrossEntropy, softmax + categoricalCrossEntropy; a user's own
   * activation or loss goes through its own `backward`, whatever its name). `sampleWeight` weighs each
   * row's loss (`(1/m) Σᵢ wᵢ·ℓᵢ`).
   */
  backwardFrom(pred: Matrix, target: Matrix, loss: Loss, sampleWeight?: Float64Array): void {
    let grad = this.gradBuffers.get(pred.rows);
    if (grad === undefined || grad.cols !== pred.cols) {
      grad = new Matrix(pred.rows, pred.cols);
      this.gradBuffers.set(pred.rows, grad);
    }
    const lastIndex = this.layers.length - 1;
    const last = this.layers[lastIndex] as Layer;
    // Nothing needs dL/dx of the first layer (its input is the data), so it may skip that product.
    const lastOptions = lastIndex === 0 ? FIRST_LAYER : undefined;
    const fused = last.backwardFromZ !== undefined ? fusedGradientFor(loss, last.activation) : undefined;
    let g = fused !== undefined && last.backwardFromZ !== undefined
      ? last.backwardFromZ(fused(pred, target, grad, sampleWeight), lastOptions)
      : last.backward(loss.backward(pred, target, grad, sampleWeight), lastOptions);
    for (let i = lastIndex - 1; i >= 0; i--) g = (this.layers[i] as Layer).backward(g, i === 0 ? FIRST_LAYER : undefined);
  }

  /** Sum of the layers' regularization penalties. */
  regularizationLoss(): number {
    let total = 0;
    for (let i = 0; i < this.layers.length; i++) total += (this.layers[i] as Layer).regularizationLoss();
    return total;
  }

  /**
   * The network's output for `x` (a Matrix or `number[][]`), in inference mode, as a new matrix.
   * @throws ShapeError when `x` does not have `inputSize` columns; RangeError for non-finite values.
   */
  predict(x: Inputs): Matrix {
    const m = assertInputs("predict", x, this.inputSize);
    return finiteOutput("predict", this.forward(m, false)).clone();
  }

  /**
   * Class probabilities, one row per input: softmax rows as they are; a single sigmoid output as
   * two columns `[1 − p, p]` (scikit-learn's `predict_proba`); several sigmoid outputs (multi-label)
   * as they are, each column its own probability.
   * @throws TypeError for a regression model (its outputs are not probabilities).
   */
  predictProba(x: Inputs): Matrix {
    const m = assertInputs("predictProba", x, this.inputSize);
    return probabilitiesFrom("predictProba", finiteOutput("predictProba", this.forward(m, false)), this.task);
  }

  /**
   * Predicted classes: `p > threshold` for one sigmoid output (seed 000's `predict_classes`), the
   * arg-max of each row for softmax (seed 001's `predict`); for several sigmoid outputs
   * (multi-label) every column is thresholded on its own and the result holds `rows × outputs`
   * zeros and ones, row by row.
   * @throws RangeError unless `0 < threshold < 1`.
   */
  predictClasses(x: Inputs, threshold = 0.5): Int32Array {
    if (typeof threshold !== "number" || !(threshold > 0 && threshold < 1)) {
      throw new RangeError(`predictClasses: threshold must be a number in (0, 1). Received: threshold=${String(threshold)}.`);
    }
    const m = assertInputs("predictClasses", x, this.inputSize);
    return classesFrom(finiteOutput("predictClasses", this.forward(m, false)), this.task, threshold);
  }

  /** Fraction of predictions that are right (per label for a multi-label model; see {@link predictClasses}). */
  accuracy(x: Inputs, y: Targets): number {
    const m = assertInputs("accuracy", x, this.inputSize);
    const target = toTargetMatrix("accuracy", y, m.rows, this.outputSize, true);
    return metricValue("accuracy", this.forward(m, false), target, this.task);
  }

  /**
   * The loss (with regularization penalties) on `(x, y)` in inference mode, `accuracy` for a
   * classifier, and each metric asked for (default: the compiled ones), by name.
   * @throws RangeError when `y` does not fit the loss (e.g. rows that are not one-hot for categorical CE).
   */
  evaluate(x: Inputs, y: Targets, options: EvaluateOptions = {}): Evaluation {
    checkOptionNames("evaluate", options, EVALUATE_KEYS);
    const m = assertInputs("evaluate", x, this.inputSize);
    const task = this.task;
    const target = toTargetMatrix("evaluate", y, m.rows, this.outputSize, isClassification(task));
    const lossFn = options.loss !== undefined ? resolveLoss(options.loss) : this.loss ?? resolveLoss(defaultLoss(this.layers));
    lossFn.validateTarget(target);
    return scoreOn(this, m, target, lossFn, task, checkMetricNames("evaluate", options.metrics ?? this.metrics));
  }

  /**
   * scikit-learn's `score(x, y)`: mean accuracy for a classifier (per label for multi-label), R²
   * (`r2_score`, averaged over outputs) for a regression model.
   * @throws RangeError for R² of one row (undefined; scikit-learn returns nan), as `r2Score` does.
   */
  score(x: Inputs, y: Targets): number {
    const m = assertInputs("score", x, this.inputSize);
    if (this.task !== "regression") return this.accuracy(m, y);
    const target = toTargetMatrix("score", y, m.rows, this.outputSize, false);
    // scikit-learn returns nan with a warning; @backprop/metrics' r2Score throws, and so does this.
    if (m.rows < 2) throw new RangeError("score: R² needs at least 2 samples. Received: 1 sample.");
    return r2(this.forward(m, false), target);
  }
}

/**
 * The output, checked: a prediction is never NaN or ±Infinity without a word (finite inputs and
 * weights can still overflow, e.g. inputs near 1e308 or a bias of 1e308).
 * @throws RangeError naming the first non-finite output and the likely causes.
 */
function finiteOutput(where: string, out: Matrix): Matrix {
  const d = out.data;
  for (let k = 0; k < d.length; k++) {
    if (!Number.isFinite(d[k] as number)) {
      throw new RangeError(`${where}: the output overflowed to ${String(d[k])} at row ${Math.floor(k / out.cols)}, column ${k % out.cols}; the inputs (scale them) or the weights are too large for float64. Received: output[${Math.floor(k / out.cols)},${k % out.cols}]=${String(d[k])}.`);
    }
  }
  return out;
}

function firstSize(layers: readonly Layer[], key: "inputSize" | "outputSize"): number {
  for (const layer of layers) {
    const size = layer[key];
    if (size !== null) return size;
  }
  throw new RangeError("Sequential: at least one layer must have a fixed size (Dense or BatchNorm). Received: only size-agnostic layers.");
}

/** Each layer's input must match the shape the layers before it give (per sample; its width for the dense layers here). */
function checkChain(layers: readonly Layer[]): void {
  let shape: readonly number[] | null = null;
  layers.forEach((layer, i) => {
    const width = shape === null ? null : shape.reduce((a, b) => a * b, 1);
    if (width !== null && layer.inputSize !== null && layer.inputSize !== width) {
      throw new ShapeError(`Sequential: layer ${i} (${layer.name}) expects ${layer.inputSize} inputs but the previous layer gives ${width}. Received: layers[${i}].inputSize=${layer.inputSize}.`);
    }
    const input = shape ?? (layer.inputSize === null ? null : [layer.inputSize]);
    if (input !== null) shape = outputShapeOf(layer, input);
  });
}
