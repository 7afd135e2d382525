import type { Matrix } from "./matrix.js";

/**
 * A trainable tensor and its gradient, shared by layers (which fill `grad`) and optimizers
 * (which read `grad` and update `value`). Optimizers key their state on the Param object.
 */
export interface Param {
  /** Stable, human-readable name such as `"dense_1.weights"`. */
  readonly name: string;
  readonly value: Matrix;
  readonly grad: Matrix;
}
