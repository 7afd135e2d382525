import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { num, type Outcome } from "./fixture-types.js";
import {
  accuracyScore, balancedAccuracyScore, classificationReport, classificationReportDict, confusionMatrix,
  f1Score, fbetaScore, precisionScore, recallScore, type Average, type FscoreOptions, type Label,
} from "./index.js";

interface Case {
  name: string;
  yTrue: Label[];
  yPred: Label[];
  sampleWeight?: number[];
  labels?: Label[];
  posLabel?: Label;
  accuracy: Outcome<number>;
  accuracyCount: Outcome<number>;
  balancedAccuracy: Outcome<number>;
  balancedAccuracyAdjusted: Outcome<number | string>;
  scores: Record<string, Record<string, Outcome<number | number[]>>>;
  confusion: Record<string, Outcome<number[][]>>;
  report: Record<"text" | "text4" | "named" | "dict", Outcome<unknown> | null>;
}
const { cases } = loadFixture<{ cases: Case[] }>(import.meta.url, "classification.json");

/** Asserts that `run` gives scikit-learn's value (to `rtol`), or throws where scikit-learn raised. */
function expectOutcome(run: () => unknown, outcome: Outcome, rtol = 0): void {
  if (outcome.error !== undefined) {
    expect(run).toThrow(RangeError);
    return;
  }
  const actual = run();
  const expected = outcome.value;
  if (Array.isArray(expected)) {
    const a = (actual as unknown[]).flat(2) as number[];
    const e = (expected as unknown[]).flat(2).map(num);
    expect(a).toHaveLength(e.length);
    a.forEach((v, i) => expect(Math.abs(v - (e[i] as number))).toBeLessThanOrEqual(rtol * Math.abs(e[i] as number)));
  } else {
    expect(Math.abs((actual as number) - num(expected))).toBeLessThanOrEqual(rtol * Math.abs(num(expected)));
  }
}

const averageOf = (key: string): Average => (key === "null" ? null : (key as Average));

describe.each(cases)("equals sklearn.metrics on $name", (c) => {
  const common: FscoreOptions = { sampleWeight: c.sampleWeight, labels: c.labels, posLabel: c.posLabel };

  it("accuracyScore (fraction and weighted count) and balancedAccuracyScore", () => {
    expectOutcome(() => accuracyScore(c.yTrue, c.yPred, { sampleWeight: c.sampleWeight }), c.accuracy);
    expectOutcome(() => accuracyScore(c.yTrue, c.yPred, { sampleWeight: c.sampleWeight, normalize: false }), c.accuracyCount, 1e-15);
    expectOutcome(() => balancedAccuracyScore(c.yTrue, c.yPred, { sampleWeight: c.sampleWeight }), c.balancedAccuracy);
    expectOutcome(() => balancedAccuracyScore(c.yTrue, c.yPred, { sampleWeight: c.sampleWeight, adjusted: true }),
      c.balancedAccuracyAdjusted.value === "NaN" ? { error: "NaN in scikit-learn" } : c.balancedAccuracyAdjusted);
  });

  it.each(Object.keys(c.scores))("precision, recall, F1, F0.5, F2 with average %s", (key) => {
    const s = c.scores[key] as Record<string, Outcome>;
    const options = { ...common, average: averageOf(key) } as FscoreOptions & { average: null };
    expectOutcome(() => precisionScore(c.yTrue, c.yPred, options), s.precision as Outcome);
    expectOutcome(() => recallScore(c.yTrue, c.yPred, options), s.recall as Outcome);
    expectOutcome(() => f1Score(c.yTrue, c.yPred, options), s.f1 as Outcome);
    expectOutcome(() => fbetaScore(c.yTrue, c.yPred, 0.5, options), s["fbeta0.5"] as Outcome);
    expectOutcome(() => fbetaScore(c.yTrue, c.yPred, 2, options), s.fbeta2 as Outcome);
    if (s.precisionZeroDivision1) expectOutcome(() => precisionScore(c.yTrue, c.yPred, { ...options, zeroDivision: 1 }), s.precisionZeroDivision1);
  });

  it.each(["None", "true", "pred", "all"])("confusionMatrix with normalize %s", (n) => {
    const normalize = n === "None" ? undefined : (n as "true" | "pred" | "all");
    expectOutcome(() => confusionMatrix(c.yTrue, c.yPred, { labels: c.labels, sampleWeight: c.sampleWeight, normalize }), c.confusion[n] as Outcome);
  });

  it("classificationReport: the same text, byte for byte (digits 2 and 4, target names)", () => {
    const options = { labels: c.labels, sampleWeight: c.sampleWeight };
    expect(classificationReport(c.yTrue, c.yPred, options)).toBe(c.report.text?.value);
    expect(classificationReport(c.yTrue, c.yPred, { ...options, digits: 4 })).toBe(c.report.text4?.value);
    if (c.report.named) {
      const targetNames = [...new Set([...c.yTrue, ...c.yPred])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((v) => `class ${v}`);
      expect(classificationReport(c.yTrue, c.yPred, { ...options, targetNames })).toBe(c.report.named.value);
    }
  });

  it("classificationReportDict: the same keys and numbers", () => {
    expect(classificationReportDict(c.yTrue, c.yPred, { labels: c.labels, sampleWeight: c.sampleWeight })).toEqual(c.report.dict?.value);
  });
});

describe("zero division (a label never predicted)", () => {
  const yTrue = [0, 1, 1, 0, 1, 0, 0];
  const yPred = [0, 0, 0, 0, 0, 0, 0];
  const c = cases.find((x) => x.name === "binary, 1 never predicted") as Case;

  it("gives 0 as scikit-learn's default does, which also warns", () => {
    expect(precisionScore(yTrue, yPred)).toBe(0);
    expect(f1Score(yTrue, yPred)).toBe(0);
    expect(c.scores.binary?.precision?.warnings).toEqual([
      "Precision is ill-defined and being set to 0.0 due to no predicted samples. Use `zero_division` parameter to control this behavior.",
    ]);
  });

  it("gives 1 with zeroDivision: 1", () => {
    expect(precisionScore(yTrue, yPred, { zeroDivision: 1 })).toBe(1);
    expect(precisionScore(yTrue, yPred, { average: null, zeroDivision: 1 })).toEqual([4 / 7, 1]);
  });
});

it("rounds ties to even as Python does, where toFixed would round up", () => {
  // Class 1's recall is 1/8 = 0.125 exactly: Python prints 0.12, (0.125).toFixed(2) is "0.13".
  const c = cases.find((x) => x.name === "thirds and eighths (ties when rounding)") as Case;
  expect(recallScore(c.yTrue, c.yPred, { average: null })[1]).toBe(0.125);
  expect((0.125).toFixed(2)).toBe("0.13");
  expect(c.report.text?.value).toContain("           1       0.14      0.12      0.13         8\n");
  expect(classificationReport(c.yTrue, c.yPred)).toBe(c.report.text?.value);
});
