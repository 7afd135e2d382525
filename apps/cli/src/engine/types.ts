import type { DivergenceReport } from "@backprop/network";
import type { Matrix } from "@backprop/linalg";
import type { ActivationName } from "@backprop/activations";
import type { LossName } from "@backprop/losses";
import type { OptimizerName, ScheduleConfig } from "@backprop/optimizers";

/** One hidden or output layer as the CLI describes it. */
export interface LayerPlan {
  units: number;
  activation: ActivationName;
  /**
   * `he` = `randn·√(2/n)`, `xavier` = `randn·√(1/n)`, or a fixed standard deviation (`randn·std`).
   * Default: the layer's own rule, `he` after relu/leakyRelu and `xavier` otherwise.
   */
  init?: "he" | "xavier" | { std: number };
}

export type LossPlan = LossName;
export type OptimizerPlan = OptimizerName;

/** The optimizer's options beyond its rate (`--schedule`, `--clip-norm`, `--weight-decay`). */
export interface OptimizerSettings {
  schedule?: ScheduleConfig;
  clipNorm?: number;
  weightDecay?: number;
}

/** Everything needed to build (see `modelSpec`) and train a network, in the CLI's terms. */
export interface TrainingPlan {
  inputSize: number;
  layers: readonly LayerPlan[];
  loss: LossPlan;
  optimizer: OptimizerPlan;
  learningRate: number;
  epochs: number;
  /** `undefined`: full batch. */
  batchSize?: number;
  /** Draw one permutation per epoch (mini-batch SGD) or keep the order (full batch). */
  shuffle: boolean;
  l2: number;
  dropout: number;
  seed: number;
  /** A BatchNorm after each hidden layer's activation (before its dropout). Default none. */
  batchNorm?: boolean;
  /** Passed to the optimizer with its name and rate. */
  optimizerSettings?: OptimizerSettings;
  /** Recorded each epoch besides the loss (any `@backprop/metrics` name). */
  metrics?: readonly string[];
  /** Fraction of the training rows held out (after one permutation) to watch the validation loss. */
  validationSplit?: number;
  /** Stop after this many epochs without improvement (of the validation loss when there is one), putting back the best weights. */
  earlyStoppingPatience?: number;
}

/** Training inputs: features and one-hot (or 0/1 column) targets. */
export interface TrainingSet {
  x: Matrix;
  targets: Matrix;
}

/** What a training run reports back. */
export interface TrainingRun {
  /** The loss recorded each epoch: the mean of that epoch's mini-batch losses (before each update). */
  loss: number[];
  /** Epochs actually run (fewer than planned when interrupted). */
  epochsRun: number;
  interrupted: boolean;
  seconds: number;
  /** Set when training stopped because it diverged; the model then holds the last healthy weights (`healthyEpoch`). */
  divergence?: DivergenceReport;
  /** Batches run of an epoch that did not finish (0 when training stopped between epochs), and an epoch's batches. */
  batchesIntoEpoch?: number;
  batchesPerEpoch?: number;
  /** Set when early stopping ended training: the 0-based epoch whose weights were put back. */
  bestEpoch?: number;
  /** Per epoch, when a validation split was held out. */
  valLoss?: number[];
  /** Each `plan.metrics` name's per-epoch values on the training rows, and on the validation rows. */
  metrics?: Record<string, number[]>;
  valMetrics?: Record<string, number[]>;
}
