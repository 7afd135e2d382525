import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "./url-state.js";
import { defaultConfig, type PlaygroundConfig } from "./config.js";

describe("the problem type in the URL", () => {
  it("round-trips a regression run's problem, data set and loss", () => {
    const config: PlaygroundConfig = { ...defaultConfig(), problem: "regression", regressionDataset: "sine", regressionLoss: "huber", noise: 20 };
    const hash = encodeState(config);
    expect(hash).toMatch(/&problem=regression&regData=sine&regLoss=huber$/);
    expect(decodeState(hash)).toEqual({ config, problems: [] });
  });

  it("leaves a classification link exactly as it was (no regression keys)", () => {
    expect(encodeState(defaultConfig())).not.toMatch(/problem|regData|regLoss/);
    expect(decodeState("#problem=classification").config.problem).toBe("classification");
  });

  it("replaces unusable values by their defaults and reports them", () => {
    const { config, problems } = decodeState("#problem=clustering&regData=plane&regLoss=hinge");
    expect(config.problem).toBeUndefined();
    expect(config.regressionDataset).toBe("plane");
    expect(problems).toEqual([
      { key: "problem", value: "clustering", expected: "classification|regression" },
      { key: "regLoss", value: "hinge", expected: "mse|mae|huber" },
    ]);
  });
});
