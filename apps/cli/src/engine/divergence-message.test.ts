import { describe, expect, it } from "vitest";
import type { DivergenceCause, DivergenceReport } from "@backprop/network";
import { causeInFlags, divergenceMessage, keptWeights } from "./divergence-message.js";

const flags = { lr: 0.1, l2: 0, optimizer: "sgd", scale: "standard" };
const facts = { learningRate: 0.1, optimizer: "sgd", l2: 0, maxAbsInput: 3 };
const report = (over: Partial<DivergenceReport> = {}): DivergenceReport => ({
  rule: "weightNorm", symptom: "the weights' norm grew 1.9e+15× (limit 1000×)", epoch: 3, healthyEpoch: 1,
  cause: { kind: "learningRate", ...facts, suggested: 0.001 }, ...over,
});

describe("the library's divergence report, worded with the CLI's flags", () => {
  it("names --l2, --scale or --lr, with the library's suggested value", () => {
    const l2: DivergenceCause = { kind: "l2", ...facts, l2: 50, suggested: 1 };
    expect(causeInFlags(l2, { ...flags, l2: 50 })).toBe("--l2 50 is too strong for --lr 0.1 (lr·l2 = 5 ≥ 1 makes each step overshoot); try --l2 1 or smaller");
    expect(causeInFlags({ kind: "unscaledInputs", ...facts, maxAbsInput: 1e308 }, { ...flags, scale: "none" })).toBe("the inputs are unscaled (values up to 1.00e+308 with --scale none); try --scale standard");
    expect(causeInFlags({ kind: "learningRate", ...facts, learningRate: 1e6, suggested: 0.1 }, { ...flags, lr: 1e6 })).toBe("the learning rate is too large (--lr 1000000 with sgd); try --lr 0.1 or smaller");
  });

  it("says where and when it diverged, and which epoch's weights were kept (with that epoch's loss)", () => {
    expect(divergenceMessage(report(), flags, "in a cross-validation fold ")).toBe(
      "train: training diverged in a cross-validation fold at epoch 3: the weights' norm grew 1.9e+15× (limit 1000×). Likely cause: the learning rate is too large (--lr 0.1 with sgd); try --lr 0.001 or smaller.",
    );
    expect(keptWeights(report(), [0.5, 0.25, 9])).toBe("the weights of epoch 1 (loss 0.500000)");
    expect(keptWeights(report({ healthyEpoch: 0 }), [0.5])).toBe("the initial weights (no epoch was healthy)");
  });
});
