import type { Matrix } from "@backprop/linalg";

/** The built-in losses, which every lookup and model config understands. */
export type LossName = "mse" | "binaryCrossEntropy" | "categoricalCrossEntropy" | "mae" | "huber";

/**
 * A loss over a batch: `pred` and `target` are `m×k` (one row per sample). `forward` returns the
 * batch mean `L = (1/m) Σᵢ wᵢ·ℓᵢ` of the per-sample losses `ℓᵢ` (each loss documents exactly what
 * `ℓᵢ` sums or averages over a row); `backward` returns `dL/dPred`, including that `1/m`, into
 * `out` when given.
 *
 * `sampleWeight` (optional, a `Float64Array` of `m` finite values ≥ 0) weighs each row. The
 * reduction is Keras's default `sum_over_batch_size`: the weighted sum divided by `m`, the number
 * of rows — not by `Σ wᵢ`, which is Keras's choice too (so a weight of 0 lowers the mean, and a
 * batch of weights 2 doubles it). Without weights (or with weights all 1) the result is the
 * unweighted one, to the bit.
 *
 * The contract is open: a user's own loss (any `name`) satisfies it.
 */
export interface Loss {
  /** A built-in's {@link LossName}, or any name for a user's own loss. */
  readonly name: string;
  /** Settings that must round-trip through JSON (plain finite numbers), e.g. `{ delta: 1 }` for huber; `{}` otherwise. */
  readonly config: Readonly<Record<string, number>>;
  forward(pred: Matrix, target: Matrix, sampleWeight?: Float64Array): number;
  backward(pred: Matrix, target: Matrix, out?: Matrix, sampleWeight?: Float64Array): Matrix;
  /** Throws a clear error for labels this loss cannot use (checked once per `fit`, not per batch). */
  validateTarget(target: Matrix): void;
}

/** A built-in's name with its settings, the shape a model config stores (`{ name, ...config }`). */
export interface LossConfigSpec {
  readonly name: LossName;
  /** huber's threshold between the quadratic and the linear part. */
  readonly delta?: number;
}

/** What `getLoss` accepts: a built-in name, a built-in name with settings, or any loss object. */
export type LossSpec = LossName | LossConfigSpec | Loss;

/** Every built-in loss name, in documentation order. */
export const LOSS_NAMES: readonly LossName[] = /* @__PURE__ */ Object.freeze([
  "mse",
  "binaryCrossEntropy",
  "categoricalCrossEntropy",
  "mae",
  "huber",
] as const);
