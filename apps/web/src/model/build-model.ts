import { RandomState } from "@backprop/linalg";
import { Dense, Dropout, l1, l2, type Layer } from "@backprop/layers";
import { sequential, type Sequential, type FitOptions } from "@backprop/network";
import type { PlaygroundConfig } from "../state/config.js";

/** Sigmoid for one output (binary), softmax for several; the loss follows the output. */
export function outputActivation(outputs: number): "sigmoid" | "softmax" {
  return outputs === 1 ? "sigmoid" : "softmax";
}

export function lossName(config: PlaygroundConfig, outputs: number): "binaryCrossEntropy" | "categoricalCrossEntropy" | "mse" {
  if (config.loss === "mse") return "mse";
  return outputs === 1 ? "binaryCrossEntropy" : "categoricalCrossEntropy";
}

/**
 * The network for a config: one `Dense` per hidden layer (the chosen activation, optional
 * L1/L2 penalty, dropout after it), then a sigmoid or softmax output. All weights come from
 * `new RandomState(seed)` in layer order; shuffles and dropout masks continue from it.
 */
export function buildModel(config: PlaygroundConfig, inputs: number, outputs: number): Sequential {
  const rng = new RandomState(config.seed);
  const regularizer = config.regularization === "none" ? undefined
    : config.regularization === "l1" ? l1(config.regRate) : l2(config.regRate);
  const layers: Layer[] = [];
  let width = inputs;
  config.hidden.forEach((units, i) => {
    layers.push(new Dense(width, units, { activation: config.activation, rng, name: `hidden_${i + 1}`, ...(regularizer ? { regularizer } : {}) }));
    if (config.dropout > 0) layers.push(new Dropout(config.dropout));
    width = units;
  });
  layers.push(new Dense(width, outputs, { activation: outputActivation(outputs), rng, name: "output", ...(regularizer ? { regularizer } : {}) }));
  return sequential(layers, { rng });
}

/** The training options: never-ending epochs (the page decides when to stop), the chosen loss and optimizer. */
export function fitOptions(config: PlaygroundConfig, outputs: number): FitOptions {
  return {
    loss: lossName(config, outputs),
    optimizer: config.optimizer,
    learningRate: config.learningRate,
    batchSize: config.batchSize,
    epochs: Number.MAX_SAFE_INTEGER,
  };
}
