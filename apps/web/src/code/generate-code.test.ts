import { describe, expect, it } from "vitest";
import { generateCode } from "./generate-code.js";
import { runGenerated, type LoggedEpoch } from "./run-generated.js";
import { createSession } from "../model/session.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";

function expectedEpochs(config: PlaygroundConfig, epochs: number): LoggedEpoch[] {
  const session = createSession(config);
  return Array.from({ length: epochs }, () => {
    const { epoch, train, test } = session.runEpoch();
    return { epoch, train, test };
  });
}

describe("generateCode", () => {
  it.each<[string, Partial<PlaygroundConfig>]>([
    ["the default setup", {}],
    ["the spiral with extra features, L2 and dropout", { dataset: "spiral", features: ["x1", "x2", "x1x2", "sinx1"], regularization: "l2", regRate: 0.001, dropout: 0.2, hidden: [5, 3], noise: 20, seed: 9 }],
    ["XOR with AdamW (its default weight decay) and sin features", { dataset: "xor", optimizer: "adamw", features: ["sinx1", "sinx2", "x1x2"], seed: 3 }],
    ["Iris with momentum, L1 and MSE", { dataset: "iris", optimizer: "momentum", regularization: "l1", regRate: 0.0001, loss: "mse", trainRatio: 70, batchSize: 7, activation: "relu" }],
  ])("prints code that reproduces %s epoch for epoch", (_name, patch) => {
    const config = { ...defaultConfig(), ...patch };
    expect(runGenerated(generateCode(config), 3)).toEqual(expectedEpochs(config, 3));
  });

  it("names the seed, the layers and the optimizer settings of the run", () => {
    const code = generateCode({ ...defaultConfig(), seed: 42, hidden: [3], optimizer: "rmsprop", learningRate: 0.1 });
    expect(code).toMatch(/^const SEED = 42;$/m);
    expect(code).toMatch(/new Dense\(2, 3, \{ activation: "tanh", rng, name: "hidden_1" \}\)/);
    expect(code).toMatch(/new Dense\(3, 1, \{ activation: "sigmoid", rng, name: "output" \}\)/);
    expect(code).toMatch(/optimizer: "rmsprop", learningRate: 0.1, batchSize: 10/);
  });
});
