import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import {
  accuracyScore, confusionMatrix, f1Score, meanSquaredError, precisionScore, r2Score, recallScore, rocAucScore, rootMeanSquaredError,
} from "./index.js";

const rng = new RandomState(5);
const labels = (n: number, k: number): number[] => Array.from(rng.randint(0, k, n) as Float64Array);

/** The Mann–Whitney form of ROC AUC: P(score of a positive > score of a negative), ties counting ½. */
function mannWhitney(y: number[], s: number[]): number {
  let wins = 0;
  let pairs = 0;
  y.forEach((yi, i) => {
    if (yi !== 1) return;
    y.forEach((yj, j) => {
      if (yj !== 0) return;
      pairs++;
      wins += s[i]! > s[j]! ? 1 : s[i] === s[j] ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe("invariants over random inputs", () => {
  it("binary ROC AUC is the Mann–Whitney probability, ties counting half", () => {
    for (let trial = 0; trial < 50; trial++) {
      const n = 5 + trial;
      const y = labels(n, 2);
      if (!y.includes(0) || !y.includes(1)) continue;
      const s = Array.from(rng.randint(0, 6, n) as Float64Array, (v) => v / 5); // many ties
      expect(rocAucScore(y, s)).toBeCloseTo(mannWhitney(y, s), 12);
    }
  });

  it("ROC AUC is unchanged by a strictly increasing transform of the scores", () => {
    const y = labels(40, 2);
    const s = Array.from(rng.randomSample(40) as Float64Array);
    expect(rocAucScore(y, s.map((v) => Math.exp(3 * v) - 7))).toBe(rocAucScore(y, s));
  });

  it("micro precision = micro recall = micro F1 = accuracy when every label is scored", () => {
    for (let trial = 0; trial < 20; trial++) {
      const t = labels(30, 4);
      const p = labels(30, 4);
      const acc = accuracyScore(t, p);
      for (const f of [precisionScore, recallScore, f1Score]) expect(f(t, p, { average: "micro" })).toBeCloseTo(acc, 15);
    }
  });

  it("the confusion matrix counts every sample once, its diagonal the correct ones", () => {
    const t = labels(50, 3);
    const p = labels(50, 3);
    const c = confusionMatrix(t, p);
    expect(c.flat().reduce((a, b) => a + b, 0)).toBe(50);
    expect(c.reduce((s, row, i) => s + row[i]!, 0)).toBe(accuracyScore(t, p, { normalize: false }));
    confusionMatrix(t, p, { normalize: "true" }).forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14));
  });

  it("r2 is 1 for perfect predictions and RMSE² is MSE for one output", () => {
    const y = Array.from(rng.standardNormal(25) as Float64Array);
    const yHat = y.map((v) => v + 0.1 * (rng.standardNormal() as number));
    expect(r2Score(y, y)).toBe(1);
    expect(rootMeanSquaredError(y, yHat) ** 2).toBeCloseTo(meanSquaredError(y, yHat), 15);
  });
});
