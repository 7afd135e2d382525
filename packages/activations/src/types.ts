import type { Matrix } from "@backprop/linalg";

/** The built-in activations, which every model file and lookup understands. */
export type ActivationName =
  | "sigmoid"
  | "relu"
  | "leakyRelu"
  | "tanh"
  | "softmax"
  | "linear"
  | "elu"
  | "selu"
  | "gelu"
  | "geluTanh"
  | "softplus"
  | "softsign"
  | "swish"
  | "silu"
  | "hardSigmoid"
  | "mish";

/**
 * An element-wise (or, for softmax, row-wise) non-linearity and its derivative.
 * Both methods write into `out` when given (it may alias an input) and return it, so a warmed-up
 * training step allocates nothing. The contract is open: a user's own activation (any `name`)
 * satisfies it and goes wherever a built-in does.
 */
export interface Activation {
  /** A built-in's {@link ActivationName}, or any name for a user's own activation. */
  readonly name: string;
  /**
   * Settings that must round-trip through model JSON (plain finite numbers), e.g.
   * `{ alpha: 0.01 }` for leakyRelu; `{}` when there are none.
   */
  readonly config: Readonly<Record<string, number>>;
  /** `a = f(z)`. */
  forward(z: Matrix, out?: Matrix): Matrix;
  /** `dZ = dA ⊙ f′(z)`; for softmax the row-wise Jacobian-vector product. `a` must be `forward(z)`. */
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix;
}

/** A built-in's name with its settings, the shape model JSON stores (`{ name, ...config }`). */
export interface ActivationConfigSpec {
  readonly name: ActivationName;
  /** leakyRelu's negative slope, elu's saturation value, hardSigmoid's slope. */
  readonly alpha?: number;
  /** hardSigmoid's offset. */
  readonly beta?: number;
}

/** What `getActivation` accepts: a built-in name, a built-in name with settings, or any activation object. */
export type ActivationSpec = ActivationName | ActivationConfigSpec | Activation;

/** Every built-in activation name, in documentation order. */
export const ACTIVATION_NAMES: readonly ActivationName[] = /* @__PURE__ */ Object.freeze([
  "sigmoid",
  "relu",
  "leakyRelu",
  "tanh",
  "softmax",
  "linear",
  "elu",
  "selu",
  "gelu",
  "geluTanh",
  "softplus",
  "softsign",
  "swish",
  "silu",
  "hardSigmoid",
  "mish",
] as const);
