import { describe, expect, it } from "vitest";
import { generateCode } from "./generate-code.js";
import { runGenerated, type LoggedEpoch } from "./run-generated.js";
import { modelSpec } from "../model/build-model.js";
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
