import type { Matrix, RandomState } from "@backprop/linalg";
import type { Loss, LossName } from "@backprop/losses";
import type { Optimizer } from "@backprop/optimizers";

/** Inputs: a Matrix, or an array of rows (`number[][]`; each row may be a typed array). */
export type Inputs = Matrix | readonly (readonly number[] | Float64Array | Float32Array)[];

/**
 * Targets: a matrix (or `number[][]`: one-hot rows, several outputs, or one column), or a flat
 * list — class labels for a classifier (one-hot encoded for you when the model has several
 * outputs), target values for a one-output regression model.
 */
export type Targets = Inputs | Int32Array | Float64Array | readonly number[];

/** Why training ended. */
export type StopReason = "completed" | "earlyStopping" | "aborted" | "stopped" | "diverged";

/** Per-epoch record returned by `fit` (and kept by a training session). Index `e` is epoch `e + 1`. */
export interface History {
  loss: number[];
  valLoss?: number[];
  accuracy?: number[];
  valAccuracy?: number[];
  /** Epochs completed. */
  epochs: number;
  stopReason: StopReason;
  /** With early stopping: the 0-based epoch whose monitored value was best. */
  bestEpoch?: number;
  /** When `stopReason` is `"diverged"`: the message `fit` threw. */
  message?: string;
  /** When `stopReason` is `"diverged"`: the same as data, for a caller that words it its own way (a CLI naming its flags). */
  divergence?: DivergenceReport;
  /** Each metric asked for besides accuracy (`"f1"`, `"r2"`, …), per epoch, on the training data. */
  metrics?: Record<string, number[]>;
  /** The same on the validation data. */
  valMetrics?: Record<string, number[]>;
}

/**
 * The likeliest reason a run diverged (see the README's "Divergence"), with the facts it was
 * decided from: `"l2"` when an L2 regularizer has `learningRate · l2 ≥ 1` under SGD, else
 * `"unscaledInputs"` when `maxAbsInput > 100`, else `"learningRate"`.
 */
export interface DivergenceCause {
  kind: "l2" | "unscaledInputs" | "learningRate";
  /** The optimizer's rate when training stopped (after any schedule). */
  learningRate: number;
  optimizer: string;
  /** The largest L2 strength among the layers' regularizers (0 without one). */
  l2: number;
  /** `max |x|` over the training rows. */
  maxAbsInput: number;
  /** A value to try for the setting to blame: an L2 strength for `"l2"`, a learning rate for `"learningRate"`; absent for `"unscaledInputs"`. */
  suggested?: number;
}

/** Why and when a run was stopped as diverged, and which weights it kept. */
export interface DivergenceReport {
  /**
   * What fired: `"nonFinite"` (a NaN/±Infinity loss, weight or running statistic), `"weightNorm"`,
   * `"lossCeiling"` or `"chance"` (the finite rules).
   */
  rule: "nonFinite" | "weightNorm" | "lossCeiling" | "chance";
  /** What was seen, in words: `the weights' norm grew 3.1e+5× (limit 1000×)`, `loss became NaN`. */
  symptom: string;
  cause: DivergenceCause;
  /** The 1-based epoch at which it was detected. */
  epoch: number;
  /**
   * The 1-based epoch whose weights the model holds again (0: the initial weights): the last one
   * at whose end every value was finite and no rule was building up. Absent with
   * `divergence: false`, where a NaN/±Infinity puts back the last batch's weights whose loss was finite.
   */
  healthyEpoch?: number;
}

/** What callbacks and `runEpoch` report after an epoch. */
export interface EpochLogs {
  /** 0-based. */
  epoch: number;
  loss: number;
  valLoss?: number;
  accuracy?: number;
  valAccuracy?: number;
}

/** What `onBatchEnd` and `runBatch` report after a batch. */
export interface BatchLogs {
  epoch: number;
  /** 0-based index of the batch within its epoch. */
  batch: number;
  size: number;
  loss: number;
}

/** Stops training when a monitored value stops improving. */
export interface EarlyStoppingOptions {
  /** Default `"valLoss"` when there is validation data, else `"loss"`. Accuracies are maximized, losses minimized. */
  monitor?: "loss" | "valLoss" | "accuracy" | "valAccuracy";
  /** Epochs without improvement to wait before stopping. Default 0. */
  patience?: number;
  /** An improvement must beat the best by more than this. Default 0. */
  minDelta?: number;
  /** Put back the weights of the best epoch when training ends. Default false. */
  restoreBest?: boolean;
}

/** Options of `fit` and `trainer`. */
export interface FitOptions {
  /** Default: the compiled loss, else the last `fit`'s, else categoricalCrossEntropy after softmax, binaryCrossEntropy after sigmoid, mse otherwise. */
  loss?: LossName | Loss;
  /**
   * An optimizer object, or a name resolved with `learningRate`. Default: the compiled optimizer
   * (or the last `fit`'s), which keeps its state from one `fit` to the next; else a new `sgd` with
   * learning rate 0.01.
   */
  optimizer?: Optimizer | string;
  learningRate?: number;
  /** Default 1. */
  epochs?: number;
  /** Default: the whole training set (full-batch gradient descent). The last batch of an epoch may be smaller. */
  batchSize?: number;
  /** Draw a new `permutation(n)` each epoch. Default: true for mini-batches, false for one full batch. */
  shuffle?: boolean;
  validationData?: [Inputs, Targets];
  /** One weight ≥ 0 per training row; the loss becomes `(1/m) Σᵢ wᵢ·ℓᵢ` per batch (Keras's reduction). */
  sampleWeight?: ArrayLike<number>;
  /** `"balanced"` (scikit-learn's `n / (k · countᵢ)`) or `{ label: weight }`; multiplies `sampleWeight`. */
  classWeight?: "balanced" | Readonly<Record<string, number>>;
  /** Fraction in (0, 1) held out by a seeded random sample (not the tail). */
  validationSplit?: number;
  /** Shuffles, dropout masks and the validation split draw from `rng`, or `new RandomState(seed)`; default: the model's generator, continuing after the initial weights (as NumPy's global one). */
  seed?: number;
  rng?: RandomState;
  callbacks?: {
    /** Return `false` to stop training. */
    onEpochEnd?: (logs: EpochLogs) => void | boolean;
    onBatchEnd?: (logs: BatchLogs) => void | boolean;
  };
  earlyStopping?: EarlyStoppingOptions;
  signal?: AbortSignal;
  /**
   * Metrics recorded each epoch on the training (and validation) data: `"accuracy"` in
   * `history.accuracy`, and any name of `@backprop/metrics`' `getMetric` (`"f1"`, `"rocAuc"`,
   * `"r2"`, …) in `history.metrics[name]`. Default: the compiled metrics.
   */
  metrics?: readonly string[];
  /**
   * Stop with `stopReason: "diverged"` when training blows up while the loss stays finite: the
   * weights' norm 1000× its start, a cross-entropy pinned near its clip ceiling, or accuracy back
   * at chance after it had learned (see the README's "Divergence"). The last healthy epoch's
   * weights are kept. NaN and ±Infinity always stop training. Default true.
   */
  divergence?: boolean;
}
