import { describe, expect, it } from "vitest";
import { sequential } from "./sequential-factory.js";

// Rows that hold only some of the model's classes: the model's columns still stand for all of
// them (0 … outputs−1; 0 and 1 for one sigmoid), as scikit-learn's log_loss(labels=…) reads them.
const x = [[0, 1], [1, 0], [0.5, 0.5]];

/** −(1/n) Σᵢ ln pᵢ,yᵢ: log loss by its definition (no probability here is near the clipping). */
function meanNegLog(proba: number[][], y: number[]): number {
  return -y.reduce((s, c, i) => s + Math.log((proba[i] as number[])[c] as number), 0) / y.length;
}

describe("logLoss and rocAuc score against the model's classes", () => {
  it("evaluate: logLoss on rows lacking class 2 of three is −(1/n) Σ ln p(true class)", () => {
    const m = sequential([2, 4, 3], { seed: 1 });
    const y = [0, 1, 0];
    const result = m.evaluate(x, y, { metrics: ["logLoss"] });
    expect(result.logLoss).toBeCloseTo(meanNegLog(m.predictProba(x).toArray(), y), 14);
  });

  it("evaluate: logLoss of one sigmoid on rows that are all class 0 is −(1/n) Σ ln(1 − p)", () => {
    const m = sequential([2, 4, 1], { seed: 1 });
    const p = Array.from(m.predict(x).data);
    const result = m.evaluate(x, [0, 0, 0], { metrics: ["logLoss"] });
    expect(result.logLoss).toBeCloseTo(-p.reduce((s, q) => s + Math.log(1 - q), 0) / 3, 14);
  });

  it("fit: a validation set without class 2 records valMetrics.logLoss every epoch instead of throwing", () => {
    const m = sequential([2, 4, 3], { seed: 1 });
    const train = [[0, 1], [1, 0], [0.5, 0.5], [1, 1]];
    const h = m.fit(train, [0, 1, 2, 1], { epochs: 3, learningRate: 0.1, metrics: ["logLoss"], validationData: [x, [0, 1, 0]] });
    expect(h.epochs).toBe(3);
    expect(h.valMetrics?.logLoss).toHaveLength(3);
    expect(h.valMetrics?.logLoss?.[2]).toBeCloseTo(meanNegLog(m.predictProba(x).toArray(), [0, 1, 0]), 14);
  });

  it("fit: validationSplit holding out 2 of 10 rows (so missing a class of three) trains to the end", () => {
    const m = sequential([2, 4, 3], { seed: 1 });
    const rows = Array.from({ length: 10 }, (_, i) => [i / 10, 1 - i / 10]);
    const h = m.fit(rows, [0, 1, 2, 0, 1, 2, 0, 1, 2, 0], { epochs: 2, validationSplit: 0.2, metrics: ["logLoss"], seed: 3 });
    expect(h.stopReason).toBe("completed");
    expect(h.valMetrics?.logLoss).toHaveLength(2);
  });

  it("rocAuc of a class absent from the rows is undefined, and the error says which and why", () => {
    const m = sequential([2, 4, 3], { seed: 1 });
    expect(() => m.evaluate(x, [0, 1, 0], { metrics: ["rocAuc"] })).toThrow(
      new RangeError("rocAucScore: the ROC AUC of class 2 (one-vs-rest) is undefined: yTrue has no sample of class 2, and an AUC needs both positive and negative samples (scikit-learn raises too). Received: yTrue classes [0, 1], columns for [0, 1, 2]."),
    );
  });

  it("fit refuses rocAuc before training when the training or validation rows lack a class, instead of throwing after the first epoch", () => {
    const train = [[0, 1], [1, 0], [0.5, 0.5], [1, 1]];
    const m = sequential([2, 4, 3], { seed: 1 });
    const before = m.params().map((p) => Array.from(p.value.data));
    expect(() => m.fit(train, [0, 1, 2, 1], { epochs: 3, metrics: ["rocAuc"], validationData: [x, [0, 1, 0]] })).toThrow(
      new RangeError('fit: "rocAuc" is undefined on the validation rows: they hold no sample of class 2, and an AUC needs positive and negative samples of every class. Received: classes [0, 1] of [0, 1, 2]. Leave "rocAuc" out, or score rows that hold every class.'),
    );
    expect(() => sequential([2, 4, 1], { seed: 1 }).fit(train, [1, 1, 1, 1], { epochs: 3, metrics: ["rocAuc"] })).toThrow(
      new RangeError('fit: "rocAuc" is undefined on the training rows: they hold no sample of class 0, and an AUC needs positive and negative samples of every class. Received: classes [1] of [0, 1]. Leave "rocAuc" out, or score rows that hold every class.'),
    );
    expect([m.epochsTrained, m.params().map((p) => Array.from(p.value.data))]).toEqual([0, before]);
    // Every class on both sides: it trains and records the AUC each epoch.
    const h = m.fit(train, [0, 1, 2, 1], { epochs: 2, metrics: ["rocAuc"], validationData: [[...x, [0, 0]], [0, 1, 0, 2]] });
    expect(h.valMetrics?.rocAuc).toHaveLength(2);
  });
});
