import type { Matrix, Param, RandomState } from "@backprop/linalg";
import type { Activation } from "@backprop/activations";

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

/**
 * The serialized form of a layer (one entry of the model file's `"layers"`): a `type` that names
 * its reader, an optional `name`, and whatever fields that layer's `toJSON` writes.
 */
export interface LayerJSON {
  type: string;
  name?: string;
  [field: string]: unknown;
}

/**
 * What a `Sequential` model needs from a layer. Layers keep their own caches between `forward`
 * and `backward`, fill each `Param.grad` in `backward`, and never update their own weights.
 * The matrices they return are buffers reused by the next call with the same batch size: copy
 * one (`clone()`) to keep it.
 *
 * The contract is open: `type` is any string, and the optional members are capabilities a model
 * asks for instead of testing the class (so a second copy of this package, or your own layer,
 * works the same way).
 */
export interface Layer {
  /** Names the reader that rebuilds the layer from its JSON (`"dense"`, or your own). */
  readonly type: string;
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
  /**
   * The per-sample output shape for a per-sample input shape (`[features]` for the dense layers
   * here; `[height, width, channels]` for an image layer). Absent: `[outputSize]`, or the input
   * shape when `outputSize` is `null`.
   */
  computeOutputShape?(inputShape: readonly number[]): readonly number[];
  /** The activation the layer ends in, when it ends in one: a model pairs it with the loss. */
  readonly activation?: Activation;
  /**
   * Backprop from the gradient before {@link activation} (`dZ`): a layer that has it lets the model
   * use the fused output gradient (`dZ = (p − y)/m` for softmax + cross-entropy).
   */
  backwardFromZ?(dZ: Matrix, options?: BackwardOptions): Matrix;
  /** The layer's main weight matrix, for gradient statistics (seed 001's `analyze_gradients`). */
  readonly kernel?: Param;
}

/** The per-sample output shape of `layer` for `inputShape` (see {@link Layer.computeOutputShape}). */
export function outputShapeOf(layer: Layer, inputShape: readonly number[]): readonly number[] {
  if (layer.computeOutputShape !== undefined) return layer.computeOutputShape(inputShape);
  return layer.outputSize === null ? inputShape : [layer.outputSize];
}
