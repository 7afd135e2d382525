import { describe, expect, it } from "vitest";
import {
  accuracyScore, auc, balancedAccuracyScore, classificationReport, confusionMatrix, f1Score, logLoss, meanSquaredError,
  precisionScore, r2Score, rocAucScore, rocCurve, type Average,
} from "./index.js";

describe("input checks name the argument, the rule and what was received", () => {
  it("lengths differ", () => {
    expect(() => accuracyScore([0, 1, 1], [0, 1])).toThrow(new RangeError("accuracyScore: yTrue and yPred must have the same length. Received: yTrue.length=3, yPred.length=2."));
    expect(() => rocAucScore([0, 1, 1], [0.2, 0.4])).toThrow(/^rocAucScore: yTrue and yScore must have the same length\. Received: yTrue\.length=3, yScore\.length=2\.$/);
    expect(() => meanSquaredError([1, 2, 3], [1, 2])).toThrow(/^meanSquaredError: yTrue and yPred must have the same number of samples\. Received: yTrue has 3, yPred has 2\.$/);
    expect(() => r2Score([[1, 2], [3, 4]], [1, 2])).toThrow(/^r2Score: yTrue and yPred must have the same number of outputs\. Received: yTrue has 2, yPred has 1\.$/);
    expect(() => accuracyScore([0, 1], [0, 1], { sampleWeight: [1] })).toThrow(/sampleWeight must have one weight per sample\. Received: sampleWeight\.length=1, samples=2\./);
  });

  it("empty input", () => {
    expect(() => f1Score([], [])).toThrow(new RangeError("f1Score: yTrue must not be empty. Received: yTrue.length=0."));
    expect(() => meanSquaredError([], [])).toThrow(/^meanSquaredError: yTrue must not be empty\. Received: yTrue with shape \[0,1\]\.$/);
  });

  it("NaN and non-integer labels", () => {
    expect(() => accuracyScore([0, NaN], [0, 1])).toThrow(new TypeError("accuracyScore: labels must be integers or strings. Received: yTrue[1]=NaN."));
    expect(() => accuracyScore([0, 0.5], [0, 1])).toThrow(/Received: yTrue\[1\]=0\.5\./);
    expect(() => accuracyScore([0, "a"], [0, 1])).toThrow(/^accuracyScore: labels mix numbers and strings; use one type\./);
    expect(() => rocAucScore([0, 1], [0.2, NaN])).toThrow(new RangeError("rocAucScore: values must be finite numbers. Received: yScore[1]=NaN."));
    expect(() => meanSquaredError([[1, NaN]], [[1, 2]])).toThrow(/^meanSquaredError: values must be finite numbers\. Received: yTrue\[0,1\]=NaN\.$/);
    expect(() => accuracyScore([0, 1], [0, 1], { sampleWeight: [1, NaN] })).toThrow(/sampleWeight must hold finite numbers\. Received: sampleWeight\[1\]=NaN\./);
  });

  it("a probability row that does not sum to 1", () => {
    const p = [[0.2, 0.3, 0.5], [0.2, 0.3, 0.4], [0.1, 0.1, 0.8]];
    expect(() => rocAucScore([0, 1, 2], p)).toThrow(/^rocAucScore: with several classes, each row of yScore must be probabilities summing to 1\. Received: row 1 sums to 0\.9\d*\.$/);
    expect(() => logLoss([0, 1, 2], p)).toThrow(/^logLoss: each row of yPred must be probabilities summing to 1\. Received: row 1 sums to 0\.9\d*\.$/);
    expect(() => logLoss([0, 1], [1.2, 0.5])).toThrow(/^logLoss: probabilities must lie in \[0, 1\]\. Received: yPred\[0\]=1\.2\.$/);
    // NumPy's allclose tolerance, as scikit-learn: 1 + 1e-9 is a probability row, 1 + 1e-4 is not.
    expect(() => rocAucScore([0, 1, 2], [[0.5, 0.5 + 1e-9, 0], [0, 1, 0], [0, 0, 1]])).not.toThrow();
  });

  it("unknown average, normalize or multioutput", () => {
    expect(() => precisionScore([0, 1], [0, 1], { average: "mean" as Average })).toThrow(
      new RangeError('precisionScore: average must be one of "binary", "micro", "macro", "weighted", null. Received: average="mean".'),
    );
    expect(() => rocAucScore([0, 1, 2], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], { average: "binary" as "macro" })).toThrow(/^rocAucScore: average must be one of "macro", "weighted", "micro", null\. Received: average="binary"\.$/);
    expect(() => confusionMatrix([0, 1], [0, 1], { normalize: "rows" as "true" })).toThrow(/^confusionMatrix: normalize must be one of "true", "pred", "all"\. Received: normalize="rows"\.$/);
    expect(() => meanSquaredError([1, 2], [1, 2], { multioutput: "variance_weighted" as "raw_values" })).toThrow(/^meanSquaredError: multioutput must be one of "raw_values", "uniform_average" or one weight per output\. Received: multioutput="variance_weighted"\.$/);
    expect(() => r2Score([[1, 2], [3, 4]], [[1, 2], [3, 5]], { multioutput: [1] })).toThrow(/^r2Score: multioutput must have one weight per output\. Received: 1 weights, 2 outputs\.$/);
  });

  it("average 'binary' (the default) on three labels, and a posLabel that is not a label", () => {
    expect(() => f1Score([0, 1, 2], [0, 1, 1])).toThrow(
      new RangeError('f1Score: average "binary" needs at most two labels; choose "micro", "macro", "weighted" or null. Received: labels=[0, 1, 2].'),
    );
    expect(() => f1Score(["a", "b"], ["a", "b"])).toThrow(/^f1Score: posLabel must be one of the labels\. Received: posLabel=1, labels=\["a", "b"\]\.$/);
    expect(f1Score(["a", "b", "b"], ["a", "b", "a"], { posLabel: "b" })).toBeCloseTo(2 / 3, 15);
  });

  it("undefined metrics throw where scikit-learn returns NaN or warns", () => {
    expect(() => rocAucScore([1, 1, 1], [0.2, 0.5, 0.9])).toThrow(/^rocAucScore: yTrue must hold both classes; ROC AUC is undefined with one\./);
    expect(() => rocCurve([1, 1], [0.2, 0.5])).toThrow(/^rocCurve: yTrue needs at least one negative sample/);
    expect(() => rocCurve(["a", "b"], [0.2, 0.5])).toThrow(/^rocCurve: without posLabel, yTrue must hold 0\/1 or -1\/1\. Received: yTrue labels \["a", "b"\]; pass posLabel\.$/);
    // Positive samples that all weigh 0 (scikit-learn: tpr NaN, with a warning) are named as such, not as absent.
    expect(() => rocCurve([0, 1, 1], [0.2, 0.5, 0.9], { sampleWeight: [1, 0, 0] })).toThrow(
      new RangeError("rocCurve: the samples of class 1 all weigh 0, so the true positive rate is undefined (scikit-learn returns NaN). Received: sampleWeight sums to 0 over the 2 samples of class 1."),
    );
    expect(() => rocCurve(["n", "p"], [0.2, 0.5], { posLabel: "p", sampleWeight: [0, 1] })).toThrow(
      new RangeError('rocCurve: the samples not of class "p" all weigh 0, so the false positive rate is undefined (scikit-learn returns NaN). Received: sampleWeight sums to 0 over the 1 sample not of class "p".'),
    );
    expect(() => r2Score([1], [2])).toThrow(/^r2Score: R² needs at least 2 samples\. Received: 1 sample\.$/);
    expect(() => balancedAccuracyScore([0, 0], [0, 1], { adjusted: true })).toThrow(/^balancedAccuracyScore: adjusted needs at least 2 classes in yTrue/);
    expect(() => logLoss([1, 1], [0.4, 0.9])).toThrow(/^logLoss: needs at least two classes; pass labels\. Received: classes \[1\]\.$/);
    expect(logLoss([1, 1], [0.5, 0.5], { labels: [0, 1] })).toBeCloseTo(Math.LN2, 15);
  });

  it("a class of labels absent from yTrue: log loss is defined (scikit-learn's labels=…), its one-vs-rest ROC AUC is not", () => {
    const proba = [[0.7, 0.2, 0.1], [0.3, 0.6, 0.1], [0.5, 0.25, 0.25]];
    // −(ln 0.7 + ln 0.6 + ln 0.5) / 3, by python3's math.log
    expect(logLoss([0, 1, 0], proba, { labels: [0, 1, 2] })).toBeCloseTo(0.5202159160882228, 15);
    expect(() => rocAucScore([0, 1, 0], proba, { labels: [0, 1, 2] })).toThrow(
      new RangeError("rocAucScore: the ROC AUC of class 2 (one-vs-rest) is undefined: yTrue has no sample of class 2, and an AUC needs both positive and negative samples (scikit-learn raises too). Received: yTrue classes [0, 1], columns for [0, 1, 2]."),
    );
    expect(() => rocAucScore(["a", "a", "a"], proba, { labels: ["a", "b", "c"] })).toThrow(
      new RangeError('rocAucScore: the ROC AUC of class "a" (one-vs-rest) is undefined: yTrue has only samples of class "a", and an AUC needs both positive and negative samples (scikit-learn raises too). Received: yTrue classes ["a"], columns for ["a", "b", "c"].'),
    );
  });

  it("labels and target names", () => {
    expect(() => confusionMatrix([0, 1], [0, 1], { labels: [5, 6] })).toThrow(/^confusionMatrix: at least one of labels must occur in yTrue\. Received: labels=\[5, 6\]\.$/);
    expect(() => confusionMatrix([0, 1], [0, 1], { labels: [0, 0] })).toThrow(/^confusionMatrix: labels must be distinct\./);
    expect(() => classificationReport([0, 1], [0, 1], { targetNames: ["a"] })).toThrow(/^classificationReport: targetNames must have one name per label\. Received: 1 names for labels \[0, 1\]\.$/);
    expect(() => auc([0, 1, 0.5], [0, 1, 1])).toThrow(/^auc: x must be increasing or decreasing\./);
  });
});
