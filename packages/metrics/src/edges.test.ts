import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { num, type Outcome } from "./fixture-types.js";
import {
  classificationReport, confusionMatrix, explainedVarianceScore, fbetaScore, meanAbsoluteError, meanAbsolutePercentageError,
  meanSquaredError, r2Score, rocAucScore, rootMeanSquaredError,
  type Average, type ClassificationReportOptions, type Label, type Numbers, type VarianceMultioutput,
} from "./index.js";

// Edge cases from a differential review against scikit-learn 1.2.1 (scripts/make-fixtures.py, edges.json).
interface Edges {
  reports: { name: string; yTrue: Label[]; yPred: Label[]; options: ClassificationReportOptions; text: Outcome<string> }[];
  rocAuc: { name: string; yTrue: Label[]; yScore: number[] | number[][]; sampleWeight: number[]; average: "macro" | "weighted" | "micro" | null; rocAuc: Outcome }[];
  fbeta: { yTrue: number[]; yPred: number[]; beta: number | string; average: Average; fbeta: Outcome<number | number[]> & { raised?: string } }[];
  multioutput: ({ yTrue: number[][]; yPred: number[][]; multioutput: VarianceMultioutput; sampleWeight?: number[] } & Record<string, unknown>)[];
  confusion: { yTrue: number[]; yPred: number[]; sampleWeight: number[]; normalize: "true" | "pred" | "all"; confusion: Outcome<number[][]> }[];
}
const fx = loadFixture<Edges>(import.meta.url, "edges.json");

describe("classificationReport prints what scikit-learn prints", () => {
  it.each(fx.reports)("$name", (c) => {
    expect(classificationReport(c.yTrue, c.yPred, c.options)).toBe(c.text.value);
  });
});

describe("rocAucScore with classes, or sides, whose samples all weigh 0", () => {
  const needsWeight = "and an AUC needs positive and negative samples of positive total weight";
  // Where scikit-learn returns NaN (with an UndefinedMetricWarning) or raises, the error names the class as written.
  const errors: Record<string, string> = {
    "class b weighs 0, macro": `rocAucScore: the ROC AUC of class "b" (one-vs-rest) is undefined: the samples of class "b" all weigh 0, ${needsWeight} (scikit-learn returns NaN). Received: sampleWeight sums to 0 over the 1 sample of class "b".`,
    "class b weighs 0, per class": `rocAucScore: the ROC AUC of class "b" (one-vs-rest) is undefined: the samples of class "b" all weigh 0, ${needsWeight} (scikit-learn returns NaN). Received: sampleWeight sums to 0 over the 1 sample of class "b".`,
    "classes b and c weigh 0, so the rest of a does, weighted": `rocAucScore: the ROC AUC of class "a" (one-vs-rest) is undefined: the samples not of class "a" all weigh 0, ${needsWeight} (scikit-learn returns NaN). Received: sampleWeight sums to 0 over the 2 samples not of class "a".`,
    "every sample weighs 0, micro": `rocAucScore: the micro-averaged ROC AUC is undefined: the samples all weigh 0, ${needsWeight} (scikit-learn gives no score). Received: sampleWeight sums to 0 over the 4 samples.`,
    "binary, the positive class weighs 0": `rocAucScore: ROC AUC is undefined: the samples of class "pos" all weigh 0, ${needsWeight} (scikit-learn returns NaN). Received: sampleWeight sums to 0 over the 2 samples of class "pos".`,
  };

  it.each(fx.rocAuc)("$name", (c) => {
    const run = (): number | number[] => rocAucScore(c.yTrue, c.yScore, { sampleWeight: c.sampleWeight, average: c.average });
    const values = [c.rocAuc.value].flat();
    if (c.rocAuc.error !== undefined || values.includes("NaN")) {
      expect(errors[c.name]).toBeDefined();
      expect(run).toThrow(new RangeError(errors[c.name]));
    } else {
      // e.g. 0.6666666666666666: class "b" enters the weighted mean as 0 with weight 0.
      expect(run()).toBe(num(c.rocAuc.value));
    }
  });
});

describe("fbetaScore with a beta whose square overflows", () => {
  it.each(fx.fbeta)("beta=$beta, average $average", (c) => {
    const beta = num(c.beta);
    const run = (): number | number[] => fbetaScore(c.yTrue, c.yPred, beta, { average: c.average });
    if (c.fbeta.raised === "OverflowError") {
      expect(run).toThrow(new RangeError(`fbetaScore: beta must be at most 1.3407807929942596e+154 (beta² overflows past it; scikit-learn raises OverflowError), or Infinity for the recall. Received: beta=${String(beta)}.`));
    } else {
      expect(run()).toEqual(c.fbeta.value);
    }
  });
});

describe("multioutput weights summing to 0 throw, as np.average raises ZeroDivisionError", () => {
  type Fn = (t: Numbers, p: Numbers, o: { sampleWeight?: number[]; multioutput?: VarianceMultioutput }) => unknown;
  const metrics: Record<string, [string, Fn]> = {
    r2: ["r2Score", r2Score as Fn], explainedVariance: ["explainedVarianceScore", explainedVarianceScore as Fn],
    mae: ["meanAbsoluteError", meanAbsoluteError as Fn], mse: ["meanSquaredError", meanSquaredError as Fn],
    rmse: ["rootMeanSquaredError", rootMeanSquaredError as Fn], mape: ["meanAbsolutePercentageError", meanAbsolutePercentageError as Fn],
  };
  // variance_weighted with sampleWeight [1, 1, −1]: output 0 is [0, 0, 1], mean (0 + 0 − 1)/1 = −1,
  // Σ w(y − ȳ)² = 1 + 1 − 4 = −2; output 1 is [1, −1, 0], mean 0, 1 + 1 − 0 = 2. They cancel out.
  const received = (m: VarianceMultioutput): string =>
    m === "variance_weighted" ? `multioutput="variance_weighted", whose weights are the outputs' variances [-2, 2]` : `multioutput=[${Array.from(m as number[]).join(", ")}]`;

  it.each(fx.multioutput)("multioutput $multioutput", (c) => {
    const keys = Object.keys(metrics).filter((k) => c[k] !== undefined);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect((c[key] as Outcome & { raised?: string }).raised).toBe("ZeroDivisionError");
      const [op, fn] = metrics[key] as [string, Fn];
      expect(() => fn(c.yTrue, c.yPred, { sampleWeight: c.sampleWeight, multioutput: c.multioutput })).toThrow(
        new RangeError(`${op}: multioutput weights sum to 0, so the weighted mean over outputs is undefined (scikit-learn raises ZeroDivisionError). Received: ${received(c.multioutput)}.`),
      );
    }
  });
});

describe("confusionMatrix normalize, where negative weights cancel a sum out", () => {
  it.each(fx.confusion)("normalize $normalize gives nan_to_num's ±1.7976931348623157e308", (c) => {
    expect(confusionMatrix(c.yTrue, c.yPred, { sampleWeight: c.sampleWeight, normalize: c.normalize })).toEqual(c.confusion.value);
  });
});
