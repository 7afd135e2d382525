import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { loadFixture } from "@backprop/testing";
import { computeClassWeight } from "./compute-class-weight.js";
import { kFold, type Fold } from "./k-fold.js";
import { stratifiedKFold } from "./stratified-k-fold.js";

interface Kwargs {
  n_splits: number;
  shuffle: boolean;
  random_state: number | null;
}
interface FoldsFixture {
  kFold: { n: number; kwargs: Kwargs; folds: { train: number[]; test: number[] }[] }[];
  stratifiedKFold: { y: (number | string)[]; kwargs: Kwargs; folds: { train: number[]; test: number[] }[] }[];
  smallClassWarning: string;
  classWeight: { y: (number | string)[]; classWeight: "balanced" | Record<string, number>; classes: (number | string)[]; weights: number[] }[];
}
const fx = loadFixture<FoldsFixture>(import.meta.url, "folds.json");

const options = (k: Kwargs) => ({ nSplits: k.n_splits, shuffle: k.shuffle, randomState: k.random_state ?? undefined });
const plain = (folds: Fold[]) => folds.map((f) => ({ train: Array.from(f.train), test: Array.from(f.test) }));

describe("kFold gives scikit-learn's KFold index sets", () => {
  it.each(fx.kFold.map((c) => [`n=${c.n} ${JSON.stringify(c.kwargs)}`, c] as const))("%s", (_, c) => {
    expect(plain(kFold(c.n, options(c.kwargs)))).toEqual(c.folds);
  });

  it("advances a RandomState passed in, as scikit-learn does with a RandomState instance", () => {
    const rng = new RandomState(0);
    const first = plain(kFold(10, { shuffle: true, randomState: rng }));
    expect(first).toEqual(fx.kFold.find((c) => c.n === 10 && c.kwargs.random_state === 0)?.folds);
    expect(plain(kFold(10, { shuffle: true, randomState: rng }))).not.toEqual(first);
  });

  it("tests every row exactly once, and trains on the rest", () => {
    for (const folds of [kFold(17, { nSplits: 4, shuffle: true, randomState: 3 }), stratifiedKFold(Array.from({ length: 17 }, (_, i) => i % 3), { nSplits: 4 })]) {
      const tested = folds.flatMap((f) => Array.from(f.test)).sort((a, b) => a - b);
      expect(tested).toEqual(Array.from({ length: 17 }, (_, i) => i));
      for (const f of folds) expect(f.train.length + f.test.length).toBe(17);
    }
  });
});

describe("stratifiedKFold gives scikit-learn's StratifiedKFold index sets", () => {
  it.each(fx.stratifiedKFold.map((c) => [`${c.y.length} labels ${JSON.stringify(c.kwargs)}`, c] as const))("%s", (_, c) => {
    expect(plain(stratifiedKFold(c.y, options(c.kwargs)))).toEqual(c.folds);
  });
});

describe("fold errors", () => {
  it("refuses nSplits > n, as scikit-learn raises", () => {
    expect(() => kFold(3, { nSplits: 4 })).toThrow(new RangeError("kFold: nSplits must not exceed the number of samples. Received: nSplits=4, samples=3."));
    expect(() => stratifiedKFold([0, 1, 0], { nSplits: 4 })).toThrow(/^stratifiedKFold: nSplits must not exceed the number of samples\. Received: nSplits=4, samples=3\.$/);
  });

  it("refuses a class smaller than nSplits, where scikit-learn only warns", () => {
    expect(fx.smallClassWarning).toBe("The least populated class in y has only 2 members, which is less than n_splits=3.");
    expect(() => stratifiedKFold([0, 0, 0, 0, 0, 1, 1], { nSplits: 3 })).toThrow(
      new RangeError("stratifiedKFold: every class needs at least nSplits members. Received: class 1 has 2, nSplits=3."),
    );
  });

  it("refuses bad options", () => {
    expect(() => kFold(10, { nSplits: 1 })).toThrow(/^kFold: nSplits must be an integer ≥ 2 \(at least one train\/test split\)\. Received: nSplits=1\.$/);
    expect(() => kFold(10, { randomState: 3 })).toThrow(/^kFold: randomState has no effect without shuffle; leave it out or set shuffle: true\. Received: shuffle=false, randomState=3\.$/);
    expect(() => kFold(2.5)).toThrow(/^kFold: n must be an integer ≥ 1\. Received: n=2\.5\.$/);
    expect(() => stratifiedKFold([])).toThrow(/^stratifiedKFold: y must not be empty\./);
    expect(() => stratifiedKFold([0, NaN, 1, 1, 0], { nSplits: 2 })).toThrow(TypeError);
  });
});

describe("computeClassWeight equals scikit-learn's compute_class_weight", () => {
  it.each(fx.classWeight.map((c) => [`${JSON.stringify(c.classWeight)} on ${c.y.length} labels`, c] as const))("%s", (_, c) => {
    const { classes, weights } = computeClassWeight(c.classWeight, c.y);
    expect(classes).toEqual(c.classes);
    expect(Array.from(weights)).toEqual(c.weights);
  });

  it("refuses a weight for a class that is not in y, and bad weights", () => {
    expect(() => computeClassWeight({ 0: 1, 7: 2 }, [0, 1, 1])).toThrow(
      new RangeError('computeClassWeight: classWeight names classes that are not in y. Received: ["7"]; the classes are [0, 1].'),
    );
    expect(() => computeClassWeight({ a: -1 }, ["a", "b"])).toThrow(/^computeClassWeight: class weights must be finite numbers ≥ 0\. Received: classWeight\["a"\]=-1\.$/);
    expect(() => computeClassWeight("auto" as "balanced", [0, 1])).toThrow(TypeError);
  });
});
