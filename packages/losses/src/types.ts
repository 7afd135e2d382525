import type { Matrix } from "@backprop/linalg";

/** The losses every lookup and model config understands. */
export type LossName = "mse" | "binaryCrossEntropy" | "categoricalCrossEntropy";

/**
 * A loss over a batch: `pred` and `target` are `m×k` (one row per sample). `forward` returns the
 * batch mean (each loss documents exactly what it averages); `backward` returns `dL/dPred`,
 * including that `1/m`, into `out` when given.
 */
export interface Loss {
  readonly name: LossName;
  forward(pred: Matrix, target: Matrix): number;
  backward(pred: Matrix, target: Matrix, out?: Matrix): Matrix;
  /** Throws a clear error for labels this loss cannot use (checked once per `fit`, not per batch). */
  validateTarget(target: Matrix): void;
}

/** Every loss name, in documentation order. */
export const LOSS_NAMES: readonly LossName[] = /* @__PURE__ */ Object.freeze(["mse", "binaryCrossEntropy", "categoricalCrossEntropy"] as const);
