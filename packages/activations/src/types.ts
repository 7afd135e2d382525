import type { Matrix } from "@backprop/linalg";

/** The activations every model file and lookup understands. */
export type ActivationName = "sigmoid" | "relu" | "leakyRelu" | "tanh" | "softmax" | "linear";

/**
 * An element-wise (or, for softmax, row-wise) non-linearity and its derivative.
 * Both methods write into `out` when given (it may alias an input) and return it, so a warmed-up
 * training step allocates nothing.
 */
export interface Activation {
  readonly name: ActivationName;
  /** Settings that must round-trip through model JSON, e.g. `{ alpha: 0.01 }` for leakyRelu; `{}` otherwise. */
  readonly config: Readonly<Record<string, number>>;
  /** `a = f(z)`. */
  forward(z: Matrix, out?: Matrix): Matrix;
  /** `dZ = dA ⊙ f′(z)`; for softmax the row-wise Jacobian-vector product. `a` must be `forward(z)`. */
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix;
}

/** What `getActivation` accepts: a name, an activation object, or a name with settings. */
export type ActivationSpec = ActivationName | Activation | { name: ActivationName; alpha?: number };

/** Every activation name, in documentation order. */
export const ACTIVATION_NAMES: readonly ActivationName[] = /* @__PURE__ */ Object.freeze([
  "sigmoid",
  "relu",
  "leakyRelu",
  "tanh",
  "softmax",
  "linear",
] as const);
