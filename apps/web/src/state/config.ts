import type { CsvChoice } from "../model/csv-choice.js";
import type { HideName } from "./classroom.js";

/**
 * Everything that defines a playground run. Two runs with equal configs (seed included) are the
 * same run, epoch for epoch: the URL carries exactly this object.
 */
export const DATASETS = ["circles", "xor", "gauss", "spiral", "moons", "classification", "iris"] as const;
export type DatasetName = (typeof DATASETS)[number];

export const ACTIVATIONS = ["tanh", "relu", "sigmoid", "leakyRelu", "linear"] as const;
export type ActivationChoice = (typeof ACTIVATIONS)[number];

/** Every optimizer `@backprop/optimizers` resolves by name, at its default settings besides the learning rate. */
export const OPTIMIZERS = ["sgd", "momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad"] as const;
export type OptimizerChoice = (typeof OPTIMIZERS)[number];

export const LOSSES = ["crossEntropy", "mse"] as const;
export type LossChoice = (typeof LOSSES)[number];

export const REGULARIZATIONS = ["none", "l1", "l2"] as const;
export type RegularizationChoice = (typeof REGULARIZATIONS)[number];

/** The input features TensorFlow Playground offers for the 2-D data sets. */
export const FEATURES = ["x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"] as const;
export type FeatureName = (typeof FEATURES)[number];

/** Learning rates, regularization rates and dropout rates are picked from short lists (as in TF Playground). */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3] as const;
export const REG_RATES = [0, 0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1] as const;
export const DROPOUT_RATES = [0, 0.1, 0.2, 0.3, 0.5] as const;

export const MAX_HIDDEN_LAYERS = 6;
export const MAX_NEURONS = 8;
export const MAX_BATCH = 30;
export const MAX_NOISE = 50;
export const IRIS_FEATURES = ["sepal length", "sepal width", "petal length", "petal width"] as const;

export interface PlaygroundConfig {
  dataset: DatasetName;
  /** Percent, 0–50. */
  noise: number;
  /** Percent of the points used for training, 10–90. */
  trainRatio: number;
  batchSize: number;
  seed: number;
  /** Units per hidden layer, 0–6 layers of 1–8 units. */
  hidden: number[];
  activation: ActivationChoice;
  learningRate: number;
  optimizer: OptimizerChoice;
  loss: LossChoice;
  regularization: RegularizationChoice;
  regRate: number;
  dropout: number;
  features: FeatureName[];
  /** The two Iris features drawn on the plane (all four are always used for training). */
  irisX: number;
  irisY: number;
  /** The uploaded CSV's columns in use ("Your data"); absent for the built-in sets. Never in the URL: the file stays in the browser. */
  csv?: CsvChoice;
  /** Classroom mode: the controls and panels the URL's `hide=` hides (they keep their values). */
  hide?: HideName[];
  /**
   * Changes made while the run played, in epoch order: each applies after `epoch` epochs, before
   * the next batch (see `state/live.ts`). The fields above hold the values at epoch 0.
   */
  changes: LiveChange[];
}

/** One mid-run change of the settings a running session takes without a reset. */
export interface LiveChange {
  /** Epochs trained before the change (≥ 1). */
  epoch: number;
  learningRate?: number;
  regularization?: RegularizationChoice;
  regRate?: number;
  dropout?: number;
  batchSize?: number;
}

/** The default setup: circles, two hidden layers of 4, tanh, batch 10 (issue #6). */
export const DEFAULT_CONFIG: Readonly<PlaygroundConfig> = Object.freeze({
  dataset: "circles",
  noise: 0,
  trainRatio: 50,
  batchSize: 10,
  seed: 1,
  hidden: [4, 4],
  activation: "tanh",
  learningRate: 0.03,
  optimizer: "adam",
  loss: "crossEntropy",
  regularization: "none",
  regRate: 0,
  dropout: 0,
  features: ["x1", "x2"],
  irisX: 2,
  irisY: 3,
  changes: [],
} satisfies PlaygroundConfig) as Readonly<PlaygroundConfig>;

export function defaultConfig(): PlaygroundConfig {
  return { ...DEFAULT_CONFIG, hidden: [...DEFAULT_CONFIG.hidden], features: [...DEFAULT_CONFIG.features], changes: [] };
}

/** Issue 17: what the network predicts — a class, or a number (TF Playground's "Problem type"). */
export const PROBLEM_TYPES = ["classification", "regression"] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];
/** TF Playground's two regression sets (a tilted plane, signed bumps) and a noisy 1-D sine. */
export const REGRESSION_DATASETS = ["plane", "multiGauss", "sine"] as const;
export type RegressionDatasetName = (typeof REGRESSION_DATASETS)[number];
/** The regression losses `@backprop/losses` resolves by name. */
export const REGRESSION_LOSSES = ["mse", "mae", "huber"] as const;
export type RegressionLossChoice = (typeof REGRESSION_LOSSES)[number];

/**
 * The regression settings (declaration merging keeps them beside the rest). Optional: a config
 * without them is a classification run, so every config written before regression still means
 * the same run. Read them through `problemOf`, `regressionDatasetOf`, `regressionLossOf`.
 */
export interface PlaygroundConfig {
  problem?: ProblemType;
  regressionDataset?: RegressionDatasetName;
  regressionLoss?: RegressionLossChoice;
}

export function problemOf(config: PlaygroundConfig): ProblemType {
  return config.problem ?? "classification";
}
export function regressionDatasetOf(config: PlaygroundConfig): RegressionDatasetName {
  return config.regressionDataset ?? "plane";
}
export function regressionLossOf(config: PlaygroundConfig): RegressionLossChoice {
  return config.regressionLoss ?? "mse";
}
