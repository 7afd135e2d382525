import type { Matrix, Param, RandomState } from "@backprop/linalg";
import type { DenseJSON } from "./dense-json.js";
import type { DropoutJSON } from "./dropout.js";
import type { BatchNormJSON } from "./batch-norm.js";

/** Options every layer's `forward` accepts. */
export interface ForwardOptions {
  /** Training mode: dropout drops, batch norm uses batch statistics. Default `false`. */
  training?: boolean;
}

/** Options every layer's `backward` accepts. */
export interface BackwardOptions {
  /**
   * Whether the caller needs `dL/dx`. Default `true`. A network passes `false` to its first layer,
   * whose input is the data: a layer may then skip that product (for a Dense layer, `dZ·Wᵀ`, a
   * third of a training step's arithmetic) and the matrix it returns holds unspecified values.
   */
  inputGradient?: boolean;
}

/** The serialized form of any built-in layer (one entry of the model JSON's `"layers"`). */
export type LayerJSON = DenseJSON | DropoutJSON | BatchNormJSON;

/**
 * What a `Sequential` model needs from a layer. Layers keep their own caches between `forward`
 * and `backward`, fill each `Param.grad` in `backward`, and never update their own weights.
 * The matrices they return are buffers reused by the next call with the same batch size: copy
 * one (`clone()`) to keep it.
 */
export interface Layer {
  readonly type: LayerJSON["type"];
  readonly name: string;
  /** Columns the layer accepts, or `null` when any width works (dropout). */
  readonly inputSize: number | null;
  /** Columns the layer returns, or `null` when it equals the input width. */
  readonly outputSize: number | null;
  /** `y = f(x)`; caches what `backward` needs. */
  forward(x: Matrix, options?: ForwardOptions): Matrix;
  /** Given `dL/dy` for the last `forward`, fills the parameter gradients and returns `dL/dx`. */
  backward(dY: Matrix, options?: BackwardOptions): Matrix;
  /** The trainable parameters, each with the gradient slot `backward` fills. */
  params(): Param[];
  /**
   * Values the layer learns without gradients (BatchNorm's running statistics): a model saves,
   * restores and checks them together with the parameters. Absent or `[]` when there are none.
   */
  state?(): Matrix[];
  /** The regularization penalty this layer adds to the loss (0 without a regularizer). */
  regularizationLoss(): number;
  /** Draw any randomness (dropout masks) from `rng` from now on. */
  setRandomState?(rng: RandomState): void;
  toJSON(): LayerJSON;
}
