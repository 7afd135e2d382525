import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { OneHotEncoder, StandardScaler, loadIris, makeClassification, trainTestSplit } from "@backprop/data";
import { sgd } from "@backprop/optimizers";
import { loadFixture, maxRelativeError } from "@backprop/testing";
import { sequential } from "./sequential-factory.js";

interface Fixture {
  runs: { seed: number; loss: number[]; trainAccuracy: number; testAccuracy: number }[];
}

// The whole tutorial pipelines, from raw data made by @backprop/data instead of the arrays the
// fixtures carry: the same loss curve and accuracies as NumPy + scikit-learn (np.random.seed(42)).
describe("from @backprop/data to the tutorials' numbers", () => {
  it("seed 001: load_iris → StandardScaler → OneHotEncoder → train_test_split(0.2, 42) → train", () => {
    const run = loadFixture<Fixture>(import.meta.url, "seed-001-iris.json").runs[0]!;
    const { x, y } = loadIris();
    const yOneHot = new OneHotEncoder().fitTransform(y) as Matrix;
    const split = trainTestSplit(new StandardScaler().fitTransform(x), yOneHot, { testSize: 0.2, randomState: 42 });
    const model = sequential([4, 16, 8, 3], { activations: ["relu", "relu", "softmax"], seed: run.seed });
    const history = model.fit(split.xTrain, split.yTrain, { optimizer: sgd({ learningRate: 0.1 }), epochs: 1000, batchSize: 16 });
    expect(maxRelativeError(history.loss, run.loss)).toBeLessThanOrEqual(1e-9);
    expect([model.accuracy(split.xTrain, split.yTrain), model.accuracy(split.xTest, split.yTest)]).toEqual([run.trainAccuracy, run.testAccuracy]);
  });

  it("seed 000: make_classification(1000, random_state=42) → train_test_split(0.2, 42) → train", () => {
    const run = loadFixture<Fixture>(import.meta.url, "seed-000-classification.json").runs[0]!;
    const data = makeClassification({ nSamples: 1000, nFeatures: 2, nRedundant: 0, nInformative: 2, randomState: 42, nClustersPerClass: 1 });
    const split = trainTestSplit(data.x, data.y, { testSize: 0.2, randomState: 42 });
    const model = sequential([2, 4, 3, 1], { activations: "sigmoid", initializer: "he", seed: run.seed });
    const history = model.fit(split.xTrain, split.yTrain, { optimizer: sgd({ learningRate: 0.1 }), epochs: 2000 });
    expect(maxRelativeError(history.loss, run.loss)).toBeLessThanOrEqual(1e-9);
    expect([model.accuracy(split.xTrain, split.yTrain), model.accuracy(split.xTest, split.yTest)]).toEqual([run.trainAccuracy, run.testAccuracy]);
  });
});
