import {
  Matrix,
  addRowVector,
  addScaled,
  map,
  matmul,
  mean,
  mul,
  scale,
  sub,
  sum,
  type Param,
} from "@backprop/linalg";
import { BufferPool } from "./buffer-pool.js";
import { assertForwardRan, assertGradShape, assertInRange, assertInputWidth, assertInteger } from "./checks.js";
import { expectInteger, expectKnownKeys, expectNumber, expectObject, expectVector, field, invalidField, type JSONPath } from "./json-checks.js";
import type { ForwardOptions, Layer, LayerJSON } from "./layer.js";
import { checkOptionKeys, optionOfType } from "./option-checks.js";
import type { LayerReadContext } from "./layer-reader.js";

/** Options of {@link BatchNorm}; the defaults are seed 001's `BatchNormLayer`. */
export interface BatchNormOptions {
  /** Weight of the old running statistics: `running = momentum·running + (1 − momentum)·batch`. Default 0.9. */
  momentum?: number;
  /** Added to the variance before the square root. Default 1e-8. */
  epsilon?: number;
  name?: string;
}

/** A batch-norm layer in the model JSON: the learned `gamma`/`beta` and the running statistics. */
export interface BatchNormJSON extends LayerJSON {
  /** `"batchNorm"`; a subclass may write a type of its own. */
  type: string;
  name?: string;
  features: number;
  momentum: number;
  epsilon: number;
  gamma: number[];
  beta: number[];
  runningMean: number[];
  runningVar: number[];
}

interface Buffers {
  ones: Matrix;
  wide: Matrix;
  centered: Matrix;
  xHat: Matrix;
  y: Matrix;
  dXHat: Matrix;
  dX: Matrix;
}

/**
 * Batch normalization with its backward pass. Training: `μ = mean(X)`, `σ² = var(X)` per column
 * (NumPy's biased `np.var`), `X̂ = (X − μ)/√(σ² + ε)`, `Y = γ ⊙ X̂ + β`, and the running statistics
 * move toward the batch ones. Inference uses the running statistics. Backward (training mode):
 * `dγ = Σ dY ⊙ X̂`, `dβ = Σ dY`, `dX = (1/m)·(1/√(σ² + ε)) ⊙ (m·dX̂ − Σ dX̂ − X̂ ⊙ Σ(dX̂ ⊙ X̂))`
 * with `dX̂ = dY ⊙ γ`; inference mode: `dX = dY ⊙ γ/√(running σ² + ε)`.
 *
 * @throws RangeError for a bad size, momentum or epsilon; TypeError for an unknown option or a name that is not a string.
 * @example
 * const bn = new BatchNorm(1);
 * bn.forward(Matrix.from([[1], [3]]), { training: true }).toArray(); // [[-0.999999995], [0.999999995]]
 */
export class BatchNorm implements Layer {
  /** `"batchNorm"`: a subclass may declare a type of its own. */
  readonly type: string = "batchNorm";
  readonly name: string;
  readonly features: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly gamma: Param;
  readonly beta: Param;
  readonly runningMean: Matrix;
  readonly runningVar: Matrix;
  private readonly batchMean: Matrix;
  private readonly batchVar: Matrix;
  private readonly invStd: Matrix;
  private readonly rowA: Matrix;
  private readonly rowB: Matrix;
  private readonly inverseSqrt: (v: number) => number;
  private readonly pool: BufferPool<Buffers>;
  private last: Buffers | undefined;
  private lastTraining = false;

  constructor(features: number, options: BatchNormOptions = {}) {
    assertInteger("BatchNorm", "features", features);
    checkOptionKeys("BatchNorm", options, ["momentum", "epsilon", "name"]);
    optionOfType("BatchNorm", "name", options.name, "string");
    this.features = features;
    this.momentum = options.momentum ?? 0.9;
    this.epsilon = options.epsilon ?? 1e-8;
    assertInRange("BatchNorm", "momentum", this.momentum, 0, 1);
    assertInRange("BatchNorm", "epsilon", this.epsilon, Number.MIN_VALUE, Number.MAX_VALUE);
    this.name = options.name ?? "batchNorm";
    const row = (): Matrix => new Matrix(1, features);
    this.gamma = { name: `${this.name}.gamma`, value: Matrix.ones(1, features), grad: row() };
    this.beta = { name: `${this.name}.beta`, value: row(), grad: row() };
    this.runningMean = row();
    this.runningVar = Matrix.ones(1, features);
    [this.batchMean, this.batchVar, this.invStd, this.rowA, this.rowB] = [row(), row(), row(), row(), row()];
    const eps = this.epsilon;
    this.inverseSqrt = (v) => 1 / Math.sqrt(v + eps);
    this.pool = new BufferPool((m) => {
      const wide = (): Matrix => new Matrix(m, features);
      return { ones: Matrix.ones(m, 1), wide: wide(), centered: wide(), xHat: wide(), y: wide(), dXHat: wide(), dX: wide() };
    });
  }

  get inputSize(): number {
    return this.features;
  }

  get outputSize(): number {
    return this.features;
  }

  /**
   * Rebuilds a batch-norm layer from {@link toJSON}'s form. Every array is read and checked
   * against `features` before the layer allocates anything (a small file cannot ask for `1e9`).
   * @throws TypeError naming the first wrong field.
   */
  static fromJSON(this: void, json: unknown, context?: LayerReadContext): BatchNorm {
    const at: JSONPath = context?.at ?? { where: "BatchNorm.fromJSON", path: "layer" };
    const obj = expectObject(at, json);
    expectKnownKeys(at, obj, ["type", "name", "features", "momentum", "epsilon", "gamma", "beta", "runningMean", "runningVar"]);
    const features = expectInteger(...field(at, obj, "features"));
    const read = (key: string): Float64Array => expectVector(...field(at, obj, key), features);
    const [gamma, beta, runningMean, runningVar] = [read("gamma"), read("beta"), read("runningMean"), read("runningVar")];
    if (runningVar.some((v) => v < 0)) throw invalidField(field(at, obj, "runningVar")[0], "non-negative", obj.runningVar);
    const [nameAt, name] = field(at, obj, "name");
    if (name !== undefined && typeof name !== "string") throw invalidField(nameAt, "a string", name);
    const bn = new BatchNorm(features, {
      momentum: expectNumber(...field(at, obj, "momentum"), 0, 1),
      epsilon: expectNumber(...field(at, obj, "epsilon"), Number.MIN_VALUE),
      ...(name === undefined ? {} : { name }),
    });
    bn.gamma.value.data.set(gamma);
    bn.beta.value.data.set(beta);
    bn.runningMean.data.set(runningMean);
    bn.runningVar.data.set(runningVar);
    return bn;
  }

  forward(x: Matrix, { training = false }: ForwardOptions = {}): Matrix {
    assertInputWidth(this.name, "forward", x, this.features);
    const b = this.pool.get(x.rows);
    const mu = training ? mean(x, 0, this.batchMean) : this.runningMean;
    if (training) {
      sub(x, this.broadcast(b, mu), b.centered);
      mean(mul(b.centered, b.centered, b.wide), 0, this.batchVar);
      scale(this.runningMean, this.momentum, this.runningMean);
      addScaled(this.runningMean, this.batchMean, 1 - this.momentum, this.runningMean);
      scale(this.runningVar, this.momentum, this.runningVar);
      addScaled(this.runningVar, this.batchVar, 1 - this.momentum, this.runningVar);
    } else {
      sub(x, this.broadcast(b, mu), b.centered);
    }
    map(training ? this.batchVar : this.runningVar, this.inverseSqrt, this.invStd);
    mul(b.centered, this.broadcast(b, this.invStd), b.xHat);
    mul(b.xHat, this.broadcast(b, this.gamma.value), b.y);
    addRowVector(b.y, this.beta.value, b.y);
    this.last = b;
    this.lastTraining = training;
    return b.y;
  }

  backward(dY: Matrix): Matrix {
    const b = this.last;
    assertForwardRan(this.name, "backward", b);
    assertGradShape(this.name, "backward", dY, b.y.rows, this.features);
    const m = dY.rows;
    sum(dY, 0, this.beta.grad);
    sum(mul(dY, b.xHat, b.wide), 0, this.gamma.grad);
    mul(dY, this.broadcast(b, this.gamma.value), b.dXHat);
    if (!this.lastTraining) return mul(b.dXHat, this.broadcast(b, this.invStd), b.dX);
    sum(b.dXHat, 0, this.rowA); // Σ dX̂
    sum(mul(b.dXHat, b.xHat, b.wide), 0, this.rowB); // Σ dX̂ ⊙ X̂
    scale(b.dXHat, m, b.dX);
    sub(b.dX, this.broadcast(b, this.rowA), b.dX);
    sub(b.dX, mul(b.xHat, this.broadcast(b, this.rowB), b.centered), b.dX);
    scale(this.invStd, 1 / m, this.rowA);
    return mul(b.dX, this.broadcast(b, this.rowA), b.dX);
  }

  params(): Param[] {
    return [this.gamma, this.beta];
  }

  /** The running mean and variance (`1×features` each), which inference uses. */
  state(): Matrix[] {
    return [this.runningMean, this.runningVar];
  }

  regularizationLoss(): number {
    return 0;
  }

  toJSON(): BatchNormJSON {
    const list = (m: Matrix): number[] => Array.from(m.data);
    return {
      type: "batchNorm",
      name: this.name,
      features: this.features,
      momentum: this.momentum,
      epsilon: this.epsilon,
      gamma: list(this.gamma.value),
      beta: list(this.beta.value),
      runningMean: list(this.runningMean),
      runningVar: list(this.runningVar),
    };
  }

  /** The `1×n` row repeated down `m` rows (`ones(m,1)·row`), in the shared wide buffer. */
  private broadcast(b: Buffers, row: Matrix): Matrix {
    return matmul(b.ones, row, b.wide);
  }
}

/**
 * Factory for {@link BatchNorm}.
 * @example
 * batchNorm({ features: 8 }).params().length; // 2
 */
export function batchNorm({ features, ...options }: BatchNormOptions & { features: number }): BatchNorm {
  return new BatchNorm(features, options);
}

