import { Matrix, RandomState, ShapeError, type Param } from "@backprop/linalg";
import { Dense, type BackwardOptions, type ForwardOptions, type Layer } from "@backprop/layers";
import { fusedOutputGradient, getLoss, type Loss, type LossName } from "@backprop/losses";
import { defaultLoss } from "./default-loss.js";
import { countCorrect } from "./metrics.js";
import { fit } from "./fit.js";
import { assertJSONSafe, parseModelJSON, type ModelJSON } from "./model-json.js";
import { gradientCheck, gradientStats, type GradientCheckOptions, type GradientCheckResult, type LayerGradientStats } from "./gradients.js";
import { summary } from "./summary.js";
import { TrainingSession } from "./trainer.js";
import { assertInputs, toTargetMatrix } from "./targets.js";
import type { FitOptions, History, Targets } from "./types.js";

const TRAINING: ForwardOptions = Object.freeze({ training: true });
const INFERENCE: ForwardOptions = Object.freeze({ training: false });
const FIRST_LAYER: BackwardOptions = Object.freeze({ inputGradient: false });

/** Options of {@link Sequential}. */
export interface SequentialOptions {
  /** Generator for shuffles, dropout masks and validation splits (the weights are already drawn). */
  rng?: RandomState;
  seed?: number;
}

/**
 * A stack of layers applied in order. Holds no training state itself: `fit`/`trainer` (in their
 * own files) drive `forward`, `backwardFrom` and an optimizer.
 *
 * @throws ShapeError when consecutive layers disagree on sizes; RangeError for no layers.
 */
export class Sequential {
  readonly layers: readonly Layer[];
  /** The generator `fit` continues from when it gets no `seed`/`rng`. */
  readonly rng: RandomState;
  /** Names of the input columns, saved in the model JSON. */
  featureNames: string[] | undefined;
  /** Names of the classes, saved in the model JSON. */
  classNames: string[] | undefined;
  /** What a data scaler's `toJSON()` gave, saved in the model JSON as is. */
  preprocessing: unknown;
  private readonly gradBuffers = new Map<number, Matrix>();

  constructor(layers: readonly Layer[], options: SequentialOptions = {}) {
    if (!Array.isArray(layers) || layers.length === 0) {
      throw new RangeError(`Sequential: layers must be a non-empty array. Received: ${Array.isArray(layers) ? "[]" : typeof layers}.`);
    }
    checkChain(layers);
    this.layers = Object.freeze([...layers]);
    this.rng = options.rng ?? new RandomState(options.seed ?? Math.floor(Math.random() * 0x100000000));
  }

  /** The seed of {@link rng} (saved in the model JSON). */
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

  /**
   * Trains the model (see {@link fit}); returns the per-epoch history.
   * @throws DivergenceError when the loss or a weight becomes NaN/Infinity (the last finite weights are kept).
   */
  fit(x: Matrix, y: Targets, options: FitOptions = {}): History {
    return fit(this, x, y, options);
  }

  /** A session that trains one batch or epoch per call: `session.runEpoch()`, `session.history`, `session.stop()`. */
  trainer(x: Matrix, y: Targets, options: FitOptions = {}): TrainingSession {
    return new TrainingSession(this, x, y, options);
  }

  /**
   * The model in the documented JSON format (weights as plain arrays) with `seed`,
   * `featureNames`, `classNames` and `preprocessing` when set.
   * @throws RangeError when a weight (or a preprocessing number) is not finite.
   */
  toJSON(): ModelJSON {
    const json: ModelJSON = { format: "backprop.network", version: 1, layers: this.layers.map((l) => l.toJSON()), seed: this.seed };
    if (this.featureNames !== undefined) json.featureNames = [...this.featureNames];
    if (this.classNames !== undefined) json.classNames = [...this.classNames];
    if (this.preprocessing !== undefined) json.preprocessing = this.preprocessing;
    assertJSONSafe("toJSON", "model", json);
    return json;
  }

  /**
   * Rebuilds a model from {@link toJSON}'s output (an object or its JSON text).
   * @throws TypeError naming the first malformed field.
   */
  static fromJSON(json: unknown): Sequential {
    const parsed = parseModelJSON(json);
    const model = new Sequential(parsed.layers, parsed.seed === undefined ? {} : { seed: parsed.seed });
    model.featureNames = parsed.featureNames;
    model.classNames = parsed.classNames;
    model.preprocessing = parsed.preprocessing;
    return model;
  }

  /** Numerical against analytic gradients, per parameter (see {@link gradientCheck}). */
  gradientCheck(x: Matrix, y: Targets, options: GradientCheckOptions = {}): GradientCheckResult[] {
    return gradientCheck(this, x, y, options);
  }

  /** Per-layer statistics of the weight gradients on `(x, y)`, as seed 001's `analyze_gradients`. */
  gradientStats(x: Matrix, y: Targets, options: GradientCheckOptions = {}): LayerGradientStats[] {
    return gradientStats(this, x, y, options);
  }

  /** A text table of the layers, their output widths and parameter counts. */
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
   * every `Param.grad`. Uses the fused `dZ = (p − y)/m` when the last layer is a Dense whose
   * activation pairs with the loss (sigmoid + binaryCrossEntropy, softmax + categoricalCrossEntropy).
   */
  backwardFrom(pred: Matrix, target: Matrix, loss: Loss): void {
    let grad = this.gradBuffers.get(pred.rows);
    if (grad === undefined || grad.cols !== pred.cols) {
      grad = new Matrix(pred.rows, pred.cols);
      this.gradBuffers.set(pred.rows, grad);
    }
    const lastIndex = this.layers.length - 1;
    const last = this.layers[lastIndex] as Layer;
    // Nothing needs dL/dx of the first layer (its input is the data), so it may skip that product.
    const lastOptions = lastIndex === 0 ? FIRST_LAYER : undefined;
    const fused = last instanceof Dense ? fusedOutputGradient(loss.name, last.activation.name) : undefined;
    let g = fused !== undefined && last instanceof Dense
      ? last.backwardFromZ(fused(pred, target, grad), lastOptions)
      : last.backward(loss.backward(pred, target, grad), lastOptions);
    for (let i = lastIndex - 1; i >= 0; i--) g = (this.layers[i] as Layer).backward(g, i === 0 ? FIRST_LAYER : undefined);
  }

  /** Sum of the layers' regularization penalties. */
  regularizationLoss(): number {
    let total = 0;
    for (let i = 0; i < this.layers.length; i++) total += (this.layers[i] as Layer).regularizationLoss();
    return total;
  }

  /**
   * The network's output for `x` (inference mode), as a new matrix.
   * @throws ShapeError when `x` does not have `inputSize` columns; RangeError for non-finite values.
   */
  predict(x: Matrix): Matrix {
    assertInputs("predict", x, this.inputSize);
    return this.forward(x, false).clone();
  }

  /**
   * Class indices: `p > threshold` for one output (seed 000's `predict_classes`), the arg-max of
   * each row for several (seed 001's `predict`).
   */
  predictClasses(x: Matrix, threshold = 0.5): Int32Array {
    assertInputs("predictClasses", x, this.inputSize);
    const out = this.forward(x, false);
    const classes = new Int32Array(out.rows);
    for (let i = 0; i < out.rows; i++) {
      const row = out.row(i);
      if (out.cols === 1) classes[i] = (row[0] as number) > threshold ? 1 : 0;
      else classes[i] = row.indexOf(Math.max(...row));
    }
    return classes;
  }

  /** Fraction of rows classified correctly (see {@link predictClasses}). */
  accuracy(x: Matrix, y: Targets): number {
    assertInputs("accuracy", x, this.inputSize);
    const target = toTargetMatrix("accuracy", y, x.rows, this.outputSize);
    return countCorrect(this.forward(x, false), target) / x.rows;
  }

  /**
   * `{ loss, accuracy }` on `(x, y)` in inference mode; the loss includes regularization penalties.
   * @throws RangeError when `y` does not fit the loss (e.g. rows that are not one-hot for categorical CE).
   */
  evaluate(x: Matrix, y: Targets, { loss }: { loss?: LossName | Loss } = {}): { loss: number; accuracy: number } {
    assertInputs("evaluate", x, this.inputSize);
    const target = toTargetMatrix("evaluate", y, x.rows, this.outputSize);
    const lossFn = getLoss(loss ?? defaultLoss(this.layers));
    lossFn.validateTarget(target);
    return this.score(x, target, lossFn);
  }

  /**
   * `evaluate` on inputs and targets already checked against this model and `loss` (fit's
   * validation set, scored every epoch, is checked once before training).
   * @internal
   */
  score(x: Matrix, target: Matrix, loss: Loss): { loss: number; accuracy: number } {
    const pred = this.forward(x, false);
    return { loss: loss.forward(pred, target) + this.regularizationLoss(), accuracy: countCorrect(pred, target) / x.rows };
  }
}

function firstSize(layers: readonly Layer[], key: "inputSize" | "outputSize"): number {
  for (const layer of layers) {
    const size = layer[key];
    if (size !== null) return size;
  }
  throw new RangeError("Sequential: at least one layer must have a fixed size (Dense or BatchNorm). Received: only size-agnostic layers.");
}

function checkChain(layers: readonly Layer[]): void {
  let width: number | null = null;
  layers.forEach((layer, i) => {
    if (width !== null && layer.inputSize !== null && layer.inputSize !== width) {
      throw new ShapeError(`Sequential: layer ${i} (${layer.name}) expects ${layer.inputSize} inputs but the previous layer gives ${width}. Received: layers[${i}].inputSize=${layer.inputSize}.`);
    }
    width = layer.outputSize ?? width;
  });
}
