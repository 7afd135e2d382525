import { describe, expect, it } from "vitest";
import {
  accuracyScore, balancedAccuracyScore, explainedVarianceScore, logLoss, meanAbsoluteError, meanAbsolutePercentageError,
  meanSquaredError, r2Score, rootMeanSquaredError,
} from "./index.js";

// A weighted mean Σ wᵢxᵢ / Σ wᵢ is undefined when the weights sum to 0; NumPy's np.average (so
// scikit-learn's accuracy_score, log_loss and the regression metrics) raises ZeroDivisionError.
type WeightedRegression = (yTrue: number[] | number[][], yPred: number[] | number[][], options: { sampleWeight: number[] }) => unknown;
const regressionMetrics: [string, WeightedRegression][] = [
  ["r2Score", r2Score], ["explainedVarianceScore", explainedVarianceScore], ["meanAbsoluteError", meanAbsoluteError],
  ["meanSquaredError", meanSquaredError], ["rootMeanSquaredError", rootMeanSquaredError], ["meanAbsolutePercentageError", meanAbsolutePercentageError],
];

const zeroSum = (op: string, n: number) =>
  new RangeError(`${op}: sampleWeight sums to 0, so the weighted mean is undefined (scikit-learn raises ZeroDivisionError). Received: ${n} weights summing to 0.`);

describe("sample weights that sum to 0", () => {
  it("accuracyScore and logLoss (their means) throw, zeros or weights that cancel out alike", () => {
    expect(() => accuracyScore([0, 1], [0, 0], { sampleWeight: [0, 0] })).toThrow(zeroSum("accuracyScore", 2));
    expect(() => accuracyScore([0, 1], [0, 0], { sampleWeight: [1, -1] })).toThrow(zeroSum("accuracyScore", 2));
    expect(() => logLoss([0, 1], [0.2, 0.8], { sampleWeight: [0, 0] })).toThrow(zeroSum("logLoss", 2));
  });

  it("their sums (normalize: false) are defined: Σ wᵢxᵢ = 0", () => {
    expect(accuracyScore([0, 1], [0, 0], { sampleWeight: [0, 0], normalize: false })).toBe(0);
    expect(logLoss([0, 1], [0.2, 0.8], { sampleWeight: [0, 0], normalize: false })).toBe(0);
  });

  it.each(regressionMetrics)("%s throws (R² used to score a perfect 1)", (op, metric) => {
    expect(() => metric([0, 1], [0, 0], { sampleWeight: [0, 0] })).toThrow(zeroSum(op, 2));
    expect(() => metric([[0, 1], [1, 2], [2, 2]], [[0, 0], [0, 0], [1, 1]], { sampleWeight: [2, -1, -1] })).toThrow(zeroSum(op, 3));
  });

  it("negative weights that do not cancel out are accepted, as scikit-learn accepts them", () => {
    // (2·1 + (−1)·0 + 1·1) / (2 − 1 + 1) = 3/2
    expect(accuracyScore([0, 1, 1], [0, 0, 1], { sampleWeight: [2, -1, 1] })).toBe(1.5);
    // (2·0 + (−1)·1) / (2 − 1) = −1
    expect(meanAbsoluteError([0, 1], [0, 0], { sampleWeight: [2, -1] })).toBe(-1);
  });

  it("balancedAccuracyScore: every class weighing 0 (scikit-learn: NaN) or a class's weights cancelling out (inf) throws", () => {
    expect(() => balancedAccuracyScore([0, 1], [0, 0], { sampleWeight: [0, 0] })).toThrow(
      new RangeError("balancedAccuracyScore: the sampleWeight of every class's samples sums to 0, so no recall is defined (scikit-learn returns NaN). Received: 2 classes, each weighing 0."),
    );
    // class 0: correct weight 1, total 1 − 1 = 0
    expect(() => balancedAccuracyScore([0, 0, 1], [0, 1, 1], { sampleWeight: [1, -1, 1] })).toThrow(
      new RangeError("balancedAccuracyScore: the sampleWeight of class 0's samples sums to 0, so its recall is undefined (scikit-learn returns inf). Received: recall 1 / 0."),
    );
    // A class weighing 0 is left out as scikit-learn leaves out its NaN: class 1's recall 1/2 alone.
    expect(balancedAccuracyScore([0, 1, 1], [0, 1, 0], { sampleWeight: [0, 1, 1] })).toBe(0.5);
  });
});
