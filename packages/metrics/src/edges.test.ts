import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import type { Outcome } from "./fixture-types.js";
import {
  classificationReport, explainedVarianceScore, meanAbsoluteError, meanAbsolutePercentageError, meanSquaredError, r2Score, rootMeanSquaredError, type ClassificationReportOptions, type Label, type Numbers, type VarianceMultioutput,
} from "./index.js";

// Edge cases from a differential review against scikit-learn 1.2.1 (scripts/make-fixtures.py, edges.json).
interface Edges {
  reports: { name: string; yTrue: Label[]; yPred: Label[]; options: ClassificationReportOptions; text: Outcome<string> }[];
  multioutput: ({ yTrue: number[][]; yPred: number[][]; multioutput: VarianceMultioutput; sampleWeight?: number[] } & Record<string, unknown>)[];
}
const fx = loadFixture<Edges>(import.meta.url, "edges.json");

describe("classificationReport prints what scikit-learn prints", () => {
  it.each(fx.reports)("$name", (c) => {
    expect(classificationReport(c.yTrue, c.yPred, c.options)).toBe(c.text.value);
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
