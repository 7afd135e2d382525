import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { makeClassification } from "./make-classification.js";
import { makeCircles } from "./make-circles.js";
import { makeMoons } from "./make-moons.js";
import { makeBlobs } from "./make-blobs.js";

describe("generators reject bad arguments with scikit-learn's rules", () => {
  it("makeClassification", () => {
    expect(() => makeClassification({ nClasses: 3, nClustersPerClass: 2, nInformative: 2 })).toThrow(
      /^makeClassification: nClasses × nClustersPerClass must be ≤ 2\^nInformative\. Received: nClasses=3, nClustersPerClass=2, nInformative=2 \(2\^2=4\)\.$/,
    );
    expect(() => makeClassification({ nFeatures: 3 })).toThrow(/nInformative \+ nRedundant \+ nRepeated must be ≤ nFeatures\. Received: nInformative=2, nRedundant=2, nRepeated=0, nFeatures=3/);
    expect(() => makeClassification({ weights: [0.1, 0.2, 0.7] })).toThrow(/weights must have nClasses or nClasses - 1 entries\. Received: weights\.length=3, nClasses=2/);
    expect(() => makeClassification({ nClasses: 3, nInformative: 3, weights: [0.75, 0.5] })).toThrow(
      /^makeClassification: with nClasses - 1 weights, they must sum to ≤ 1 \(the last class gets the rest\)\. Received: weights=\[0\.75, 0\.5\] \(sum 1\.25\)\.$/,
    );
    expect(() => makeClassification({ weights: [-0.1, 1.1] })).toThrow(/weights\[0\] must be a finite number ≥ 0\. Received: weights\[0\]=-0\.1/);
    expect(() => makeClassification({ nSamples: 2.5 })).toThrow(/nSamples must be an integer ≥ 1\. Received: nSamples=2\.5/);
    expect(() => makeClassification({ flipY: 1.5 })).toThrow(/flipY must be between 0 and 1/);
    expect(() => makeClassification({ shift: [1, 2] })).toThrow(/shift must be a number or have nFeatures=20 entries\. Received: shift\.length=2/);
    expect(() => makeClassification({ randomState: -1 })).toThrow(/randomState must be an integer between 0 and 2\*\*32 - 1 or a RandomState\. Received: randomState=-1/);
  });

  it("makeCircles, makeMoons and makeBlobs", () => {
    expect(() => makeCircles({ factor: 1 })).toThrow(/makeCircles: factor must be between 0 \(inclusive\) and 1 \(exclusive\)\. Received: factor=1/);
    expect(() => makeCircles({ noise: -0.1 })).toThrow(/makeCircles: noise must be a finite number ≥ 0/);
    expect(() => makeMoons({ nSamples: [1, 2, 3] as unknown as [number, number] })).toThrow(/makeMoons: nSamples must be an integer or a pair/);
    expect(() => makeBlobs({ nSamples: [10, 10], centers: 3 })).toThrow(/makeBlobs: nSamples must have one count per center\. Received: nSamples\.length=2, centers=3/);
    expect(() => makeBlobs({ centers: 2, clusterStd: [1, 2, 3] })).toThrow(/clusterStd must be a number or have one entry per center/);
  });
});

describe("generator invariants", () => {
  it("makeClassification balances classes without flips and keeps draws deterministic per seed", () => {
    const { y } = makeClassification({ nSamples: 90, nClasses: 3, nInformative: 3, flipY: 0, randomState: 11 });
    expect([0, 1, 2].map((c) => y.filter((v) => v === c).length)).toEqual([30, 30, 30]);
    const a = makeClassification({ randomState: 5 });
    const b = makeClassification({ randomState: new RandomState(5) });
    expect(a.x.equals(b.x)).toBe(true);
  });

  it("makeCircles puts the inner circle at radius factor when there is no noise", () => {
    const { x, y } = makeCircles({ nSamples: 40, factor: 0.3, randomState: 0 });
    for (let i = 0; i < 40; i++) expect(Math.hypot(x.get(i, 0), x.get(i, 1))).toBeCloseTo(y[i] === 1 ? 0.3 : 1, 14);
  });
});
