import type { Divergence } from "./divergence.js";
import type { Matrix } from "@backprop/linalg";
import type { ActivationName } from "@backprop/activations";
import type { LossName } from "@backprop/losses";

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
export type OptimizerPlan = "sgd" | "momentum" | "adam" | "rmsprop";

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
  /** Set when training stopped because it diverged; the model then holds the last healthy weights. */
  divergence?: Divergence;
  /** Batches run of an epoch that did not finish (0 when training stopped between epochs), and an epoch's batches. */
  batchesIntoEpoch?: number;
  batchesPerEpoch?: number;
}
