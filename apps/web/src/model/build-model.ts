import { buildModel as buildFromSpec, lossForSpec, type FitOptions, type ModelSpec, type Sequential } from "@backprop/network";
import { problemOf, regressionLossOf, type PlaygroundConfig } from "../state/config.js";

/**
 * The model spec of a playground run, for `inputs` feature columns and `outputs` output units
 * (1 for two classes, else one per class; 1 for regression): one hidden layer per entry of
 * `config.hidden` with the chosen activation and dropout after it, the classifier head
 * `@backprop/network` picks for the classes (a linear output for regression), the L1/L2 penalty on every layer, and the loss, optimizer and learning rate to compile.
 * "Copy as code" prints this object as it is.
 */
export function modelSpec(config: PlaygroundConfig, inputs: number, outputs: number): ModelSpec {
  const penalty = config.regularization === "none" || config.regRate === 0 ? {} : { [config.regularization]: config.regRate };
  return {
    inputSize: inputs,
    hidden: config.hidden.map((units) => ({ units, activation: config.activation, ...(config.dropout > 0 ? { dropout: config.dropout } : {}) })),
    ...(problemOf(config) === "regression" ? { task: "regression" as const, outputs }
      : outputs === 1 ? { task: "binary" as const } : { task: "multiclass" as const, outputs }),
    ...penalty,
    seed: config.seed,
    compile: { ...(problemOf(config) === "regression" ? { loss: regressionLossOf(config) } : config.loss === "mse" ? { loss: "mse" as const } : {}), optimizer: config.optimizer, learningRate: config.learningRate },
  };
}

/** The names of the losses a playground run can train with. */
export type RunLoss = "binaryCrossEntropy" | "categoricalCrossEntropy" | "mse" | "mae" | "huber";

/**
 * The loss the run trains and reports: the head's cross-entropy, or mse when chosen; a
 * regression run's chosen mse, mae or huber (the input width plays no part).
 */
export function lossName(config: PlaygroundConfig, outputs: number): RunLoss {
  return lossForSpec(modelSpec(config, 1, outputs)) as RunLoss;
}

/**
 * The network for a config, built and compiled from {@link modelSpec}: every weight comes from
 * `new RandomState(seed)` in layer order; shuffles and dropout masks continue from it.
 */
export function buildModel(config: PlaygroundConfig, inputs: number, outputs: number): Sequential {
  return buildFromSpec(modelSpec(config, inputs, outputs));
}

/**
 * The training options beside the compiled ones: never-ending epochs (the page decides when to
 * stop) and the batch size. `outputs` is not needed any more: the model carries its loss.
 */
export function fitOptions(config: PlaygroundConfig, _outputs?: number): FitOptions {
  return { batchSize: config.batchSize, epochs: Number.MAX_SAFE_INTEGER };
}
