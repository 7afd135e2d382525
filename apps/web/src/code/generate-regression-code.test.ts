import { describe, expect, it } from "vitest";
import { generateCode } from "./generate-code.js";
import { runGenerated } from "./run-generated.js";
import { createSession } from "../model/session.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";

describe("generateCode for a regression run", () => {
  it.each<[string, Partial<PlaygroundConfig>]>([
    ["the tilted plane", { noise: 10 }],
    ["the multi-Gaussian with MAE, extra features and L2", { regressionDataset: "multiGauss", regressionLoss: "mae", features: ["x1", "x2", "x1x2"], regularization: "l2", regRate: 0.001, seed: 5 }],
    ["the noisy sine with Huber (x₁'s features only)", { regressionDataset: "sine", regressionLoss: "huber", noise: 20, features: ["x1", "x2", "sinx1"], hidden: [6], batchSize: 4 }],
  ])("prints code that reproduces %s epoch for epoch", (_name, patch) => {
    const config: PlaygroundConfig = { ...defaultConfig(), problem: "regression", ...patch };
    const session = createSession(config);
    const expected = [1, 2, 3].map(() => {
      const { epoch, train, test } = session.runEpoch();
      return { epoch, train, test };
    });
    const code = generateCode(config);
    expect(code).toMatch(/^ {2}task: "regression",\n {2}outputs: 1,$/m);
    expect(runGenerated(code, 3)).toEqual(expected);
  });
});
