import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { METRIC_NAMES, f1Score, getMetric, logLoss, meanSquaredError, r2Score, rocAucScore, type MetricName } from "./index.js";

describe("getMetric", () => {
  it("knows every listed name, each one calling its function with the defaults", () => {
    const labels = [0, 1, 2, 2, 1, 0];
    const predicted = [0, 2, 2, 2, 1, 1];
    const p = Matrix.from([[0.8, 0.1, 0.1], [0.2, 0.3, 0.5], [0.1, 0.1, 0.8], [0.3, 0.3, 0.4], [0.2, 0.7, 0.1], [0.4, 0.5, 0.1]]);
    expect(getMetric("f1").compute(labels, predicted)).toBe(f1Score(labels, predicted, { average: "macro" }));
    expect(getMetric("rocAuc").compute(labels, p)).toBe(rocAucScore(labels, p));
    expect(getMetric("logLoss").compute(labels, p)).toBe(logLoss(labels, p));
    expect(getMetric("r2").compute([1, 2, 3], [1, 2.5, 2])).toBe(r2Score([1, 2, 3], [1, 2.5, 2]));
    expect(getMetric("rmse").compute([1, 2, 3], [1, 2.5, 2])).toBe(Math.sqrt(meanSquaredError([1, 2, 3], [1, 2.5, 2])));
    for (const name of METRIC_NAMES) expect(getMetric(name).name).toBe(name);
  });

  it("says which way is better and what each one reads", () => {
    const summary = Object.fromEntries(METRIC_NAMES.map((n) => {
      const m = getMetric(n);
      return [n, `${m.task}/${m.input}/${m.greaterIsBetter ? "max" : "min"}`];
    }));
    expect(summary).toEqual({
      accuracy: "classification/labels/max", balancedAccuracy: "classification/labels/max", precision: "classification/labels/max",
      recall: "classification/labels/max", f1: "classification/labels/max", rocAuc: "classification/scores/max",
      logLoss: "classification/scores/min", r2: "regression/values/max", mae: "regression/values/min",
      mse: "regression/values/min", rmse: "regression/values/min", mape: "regression/values/min",
    });
  });

  it("refuses an unknown name, listing the known ones", () => {
    expect(() => getMetric("acc" as MetricName)).toThrow(
      new TypeError("getMetric: unknown metric \"acc\". Expected one of: accuracy, balancedAccuracy, precision, recall, f1, rocAuc, logLoss, r2, mae, mse, rmse, mape."),
    );
    expect(() => getMetric("toString" as MetricName)).toThrow(TypeError);
  });
});
