import { describe, expect, it } from "vitest";
import { expectClose, loadFixture } from "@backprop/testing";
import { makeClassification } from "./generators/make-classification.js";
import { loadIris } from "./iris/load-iris.js";
import { trainTestSplit } from "./split/train-test-split.js";
import { StandardScaler } from "./preprocessing/standard-scaler.js";
import { OneHotEncoder } from "./preprocessing/one-hot-encoder.js";

interface Seeds {
  seed000: { xTrainHead: number[]; yTest: number[]; train: number[]; test: number[] };
  seed001: {
    irisData: number[];
    irisTarget: number[];
    featureNames: string[];
    targetNames: string[];
    mean: number[];
    var: number[];
    scale: number[];
    xScaled: number[];
    yEncoded: number[];
    train: number[];
    test: number[];
    xTrain: number[];
    yTest: number[];
  };
}
const { seed000, seed001 } = loadFixture<Seeds>(import.meta.url, "seeds.json");

describe("seed 000: make_classification then train_test_split(test_size=0.2, random_state=42)", () => {
  it("gives scikit-learn's split of scikit-learn's data", () => {
    const { x, y } = makeClassification({ nSamples: 1000, nFeatures: 2, nRedundant: 0, nInformative: 2, randomState: 42, nClustersPerClass: 1 });
    const s = trainTestSplit(x, y, { testSize: 0.2, randomState: 42 });
    expect(s.xTrain.shape).toEqual([800, 2]);
    expect(Array.from(s.trainIndices)).toEqual(seed000.train);
    expect(Array.from(s.testIndices)).toEqual(seed000.test);
    expect(Array.from(s.yTest)).toEqual(seed000.yTest);
    expectClose(s.xTrain.data.subarray(0, 10), seed000.xTrainHead, { rtol: 1e-12, atol: 1e-13 });
  });
});

describe("seed 001: the Iris flow (load_iris, StandardScaler, OneHotEncoder, train_test_split)", () => {
  it("loads the same 150 rows, names and classes as load_iris()", () => {
    const iris = loadIris();
    expect(iris.x.shape).toEqual([150, 4]);
    expect(Array.from(iris.x.data)).toEqual(seed001.irisData);
    expect(Array.from(iris.y)).toEqual(seed001.irisTarget);
    expect(iris.featureNames).toEqual(seed001.featureNames);
    expect(iris.targetNames).toEqual(seed001.targetNames);
  });

  it("returns fresh copies on every call", () => {
    const a = loadIris();
    a.x.data[0] = 99;
    a.featureNames[0] = "changed";
    expect(loadIris().x.get(0, 0)).toBe(5.1);
    expect(loadIris().featureNames[0]).toBe("sepal length (cm)");
  });

  it("scales, encodes and splits exactly as the tutorial's scikit-learn code", () => {
    const { x, y } = loadIris();
    const scaler = new StandardScaler();
    const xScaled = scaler.fitTransform(x);
    expectClose(scaler.mean as Float64Array, seed001.mean);
    expectClose(scaler.variance as Float64Array, seed001.var);
    expectClose(scaler.scale as Float64Array, seed001.scale);
    expectClose(xScaled, seed001.xScaled);
    const yEncoded = new OneHotEncoder().fitTransform(y);
    expect(Array.from(yEncoded.data)).toEqual(seed001.yEncoded);
    const s = trainTestSplit(xScaled, yEncoded, { testSize: 0.2, randomState: 42 });
    expect(Array.from(s.trainIndices)).toEqual(seed001.train);
    expect(Array.from(s.testIndices)).toEqual(seed001.test);
    expectClose(s.xTrain, seed001.xTrain);
    expect(Array.from(s.yTest.data)).toEqual(seed001.yTest);
  });
});
