import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { Dense, Dropout, l2, normal } from "@backprop/layers";
import { Sequential } from "@backprop/network";
import { buildModel, modelSpec } from "./build-model.js";
import { classifierHead } from "./classifier-head.js";
import type { TrainingPlan } from "./types.js";

function plan(patch: Partial<TrainingPlan>): TrainingPlan {
  return { inputSize: 2, layers: [], loss: "mse", optimizer: "sgd", learningRate: 0.1, epochs: 1, shuffle: false, l2: 0, dropout: 0, seed: 42, ...patch };
}

const weights = (model: Sequential) => model.params().map((p) => [p.name, Array.from(p.value.data)]);

describe("buildModel(plan) through the model spec", () => {
  it("draws tutorial 002's randn·0.5 sigmoid net exactly as the layers drawn by hand", () => {
    const p = plan({ layers: [{ units: 4, activation: "sigmoid", init: { std: 0.5 } }, { units: 1, activation: "sigmoid", init: { std: 0.5 } }] });
    const rng = new RandomState(42);
    const hand = new Sequential([
      new Dense(2, 4, { activation: "sigmoid", initializer: normal(0.5), rng, name: "dense1" }),
      new Dense(4, 1, { activation: "sigmoid", initializer: normal(0.5), rng, name: "dense2" }),
    ], { rng });
    expect(weights(buildModel(p))).toEqual(weights(hand));
    expect(modelSpec(p)).toMatchObject({ task: "binary", outputName: "dense2" });
  });

  it("keeps the train command's layout: He relu layers, dropout after each hidden one, L2 everywhere, the classifier head", () => {
    const { output } = classifierHead(3);
    const p = plan({ inputSize: 4, layers: [{ units: 6, activation: "relu", init: "he" }, { units: 5, activation: "relu", init: "he" }, output], l2: 0.01, dropout: 0.2, seed: 7 });
    const rng = new RandomState(7);
    const reg = l2(0.01);
    const hand = new Sequential([
      new Dense(4, 6, { activation: "relu", initializer: "he", rng, name: "dense1", regularizer: reg }),
      new Dropout(0.2),
      new Dense(6, 5, { activation: "relu", initializer: "he", rng, name: "dense2", regularizer: reg }),
      new Dropout(0.2),
      new Dense(5, 3, { activation: "softmax", initializer: "xavier", rng, name: "dense3", regularizer: reg }),
    ], { rng });
    const built = buildModel(p);
    expect(built.layers.map((l) => l.type)).toEqual(["dense", "dropout", "dense", "dropout", "dense"]);
    expect(weights(built)).toEqual(weights(hand));
    expect(built.task).toBe("multiclass");
  });

  it("takes the head's units and loss from the network's rule", () => {
    expect(classifierHead(2)).toEqual({ output: { units: 1, activation: "sigmoid" }, loss: "binaryCrossEntropy" });
    expect(classifierHead(4)).toEqual({ output: { units: 4, activation: "softmax" }, loss: "categoricalCrossEntropy" });
  });
});
