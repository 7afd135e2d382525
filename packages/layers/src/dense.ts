import {
  MAX_ELEMENTS,
  Matrix,
  RandomState,
  addRowVector,
  matmul,
  matmulABt,
  matmulAtB,
  sum,
  type Param,
} from "@backprop/linalg";
import { getActivation, type Activation, type ActivationSpec } from "@backprop/activations";
import { getInitializer, type InitializerSpec } from "./initializers.js";
import { addRegularizerGradient, regularizerFromJSON, type Regularizer } from "./regularizers.js";
import { BufferPool } from "./buffer-pool.js";
import { assertForwardRan, assertGradShape, assertInputWidth, assertInteger } from "./checks.js";
import { denseToJSON, parseDenseJSON, type DenseJSON } from "./dense-json.js";
import { checkOptionKeys, checkStartMatrix, optionOfType, optionWithMethods } from "./option-checks.js";
import type { BackwardOptions, ForwardOptions, Layer } from "./layer.js";
import type { LayerReadContext } from "./layer-reader.js";

/** Options of {@link Dense}. */
export interface DenseOptions {
  /** Default `"linear"`. */
  activation?: ActivationSpec;
  /** Default `"he"` for relu/leakyRelu, `"xavier"` (`randn·√(1/n)`) otherwise — seed 001's rule. */
  initializer?: InitializerSpec;
  regularizer?: Regularizer;
  /** Default `true`. The bias starts at zero, as in every tutorial. */
  useBias?: boolean;
  /** Weights are drawn from `rng`, or from `new RandomState(seed)`; one of them is needed unless `weights` is given. */
  rng?: RandomState;
  seed?: number;
  /** Start from these weights (`inputSize×units`) instead of drawing them; copied. */
  weights?: Matrix;
  /** Start from this bias (`1×units`); copied. */
  bias?: Matrix;
  /** Prefix of the parameter names, default `"dense"`. */
  name?: string;
}

const DENSE_OPTIONS = ["activation", "initializer", "regularizer", "useBias", "rng", "seed", "weights", "bias", "name"] as const;

/** Refuses unknown options and options of the wrong type before anything is built. */
function checkDenseOptions(options: DenseOptions): void {
  checkOptionKeys("Dense", options, DENSE_OPTIONS);
  optionOfType("Dense", "name", options.name, "string");
  optionOfType("Dense", "useBias", options.useBias, "boolean");
  optionOfType("Dense", "seed", options.seed, "number");
  optionWithMethods("Dense", "rng", options.rng, "a RandomState", ["nextDouble"]);
  optionWithMethods("Dense", "regularizer", options.regularizer, "a regularizer (l1, l2 or l1l2)", ["penalty", "gradient"]);
}

const DEFAULT_CONTEXT: LayerReadContext = { at: { where: "Dense.fromJSON", path: "layer" }, activations: {} };

interface DenseBuffers {
  z: Matrix;
  a: Matrix;
  dZ: Matrix;
  dX: Matrix;
}

/**
 * A fully connected layer: `Z = X·W + b`, `A = f(Z)`, with `W` indexed `[input][unit]` as in the
 * NumPy tutorials. Backward: `dZ = f′(Z) ⊙ dA` (or a `dZ` given directly, for fused output
 * gradients), `dW = Xᵀ·dZ (+ regularizer gradient)`, `db = Σ_rows dZ`, `dX = dZ·Wᵀ`. The loss
 * gradient already carries the `1/m` of the batch mean, so no extra `1/m` appears here.
 *
 * @throws RangeError for a non-integer size or non-finite starting weights; TypeError for an
 *   unknown option (`Dense: unknown option "activaton". Expected one of: activation, …`), an option
 *   of the wrong type, an unknown activation or initializer; ShapeError for `weights`/`bias` of the
 *   wrong shape.
 * @example
 * const layer = new Dense(2, 4, { activation: "sigmoid", initializer: "he", seed: 42 });
 * layer.weights.value.get(0, 0); // 0.4967141530112327 (np.random.randn(2, 4)[0, 0] * np.sqrt(2.0 / 2))
 */
export class Dense implements Layer {
  /** `"dense"`: a subclass may declare a type of its own (and write it from `toJSON`). */
  readonly type: string = "dense";
  readonly name: string;
  readonly inputSize: number;
  readonly units: number;
  readonly activation: Activation;
  readonly useBias: boolean;
  private currentRegularizer: Regularizer | undefined;
  readonly weights: Param;
  readonly bias: Param;
  private readonly pool: BufferPool<DenseBuffers>;
  private readonly scratch: Matrix;
  private input: Matrix | undefined;
  private last: DenseBuffers | undefined;

  constructor(inputSize: number, units: number, options: DenseOptions = {}) {
    assertInteger("Dense", "inputSize", inputSize);
    assertInteger("Dense", "units", units);
    // Before anything is drawn or allocated (the initializer's draws come before the Matrix's own check).
    if (inputSize * units > MAX_ELEMENTS) {
      throw new RangeError(`Dense: inputSize × units must be ≤ MAX_ELEMENTS (${MAX_ELEMENTS} weights). Received: inputSize=${inputSize}, units=${units} (${inputSize * units} weights).`);
    }
    checkDenseOptions(options);
    this.name = options.name ?? "dense";
    this.inputSize = inputSize;
    this.units = units;
    this.activation = getActivation(options.activation ?? "linear");
    this.useBias = options.useBias ?? true;
    this.currentRegularizer = options.regularizer;
    const w = options.weights === undefined ? this.drawWeights(options) : copyOf(checkStartMatrix("Dense", "weights", options.weights, inputSize, units));
    const b = options.bias === undefined ? new Matrix(1, units) : copyOf(checkStartMatrix("Dense", "bias", options.bias, 1, units));
    this.weights = { name: `${this.name}.weights`, value: w, grad: new Matrix(inputSize, units) };
    this.bias = { name: `${this.name}.bias`, value: b, grad: new Matrix(1, units) };
    this.scratch = new Matrix(inputSize, units);
    this.pool = new BufferPool((rows) => ({
      z: new Matrix(rows, units),
      a: new Matrix(rows, units),
      dZ: new Matrix(rows, units),
      dX: new Matrix(rows, inputSize),
    }));
  }

  get outputSize(): number {
    return this.units;
  }

  /** The penalty on the weights (`undefined`: none). */
  get regularizer(): Regularizer | undefined {
    return this.currentRegularizer;
  }

  /**
   * Changes the weight penalty from the next `backward` (and loss) on — a running `fit` picks it
   * up at its next batch; `undefined` removes it. The weights and the optimizer's state are kept.
   * @throws TypeError when `regularizer` is not a regularizer (`l1`, `l2`, `l1l2`) or undefined.
   * @example
   * const layer = new Dense(2, 3, { seed: 0 });
   * layer.setRegularizer(l2(0.01));
   * layer.regularizer?.l2; // 0.01
   */
  setRegularizer(regularizer: Regularizer | undefined): void {
    optionWithMethods(`${this.name}.setRegularizer`, "regularizer", regularizer, "a regularizer (l1, l2 or l1l2)", ["penalty", "gradient"]);
    this.currentRegularizer = regularizer;
  }

  /** The weight matrix, for gradient statistics. */
  get kernel(): Param {
    return this.weights;
  }

  /**
   * Rebuilds a dense layer from {@link toJSON}'s form, checking every field and size before
   * allocating (`layerFromJSON` calls it for `type: "dense"`).
   * @throws TypeError naming the first wrong field.
   */
  static fromJSON(this: void, json: unknown, context: LayerReadContext = DEFAULT_CONTEXT): Dense {
    const args = parseDenseJSON(json, context);
    return new Dense(args.inputSize, args.units, {
      activation: args.activation,
      useBias: args.useBias,
      weights: args.weights,
      bias: args.bias,
      ...(args.regularizer === undefined ? {} : { regularizer: regularizerFromJSON(args.regularizer) }),
      ...(args.name === undefined ? {} : { name: args.name }),
    });
  }

  /** `A = f(X·W + b)`. @throws ShapeError unless `x` is `[batch, inputSize]`. */
  forward(x: Matrix, _options?: ForwardOptions): Matrix {
    assertInputWidth(this.name, "forward", x, this.inputSize);
    const buf = this.pool.get(x.rows);
    matmul(x, this.weights.value, buf.z);
    if (this.useBias) addRowVector(buf.z, this.bias.value, buf.z);
    this.activation.forward(buf.z, buf.a);
    this.input = x;
    this.last = buf;
    return buf.a;
  }

  /** `dZ = f′(Z) ⊙ dA` through the activation, then {@link backwardFromZ}. */
  backward(dA: Matrix, options?: BackwardOptions): Matrix {
    const buf = this.last;
    assertForwardRan(this.name, "backward", buf);
    assertGradShape(this.name, "backward", dA, buf.a.rows, this.units);
    this.activation.backward(buf.z, buf.a, dA, buf.dZ);
    return this.backwardFromZ(buf.dZ, options);
  }

  /**
   * Backprop from the pre-activation gradient `dZ` (used when the loss and the output activation
   * fuse, e.g. softmax + cross-entropy gives `dZ = (p − y)/m`): fills `dW = Xᵀ·dZ` and
   * `db = Σᵢ dZᵢ`, and returns `dX = dZ·Wᵀ` (left uncomputed with `inputGradient: false`).
   */
  backwardFromZ(dZ: Matrix, options?: BackwardOptions): Matrix {
    const buf = this.last;
    const x = this.input;
    assertForwardRan(this.name, "backwardFromZ", buf);
    assertForwardRan(this.name, "backwardFromZ", x);
    assertGradShape(this.name, "backwardFromZ", dZ, buf.z.rows, this.units);
    matmulAtB(x, dZ, this.weights.grad);
    if (this.regularizer !== undefined) {
      addRegularizerGradient(this.regularizer, this.weights.value, this.weights.grad, this.scratch);
    }
    if (this.useBias) sum(dZ, 0, this.bias.grad);
    else this.bias.grad.data.fill(0);
    if (options?.inputGradient === false) return buf.dX;
    return matmulABt(dZ, this.weights.value, buf.dX);
  }

  params(): Param[] {
    return this.useBias ? [this.weights, this.bias] : [this.weights];
  }

  regularizationLoss(): number {
    return this.regularizer === undefined ? 0 : this.regularizer.penalty(this.weights.value, this.scratch);
  }

  toJSON(): DenseJSON {
    return denseToJSON(this);
  }

  private drawWeights(options: DenseOptions): Matrix {
    const rng = options.rng ?? (options.seed !== undefined ? new RandomState(options.seed) : undefined);
    if (rng === undefined) {
      throw new TypeError("Dense: pass rng or seed (or weights) so the initial weights are reproducible. Received: none of them.");
    }
    const fallback = this.activation.name === "relu" || this.activation.name === "leakyRelu" ? "he" : "xavier";
    return getInitializer(options.initializer ?? fallback)(this.inputSize, this.units, rng);
  }
}

/** A copy of a checked starting matrix (possibly another copy of linalg's Matrix). */
function copyOf(m: Matrix): Matrix {
  return new Matrix(m.rows, m.cols, Float64Array.from(m.data));
}

/** Options of the {@link dense} factory: the constructor's sizes as named fields. */
export interface DenseFactoryOptions extends DenseOptions {
  inputSize: number;
  units: number;
}

/**
 * Factory for {@link Dense}.
 * @example
 * dense({ inputSize: 4, units: 16, activation: "relu", seed: 0 }).outputSize; // 16
 */
export function dense({ inputSize, units, ...options }: DenseFactoryOptions): Dense {
  return new Dense(inputSize, units, options);
}
