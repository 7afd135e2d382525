import { describe, expect, it } from "vitest";
import { generateCode } from "./generate-code.js";
import { runGenerated, type LoggedEpoch } from "./run-generated.js";
import { modelSpec } from "../model/build-model.js";
import { createSession } from "../model/session.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import { settingsAt } from "../state/live.js";

/** The page's session, its recorded changes applied as the worker host applies them (before each epoch). */
function expectedEpochs(config: PlaygroundConfig, epochs: number): LoggedEpoch[] {
  const session = createSession(config);
  return Array.from({ length: epochs }, () => {
    session.applyLive(settingsAt(config, session.epoch));
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

  it.each<[string, Partial<PlaygroundConfig>]>([
    ["a lower learning rate, smaller batches and L2 switched on mid-run", {
      changes: [{ epoch: 2, learningRate: 0.003 }, { epoch: 3, batchSize: 4, regularization: "l2", regRate: 0.01 }, { epoch: 5, regRate: 0.1 }],
    }],
    ["dropout switched on and off on the spiral with momentum", {
      dataset: "spiral", hidden: [6, 4], optimizer: "momentum", changes: [{ epoch: 1, dropout: 0.3 }, { epoch: 4, dropout: 0, learningRate: 0.1 }],
    }],
    ["Iris with L1 turned off and dropout changed", {
      dataset: "iris", regularization: "l1", regRate: 0.001, dropout: 0.1, changes: [{ epoch: 2, regularization: "none" }, { epoch: 3, dropout: 0.5, batchSize: 30 }],
    }],
  ])("with mid-run changes (%s), prints code whose losses equal the session's after each change", (_name, patch) => {
    const config = { ...defaultConfig(), ...patch };
    const code = generateCode(config, 7);
    expect(code).toMatch(/^const EPOCHS = 7; \/\/ the epochs trained on the page$/m);
    expect(code).toMatch(/new TrainingSession\(model, xTrain, split\.yTrain, \{ epochs: EPOCHS, batchSize: \d+ \}\)/);
    const expected = expectedEpochs(config, 7);
    expect(runGenerated(code, 7)).toEqual(expected);
    // The changes matter: without them the same code gives another run.
    expect(expected).not.toEqual(expectedEpochs({ ...config, changes: [] }, 7));
  });

  it("trains the epochs on screen, and leaves out changes recorded after them", () => {
    const config = { ...defaultConfig(), changes: [{ epoch: 3, learningRate: 0.1 }, { epoch: 50, learningRate: 1 }] };
    const code = generateCode(config, 40);
    expect(code).toMatch(/^const EPOCHS = 40;/m);
    expect(code).toMatch(/^ {2}\{ epoch: 3, learningRate: 0\.1 \},$/m);
    expect(code).not.toMatch(/epoch: 50/);
    expect(generateCode(defaultConfig())).toMatch(/^const EPOCHS = 100; \/\/ the page has not trained yet$/m);
    expect(generateCode(defaultConfig(), 12)).toMatch(/^model\.fit\(xTrain, split\.yTrain, \{$/m);
  });

  it("names the seed and gives the page's model spec to buildModel as a literal", () => {
    const config = { ...defaultConfig(), seed: 42, hidden: [3], optimizer: "rmsprop" as const, learningRate: 0.1, regularization: "l2" as const, regRate: 0.003 };
    const code = generateCode(config);
    expect(code).toMatch(/^const SEED = 42;$/m);
    expect(code).toMatch(/^const model = buildModel\(\{\n {2}inputSize: 2,\n {2}hidden: \[\n {4}\{ units: 3, activation: "tanh" \},\n {2}\],\n {2}task: "binary",\n {2}l2: 0\.003,\n {2}seed: SEED,\n {2}compile: \{ optimizer: "rmsprop", learningRate: 0\.1 \},\n\}\);$/m);
    expect(code).toMatch(/^ {2}batchSize: 10,$/m);
    // The literal is the page's spec: evaluated with SEED bound, it is the object modelSpec gives.
    const literal = /const model = buildModel\((\{[\s\S]*?\n\})\);/.exec(code)?.[1] ?? "";
    expect(new Function("SEED", `return (${literal});`)(42)).toEqual(modelSpec(config, 2, 1));
  });

  it("asks for a softmax head with the class count on Iris, and compiles MSE when chosen", () => {
    const code = generateCode({ ...defaultConfig(), dataset: "iris", loss: "mse", hidden: [] });
    expect(code).toMatch(/^ {2}inputSize: 4,\n {2}hidden: \[\],\n {2}task: "multiclass",\n {2}outputs: 3,$/m);
    expect(code).toMatch(/^ {2}compile: \{ loss: "mse", optimizer: "adam", learningRate: 0\.03 \},$/m);
    expect(code).not.toMatch(/@backprop\/linalg/);
  });
});
