import { kFold, loadIris, StandardScaler, stratifiedKFold } from "@backprop/data";
import { Matrix, ShapeError } from "@backprop/linalg";
import { describe, expect, it } from "vitest";
import { buildModel } from "../spec/build.js";
import type { ModelSpec } from "../spec/types.js";
import type { FitOptions } from "../types.js";
import { crossValidate, crossValScore } from "./cross-validate.js";
import { foldStats } from "./fold-stats.js";
import { takeMatrixRows } from "./subset.js";

const iris = loadIris();
const x = new StandardScaler().fitTransform(iris.x);
const y = iris.y;
const classifier: ModelSpec = { inputSize: 4, hidden: [{ units: 6 }], task: "multiclass", outputs: 3, seed: 3 };
const fit: FitOptions = { epochs: 15, optimizer: "adam", learningRate: 0.05, batchSize: 32, seed: 0 };

/** A regression problem: y = x·w + noise-free curvature, 60 rows. */
function regressionData(): { x: Matrix; y: Float64Array } {
  const rows = Array.from({ length: 60 }, (_, i) => [Math.sin(i), Math.cos(1.7 * i)]);
  return { x: Matrix.from(rows), y: Float64Array.from(rows, ([a, b]) => 2 * (a as number) - (b as number) + 0.3 * (a as number) * (b as number)) };
}
const regressor: ModelSpec = { inputSize: 2, hidden: [{ units: 4, activation: "tanh" }], task: "regression", outputs: 1, seed: 5 };

const ints = (a: Int32Array): number[] => Array.from(a);

describe("crossValidate", () => {
  it("tests on stratifiedKFold's folds for a classifier by default, kFold's for a regression model or with stratify: false", () => {
    const byClass = crossValidate(() => buildModel(classifier), x, y, { fit: { epochs: 1 } });
    expect(byClass.folds.map((f) => [ints(f.train), ints(f.test)])).toEqual(stratifiedKFold(y, { nSplits: 5 }).map((f) => [ints(f.train), ints(f.test)]));
    const plain = crossValidate(() => buildModel(classifier), x, y, { cv: { nSplits: 3, shuffle: true, randomState: 1 }, stratify: false, fit: { epochs: 1 } });
    expect(plain.folds.map((f) => ints(f.test))).toEqual(kFold(150, { nSplits: 3, shuffle: true, randomState: 1 }).map((f) => ints(f.test)));
    const r = regressionData();
    const reg = crossValidate(() => buildModel(regressor), r.x, r.y, { cv: 4, fit: { epochs: 1 } });
    expect(reg.folds.map((f) => ints(f.test))).toEqual(kFold(60, { nSplits: 4 }).map((f) => ints(f.test)));
  });

  it("gives per-fold figures equal to running the folds by hand, and their mean and population std", () => {
    const made: number[] = [];
    const result = crossValidate((fold) => (made.push(fold), buildModel(classifier)), x, y, { cv: { nSplits: 4, shuffle: true, randomState: 7 }, fit, metrics: ["score", "loss", "f1"] });
    expect(made).toEqual([0, 1, 2, 3]);
    const byHand = stratifiedKFold(y, { nSplits: 4, shuffle: true, randomState: 7 }).map(({ train, test }) => {
      const model = buildModel(classifier);
      model.fit(takeMatrixRows(x, train), Int32Array.from(train, (i) => y[i] as number), fit);
      const [xt, yt] = [takeMatrixRows(x, test), Int32Array.from(test, (i) => y[i] as number)];
      const e = model.evaluate(xt, yt, { metrics: ["f1"] });
      return { score: model.score(xt, yt), loss: e.loss, f1: e.f1 };
    });
    expect(result.folds.map((f) => f.metrics)).toEqual(byHand);
    for (const name of ["score", "loss", "f1"] as const) {
      const v = byHand.map((h) => h[name] as number);
      const mean = (v[0]! + v[1]! + v[2]! + v[3]!) / 4;
      expect(result.mean[name]).toBeCloseTo(mean, 14);
      expect(result.std[name]).toBeCloseTo(Math.sqrt(v.reduce((a, s) => a + (s - mean) ** 2, 0) / 4), 14);
    }
    // The models learn: better than the 1/3 of guessing on every fold.
    for (const f of result.folds) expect(f.metrics.score).toBeGreaterThan(0.6);
  });

  it("takes a per-row sampleWeight with each fold's training rows, and accepts folds given as arrays", () => {
    const r = regressionData();
    const w = Float64Array.from({ length: 60 }, (_, i) => 1 + (i % 3));
    const folds = [{ train: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], test: [50, 51, 52] }, { train: Array.from({ length: 30 }, (_, i) => 59 - i), test: [0, 1] }];
    const fitOptions: FitOptions = { epochs: 30, optimizer: "adam", learningRate: 0.05, sampleWeight: w };
    const result = crossValidate(() => buildModel(regressor), r.x, r.y, { cv: folds, fit: fitOptions, metrics: ["mse"] });
    folds.forEach((fold, f) => {
      const train = Int32Array.from(fold.train);
      const model = buildModel(regressor);
      model.fit(takeMatrixRows(r.x, train), Float64Array.from(train, (i) => r.y[i]!), { ...fitOptions, sampleWeight: Float64Array.from(train, (i) => w[i]!) });
      const test = Int32Array.from(fold.test);
      expect(result.folds[f]?.metrics.mse).toBe(model.evaluate(takeMatrixRows(r.x, test), Float64Array.from(test, (i) => r.y[i]!), { metrics: ["mse"] }).mse);
    });
  });

  it("reads one-hot target rows as their classes: the same folds and figures as the labels", () => {
    const oneHot = Matrix.from(Array.from(y, (c) => [0, 1, 2].map((k) => (k === c ? 1 : 0))));
    const options = { cv: 3, fit, metrics: ["score", "loss"] };
    const fromLabels = crossValidate(() => buildModel(classifier), x, y, options);
    const fromRows = crossValidate(() => buildModel(classifier), x, oneHot.toArray(), options);
    expect(fromRows.folds.map((f) => ints(f.test))).toEqual(fromLabels.folds.map((f) => ints(f.test)));
    expect(fromRows.folds.map((f) => f.metrics)).toEqual(fromLabels.folds.map((f) => f.metrics));
  });

  it("crossValScore returns the one metric per fold (the model's score by default: R² for regression)", () => {
    const r = regressionData();
    const opts = { cv: 3, fit: { epochs: 20, optimizer: "adam", learningRate: 0.05 } } as const;
    const full = crossValidate(() => buildModel(regressor), r.x, r.y, { ...opts, metrics: ["score", "r2", "mae"] });
    expect(crossValScore(() => buildModel(regressor), r.x, r.y, opts)).toEqual(full.folds.map((f) => f.metrics.score));
    expect(crossValScore(() => buildModel(regressor), r.x, r.y, { ...opts, metric: "mae" })).toEqual(full.folds.map((f) => f.metrics.mae));
    // score is r2_score for a one-output regression model.
    full.folds.forEach((f) => expect(f.metrics.score).toBeCloseTo(f.metrics.r2 as number, 12));
  });

  it("names what is wrong", () => {
    const make = () => buildModel(classifier);
    expect(() => crossValidate(undefined as never, x, y)).toThrow(/^crossValidate: makeModel must be a function returning a new model, e\.g\. \(\) => buildModel\(spec\)\. Received: undefined\.$/);
    expect(() => crossValidate(() => ({}) as never, x, y)).toThrow(/^crossValidate: makeModel must return a model \(a Sequential with fit, evaluate and score\)\. Received: makeModel\(0\) returned object\.$/);
    expect(() => crossValidate(make, x, y, { cv: 1 })).toThrow(new RangeError("crossValidate: cv must be an integer ≥ 2 (a number of folds). Received: cv=1."));
    expect(() => crossValidate(make, x, y, { cv: { nSplit: 3 } as never })).toThrow(/^crossValidate: unknown cv option "nSplit"\. Expected one of: nSplits, shuffle, randomState\.$/);
    expect(() => crossValidate(make, x, y, { cv: [{ train: [0, 1], test: [150] }] })).toThrow(/^crossValidate: cv\[0\]\.test must hold row indices in \[0, 149\]\. Received: cv\[0\]\.test\[0\]=150\.$/);
    expect(() => crossValidate(make, x, y, { cv: [{ train: [0], test: [1] }], stratify: true })).toThrow(/^crossValidate: stratify has no effect when cv lists the folds/);
    expect(() => crossValidate(make, x, y, { metrics: ["f2"] })).toThrow(/^crossValidate: unknown metric "f2"\. Expected one of: score, loss, accuracy, /);
    expect(() => crossValidate(make, x, y, { folds: 3 } as never)).toThrow(/^crossValidate: unknown option "folds"\. Expected one of: cv, fit, metrics, stratify\.$/);
    expect(() => crossValidate(make, x, y.subarray(1))).toThrow(ShapeError);
    const r = regressionData();
    expect(() => crossValidate(() => buildModel(regressor), r.x, r.y, { stratify: true })).toThrow(/^crossValidate: stratify needs one class per row, and this model's task is "regression"\. Received: stratify=true\.$/);
    expect(() => crossValScore(() => buildModel(regressor), r.x, r.y, { metric: "f1" })).toThrow(/^crossValScore: "f1" scores a classifier, and this model's output is not class probabilities \(task "regression"\)\./);
    expect(() => crossValScore(make, x, y, { metrics: ["f1"] } as never)).toThrow(/^crossValScore: unknown option "metrics"\. Expected one of: cv, fit, metric, stratify\.$/);
    // A class smaller than nSplits is refused by stratifiedKFold itself.
    expect(() => crossValidate(make, x, y, { cv: 51 })).toThrow(/^stratifiedKFold: every class needs at least nSplits members/);
  });

  it("refuses a makeModel that hands out one model twice, or a trained one: each fold needs a fresh model", () => {
    const shared = buildModel(classifier);
    expect(() => crossValidate(() => shared, x, y, { cv: 3, fit: { epochs: 1 } })).toThrow(
      new TypeError("crossValidate: each fold needs a fresh model; build a new one inside makeModel, e.g. () => buildModel(spec). Received: makeModel(1) returned the model of an earlier fold."),
    );
    // The refusal came before fold 1 trained: the shared model has fold 0's one epoch only.
    expect(shared.epochsTrained).toBe(1);
    expect(() => crossValScore(() => shared, x, y, { cv: 3 })).toThrow(
      new TypeError("crossValScore: each fold needs a fresh, untrained model (scikit-learn clones the estimator per fold). Received: makeModel(0) returned a model already trained for 1 epoch."),
    );
  });

  it("checks fit.sampleWeight's length first, with fit's message", () => {
    const short = { fit: { epochs: 1, sampleWeight: [1, 2, 3] } };
    expect(() => crossValidate(() => buildModel(classifier), x, y, short)).toThrow(new RangeError("fit: sampleWeight must hold one weight per row (150). Received: 3 weights."));
    expect(() => buildModel(classifier).fit(x, y, short.fit)).toThrow(new RangeError("fit: sampleWeight must hold one weight per row (150). Received: 3 weights."));
  });
});

describe("foldStats", () => {
  it("is NumPy's mean and std (ddof=0)", () => {
    // NumPy 1.24: np.mean([0.8, 0.9, 1.0]) → 0.9, np.std([0.8, 0.9, 1.0]) → 0.08164965809277258.
    const { mean, std } = foldStats(["s"], [{ s: 0.8 }, { s: 0.9 }, { s: 1 }]);
    expect(mean.s).toBe(0.9);
    expect(std.s).toBe(0.08164965809277258);
    expect(foldStats(["s"], [{ s: 2 }, { s: 2 }]).std.s).toBe(0);
  });
});
