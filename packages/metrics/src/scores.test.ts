import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { expectClose, loadFixture } from "@backprop/testing";
import { num, type Outcome } from "./fixture-types.js";
import { auc, logLoss, rocAucScore, rocCurve, type Label } from "./index.js";

interface Curve {
  fpr: number[];
  tpr: number[];
  thresholds: number[];
}
interface BinaryCase {
  name: string;
  yTrue: Label[];
  yScore: number[];
  sampleWeight?: number[];
  posLabel?: Label;
  rocCurve: Curve;
  rocCurveAll: Curve;
  rocAuc: Outcome<number>;
  probability?: number[];
  logLoss?: Outcome<number>;
  logLossSum?: Outcome<number>;
}
interface MultiCase {
  name: string;
  yTrue: Label[];
  yScore: number[][];
  sampleWeight?: number[];
  labels?: Label[];
  rocAuc: Record<string, Outcome<number | number[]>>;
  logLoss: Outcome<number>;
  logLossSum: Outcome<number>;
}
const fx = loadFixture<{ binary: BinaryCase[]; multiclass: MultiCase[] }>(import.meta.url, "scores.json");

function expectValue(actual: number | number[], outcome: Outcome, rtol: number): void {
  expect(outcome.error).toBeUndefined();
  const expected = Array.isArray(outcome.value) ? (outcome.value as unknown[]).map(num) : num(outcome.value);
  expectClose(actual, expected, { rtol });
}

describe.each(fx.binary)("binary scores equal sklearn.metrics: $name", (c) => {
  const options = { sampleWeight: c.sampleWeight, posLabel: c.posLabel };

  it("rocCurve, with and without dropIntermediate (exactly)", () => {
    expect(rocCurve(c.yTrue, c.yScore, options)).toEqual(c.rocCurve);
    expect(rocCurve(c.yTrue, c.yScore, { ...options, dropIntermediate: false })).toEqual(c.rocCurveAll);
  });

  it("rocAucScore, and auc over the curve", () => {
    const curve = c.rocCurve;
    if (c.rocAuc.error !== undefined) {
      expect(() => rocAucScore(c.yTrue, c.yScore, { sampleWeight: c.sampleWeight })).toThrow(RangeError);
      return;
    }
    expectValue(rocAucScore(c.yTrue, c.yScore, { sampleWeight: c.sampleWeight }), c.rocAuc, 1e-15);
    expectValue(auc(curve.fpr, curve.tpr), c.rocAuc, 1e-15);
  });

  // The string-label case has no probabilities (log loss needs no posLabel).
  if (c.probability === undefined) return;
  const p = c.probability;
  it("logLoss from one probability per sample (mean and sum)", () => {
    expectValue(logLoss(c.yTrue, p, { sampleWeight: c.sampleWeight }), c.logLoss as Outcome, 1e-15);
    expectValue(logLoss(c.yTrue, p, { sampleWeight: c.sampleWeight, normalize: false }), c.logLossSum as Outcome, 1e-14);
    const twoColumns = p.map((q) => [1 - q, q]);
    expectValue(logLoss(c.yTrue, twoColumns, { sampleWeight: c.sampleWeight }), c.logLoss as Outcome, 1e-15);
  });
});

describe.each(fx.multiclass)("probability matrices equal sklearn.metrics: $name", (c) => {
  const common = { sampleWeight: c.sampleWeight, labels: c.labels };

  it.each(["macro", "weighted", "micro", "None"])("rocAucScore one-vs-rest, average %s", (key) => {
    const average = key === "None" ? null : (key as "macro");
    const outcome = c.rocAuc[key] as Outcome;
    if (outcome.error !== undefined) {
      expect(() => rocAucScore(c.yTrue, c.yScore, { ...common, average })).toThrow(RangeError);
      return;
    }
    expectValue(rocAucScore(c.yTrue, c.yScore, { ...common, average }), outcome, 1e-15);
  });

  it("logLoss (mean and sum), from number[][] and from a linalg Matrix", () => {
    expectValue(logLoss(c.yTrue, c.yScore, common), c.logLoss, 1e-15);
    expectValue(logLoss(c.yTrue, Matrix.from(c.yScore), common), c.logLoss, 1e-15);
    expectValue(logLoss(c.yTrue, c.yScore, { ...common, normalize: false }), c.logLossSum, 1e-14);
  });
});

describe("ties", () => {
  it("count half: one positive and one negative on the same score give AUC 0.5", () => {
    expect(rocAucScore([0, 1], [0.3, 0.3])).toBe(0.5);
    expect(rocAucScore([0, 1, 0, 1], [0.1, 0.5, 0.5, 0.9])).toBe(0.875);
  });

  it("form one point of the curve", () => {
    expect(rocCurve([0, 1, 1, 0], [0.5, 0.5, 0.5, 0.5])).toEqual({ fpr: [0, 1], tpr: [0, 1], thresholds: [1.5, 0.5] });
  });
});
