import type { Matrix, RandomState } from "@backprop/linalg";
import type { Loss, LossName } from "@backprop/losses";
import type { Optimizer } from "@backprop/optimizers";

/** Targets: a matrix (one-hot rows, or one column), or class labels (one-hot encoded for you when the model has several outputs). */
export type Targets = Matrix | Int32Array | readonly number[];

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
  /** Default: categoricalCrossEntropy after softmax, binaryCrossEntropy after sigmoid, mse otherwise. */
  loss?: LossName | Loss;
  /** An optimizer object, or a name resolved with `learningRate`. Default `sgd` with learning rate 0.01. */
  optimizer?: Optimizer | string;
  learningRate?: number;
  /** Default 1. */
  epochs?: number;
  /** Default: the whole training set (full-batch gradient descent). The last batch of an epoch may be smaller. */
  batchSize?: number;
  /** Draw a new `permutation(n)` each epoch. Default: true for mini-batches, false for one full batch. */
  shuffle?: boolean;
  validationData?: [Matrix, Targets];
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
  /** `["accuracy"]` records training (and validation) accuracy each epoch. */
  metrics?: readonly "accuracy"[];
}
