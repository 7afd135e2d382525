import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { Dense, Dropout, l1, l2, type Layer } from "@backprop/layers";
import { Sequential } from "@backprop/network";
import { buildModel, fitOptions, lossName, modelSpec } from "./build-model.js";
import { prepareData } from "./prepare-data.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";

/** The chain the playground built by hand before it had a spec, trained with explicit fit options. */
function handBuilt(config: PlaygroundConfig, inputs: number, outputs: number): Sequential {
  const rng = new RandomState(config.seed);
  const regularizer = config.regularization === "none" ? undefined : config.regularization === "l1" ? l1(config.regRate) : l2(config.regRate);
  const layers: Layer[] = [];
  let width = inputs;
  config.hidden.forEach((units, i) => {
    layers.push(new Dense(width, units, { activation: config.activation, rng, name: `hidden_${i + 1}`, ...(regularizer ? { regularizer } : {}) }));
    if (config.dropout > 0) layers.push(new Dropout(config.dropout));
    width = units;
  });
  layers.push(new Dense(width, outputs, { activation: outputs === 1 ? "sigmoid" : "softmax", rng, name: "output", ...(regularizer ? { regularizer } : {}) }));
  return new Sequential(layers, { rng });
}

describe("the playground's model spec", () => {
  it.each<[string, Partial<PlaygroundConfig>]>([
    ["the default setup", {}],
    ["spiral, relu, L1 and dropout", { dataset: "spiral", activation: "relu", regularization: "l1", regRate: 0.001, dropout: 0.3, hidden: [6, 5, 4], optimizer: "momentum" }],
    ["XOR with L2 at rate 0 (no penalty at all)", { dataset: "xor", regularization: "l2", regRate: 0, activation: "leakyRelu", optimizer: "adamw" }],
    ["Iris, MSE, L2 and no hidden layer", { dataset: "iris", loss: "mse", regularization: "l2", regRate: 0.01, hidden: [], optimizer: "sgd", learningRate: 0.1 }],
  ])("builds and trains %s exactly as the hand-built chain", (_name, patch) => {
    const config = { ...defaultConfig(), ...patch };
    const data = prepareData(config);
    const classes = data.view.classNames.length;
    const outputs = classes > 2 ? classes : 1;
    const built = buildModel(config, data.xTrain.cols, outputs);
    const hand = handBuilt(config, data.xTrain.cols, outputs);
    const weights = (m: Sequential) => m.params().map((p) => [p.name, Array.from(p.value.data)]);
    expect(weights(built)).toEqual(weights(hand));
    // The compiled spec trains as the explicit loss and optimizer did.
    const epochs = { ...fitOptions(config, outputs), epochs: 3 };
    const explicit = { ...epochs, loss: lossName(config, outputs), optimizer: config.optimizer, learningRate: config.learningRate };
    expect(built.fit(data.xTrain, data.yTrain, epochs).loss).toEqual(hand.fit(data.xTrain, data.yTrain, explicit).loss);
    expect(built.evaluate(data.xTest, data.yTest).loss).toBe(hand.evaluate(data.xTest, data.yTest).loss);
  });

  it("asks for the head by task: binary for two classes, multiclass with the class count for more", () => {
    expect(modelSpec(defaultConfig(), 2, 1)).toMatchObject({ task: "binary", seed: 1, compile: { optimizer: "adam", learningRate: 0.03 } });
    expect(modelSpec(defaultConfig(), 4, 3)).toMatchObject({ task: "multiclass", outputs: 3 });
    expect([lossName(defaultConfig(), 1), lossName(defaultConfig(), 3), lossName({ ...defaultConfig(), loss: "mse" }, 3)])
      .toEqual(["binaryCrossEntropy", "categoricalCrossEntropy", "mse"]);
  });
});
