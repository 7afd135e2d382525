import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { Matrix, RandomState, ShapeError } from "@backprop/linalg";
import { trainTestSplit } from "./train-test-split.js";

interface SplitCase {
  n: number;
  y: (number | string)[] | null;
  kwargs: { test_size?: number; train_size?: number; random_state: number };
  train: number[];
  test: number[];
  stratified: boolean;
}
const fixture = loadFixture<{ cases: SplitCase[]; unshuffled: Omit<SplitCase, "stratified">; oneHotStratified: SplitCase }>(import.meta.url, "splits.json");

/** A matrix whose row i is [i, −i], so the rows taken reveal the indices. */
function indexed(n: number): Matrix {
  return Matrix.from(Array.from({ length: n }, (_, i) => [i, -i]));
}

describe("trainTestSplit matches scikit-learn's train_test_split", () => {
  it.each(fixture.cases.map((c) => [`${c.stratified ? "stratified " : ""}${JSON.stringify(c.kwargs)} n=${c.n}`, c] as const))("%s", (_, c) => {
    const x = indexed(c.n);
    const y = Float64Array.from({ length: c.n }, (_, i) => 10 * i);
    const s = trainTestSplit(x, y, {
      testSize: c.kwargs.test_size,
      trainSize: c.kwargs.train_size,
      randomState: c.kwargs.random_state,
      ...(c.stratified ? { stratify: c.y as (number | string)[] } : {}),
    });
    expect(Array.from(s.trainIndices)).toEqual(c.train);
    expect(Array.from(s.testIndices)).toEqual(c.test);
    expect(Array.from(s.xTrain.data.filter((_, k) => k % 2 === 0))).toEqual(c.train);
    expect(Array.from(s.yTest)).toEqual(c.test.map((i) => 10 * i));
  });

  it("stratifies on the rows of a one-hot Matrix as scikit-learn does on a 2-D y", () => {
    const c = fixture.oneHotStratified;
    const y = Matrix.fromArray(c.y as number[], c.n, 3);
    const s = trainTestSplit(indexed(c.n), y, { stratify: y, testSize: c.kwargs.test_size, randomState: c.kwargs.random_state });
    expect(Array.from(s.trainIndices)).toEqual(c.train);
    expect(Array.from(s.testIndices)).toEqual(c.test);
  });

  it("keeps the first rows for training with shuffle: false", () => {
    const c = fixture.unshuffled;
    const s = trainTestSplit(indexed(c.n), new Int32Array(c.n), { testSize: 0.2, shuffle: false });
    expect(Array.from(s.trainIndices)).toEqual(c.train);
    expect(Array.from(s.testIndices)).toEqual(c.test);
  });
});

describe("trainTestSplit keeps y's type and checks its input", () => {
  const x = indexed(10);

  it("splits a Matrix y by rows, an Int32Array into an Int32Array and a string array into an array", () => {
    const oneHot = Matrix.from(Array.from({ length: 10 }, (_, i) => [i % 2, 1 - (i % 2)]));
    const m = trainTestSplit(x, oneHot, { testSize: 3, randomState: 0 });
    expect(m.yTest).toBeInstanceOf(Matrix);
    expect(m.yTest.shape).toEqual([3, 2]);
    m.testIndices.forEach((r, i) => expect(Array.from(m.yTest.row(i))).toEqual([r % 2, 1 - (r % 2)]));
    expect(trainTestSplit(x, new Int32Array(10), { randomState: 0 }).yTrain).toBeInstanceOf(Int32Array);
    const words = trainTestSplit(x, Array.from({ length: 10 }, (_, i) => `w${i}`), { randomState: 0 });
    expect(words.yTest).toEqual(Array.from(words.testIndices, (i) => `w${i}`));
  });

  it("advances a RandomState passed in, as scikit-learn does", () => {
    const rng = new RandomState(3);
    const a = trainTestSplit(x, new Int32Array(10), { randomState: rng });
    const b = trainTestSplit(x, new Int32Array(10), { randomState: rng });
    expect(Array.from(a.testIndices)).toEqual(Array.from(new RandomState(3).permutation(10).slice(0, 3)));
    expect(Array.from(b.testIndices)).not.toEqual(Array.from(a.testIndices));
  });

  it("rejects sizes as scikit-learn does", () => {
    expect(() => trainTestSplit(x, new Int32Array(10), { testSize: 0 })).toThrow(/testSize must be a count in \[1, nSamples − 1\] or a fraction in \(0, 1\)\. Received: testSize=0, nSamples=10/);
    expect(() => trainTestSplit(x, new Int32Array(10), { testSize: 10 })).toThrow(/testSize=10, nSamples=10/);
    expect(() => trainTestSplit(x, new Int32Array(10), { trainSize: 1.5 })).toThrow(/trainSize must be/);
    expect(() => trainTestSplit(x, new Int32Array(10), { testSize: 0.6, trainSize: 0.5 })).toThrow(/testSize \+ trainSize must be ≤ 1/);
    expect(() => trainTestSplit(x, new Int32Array(10), { testSize: 6, trainSize: 5 })).toThrow(/at most nSamples=10\. Received: nTrain=5, nTest=6/);
    expect(() => trainTestSplit(x, new Int32Array(10), { testSize: 0.99 })).toThrow(/train set would be empty/);
  });

  it("rejects mismatched lengths, bad stratify labels and stratify without shuffle", () => {
    expect(() => trainTestSplit(x, new Int32Array(9))).toThrow(ShapeError);
    expect(() => trainTestSplit(x, new Int32Array(9))).toThrow(/same number of samples\. Received: x\.rows=10, y has 9/);
    const y = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 2]);
    expect(() => trainTestSplit(x, y, { stratify: y, randomState: 0 })).toThrow(/at least 2 members\. Received: class 2 has 1/);
    expect(() => trainTestSplit(x, y, { stratify: y.subarray(1) })).toThrow(/one label per sample\. Received: 9 labels, x\.rows=10/);
    expect(() => trainTestSplit(x, y, { stratify: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1], shuffle: false })).toThrow(/stratify needs shuffle: true/);
    expect(() => trainTestSplit(x, y, { stratify: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1], testSize: 1 })).toThrow(/at least one row per class\. Received: nTrain=9, nTest=1, nClasses=2/);
    expect(() => trainTestSplit(x, y, { stratify: [0, "a", 0, 1, 0, 1, 0, 1, 0, 1] })).toThrow(/mixes numbers and strings/);
  });

  it("puts every row in exactly one set, whatever the seed", () => {
    for (let seed = 0; seed < 20; seed++) {
      const s = trainTestSplit(indexed(37), new Int32Array(37), { testSize: 0.3, randomState: seed });
      expect(s.testIndices.length).toBe(Math.ceil(0.3 * 37));
      expect([...s.trainIndices, ...s.testIndices].sort((a, b) => a - b)).toEqual(Array.from({ length: 37 }, (_, i) => i));
    }
  });
});
