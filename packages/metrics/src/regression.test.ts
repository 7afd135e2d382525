import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { expectClose, loadFixture } from "@backprop/testing";
import { num, type Outcome } from "./fixture-types.js";
import {
  explainedVarianceScore, meanAbsoluteError, meanAbsolutePercentageError, meanSquaredError, r2Score, rootMeanSquaredError,
  type Numbers, type VarianceMultioutput,
} from "./index.js";

interface Case {
  name: string;
  yTrue: number[] | number[][];
  yPred: number[] | number[][];
  sampleWeight?: number[];
  multioutputWeights?: number[];
  [metric: string]: unknown;
}
const { cases } = loadFixture<{ cases: Case[] }>(import.meta.url, "regression.json");

type Fn = (t: Numbers, p: Numbers, o: { sampleWeight?: number[]; multioutput?: VarianceMultioutput; forceFinite?: boolean }) => number | number[];
const FUNCTIONS: Record<string, Fn> = {
  r2: r2Score as Fn,
  explainedVariance: explainedVarianceScore as Fn,
  mae: meanAbsoluteError as Fn,
  mse: meanSquaredError as Fn,
  rmse: rootMeanSquaredError as Fn,
  mape: meanAbsolutePercentageError as Fn,
};

describe.each(cases)("regression metrics equal sklearn.metrics: $name", (c) => {
  describe.each(Object.keys(FUNCTIONS))("%s", (key) => {
    const fn = FUNCTIONS[key] as Fn;
    const results = c[key] as Record<string, Outcome>;
    it.each(Object.keys(results))("multioutput %s", (m) => {
      const outcome = results[m] as Outcome;
      const multioutput = m === "weights" ? c.multioutputWeights : m === "notFinite" ? "raw_values" : (m as VarianceMultioutput);
      const options = { sampleWeight: c.sampleWeight, multioutput, ...(m === "notFinite" ? { forceFinite: false } : {}) };
      const expected = Array.isArray(outcome.value) ? (outcome.value as unknown[]).map(num) : num(outcome.value);
      const check = (actual: number | number[]): void => {
        const a = [actual].flat();
        const e = [expected].flat();
        // NaN where scikit-learn gives NaN (0/0 without forceFinite); expectClose never passes a NaN.
        expect(a.map(Number.isNaN)).toEqual(e.map(Number.isNaN));
        expectClose(a.map((v) => (Number.isNaN(v) ? 0 : v)), e.map((v) => (Number.isNaN(v) ? 0 : v)), { rtol: 1e-15 });
      };
      check(fn(c.yTrue, c.yPred, options));
      if (Array.isArray(c.yTrue[0])) check(fn(Matrix.from(c.yTrue as number[][]), Matrix.from(c.yPred as number[][]), options));
    });
  });
});

it("root mean squared error averages the outputs' roots, as scikit-learn 1.2 does", () => {
  const t = [[0, 0], [0, 0]];
  const p = [[1, 3], [1, 3]];
  expect(rootMeanSquaredError(t, p)).toBe(2);
  expect(Math.sqrt(meanSquaredError(t, p))).toBeCloseTo(Math.sqrt(5), 15);
});
