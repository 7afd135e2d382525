import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { normal } from "@backprop/layers";
import { sgd } from "@backprop/optimizers";
import { loadFixture, maxRelativeError } from "@backprop/testing";
import { sequential } from "./sequential-factory.js";
import type { History } from "./types.js";

interface Run {
  seed: number;
  /** NumPy's loss at every epoch, index e = epoch e (0-based). */
  loss: number[];
  /** seed 000 XOR: the weights `np.random.randn(n, m) * np.sqrt(2.0 / n)` drew, layer by layer. */
  initialWeights?: number[][][];
  accuracy?: number;
  trainAccuracy?: number;
  testAccuracy?: number;
  predictions?: number[];
}
interface XorFixture {
  layers: number[];
  learningRate: number;
  epochs: number;
  x: number[][];
  y: number[];
  runs: Run[];
}
interface SplitFixture {
  layers: number[];
  activations?: string[];
  learningRate: number;
  epochs: number;
  batchSize?: number;
  xTrain: number[][];
  yTrain: number[];
  xTest: number[][];
  yTest: number[];
  runs: Run[];
}

/** Every epoch's loss in `history` beside NumPy's, as the worst relative difference. */
function lossDifference(history: History, run: Run): number {
  expect(history.epochs).toBe(run.loss.length);
  expect(history.loss.length).toBe(run.loss.length);
  return maxRelativeError(history.loss, run.loss);
}

describe("seed 000: XOR, He-scaled randn, sigmoid, BCE, full batch, lr 1.0", () => {
  const f = loadFixture<XorFixture>(import.meta.url, "seed-000-xor.json");
  const x = Matrix.from(f.x);
  const y = Matrix.column(f.y);
  for (const run of f.runs) {
    it(`np.random.seed(${run.seed})`, () => {
      const model = sequential(f.layers, { activations: "sigmoid", initializer: "he", seed: run.seed });
      // The starting weights are NumPy's draws (normals may differ by an ulp: NumPy's log is the C library's).
      model.params().filter((p) => p.name.endsWith(".weights")).forEach((p, i) => {
        expect(maxRelativeError(p.value.data, (run.initialWeights?.[i] as number[][]).flat())).toBeLessThanOrEqual(1e-15);
      });
      const history = model.fit(x, y, { loss: "binaryCrossEntropy", optimizer: sgd({ learningRate: f.learningRate }), epochs: f.epochs });
      expect(lossDifference(history, run)).toBeLessThanOrEqual(1e-9);
      expect(model.accuracy(x, y)).toBe(run.accuracy);
      expect(maxRelativeError(model.predict(x).data, run.predictions as number[])).toBeLessThanOrEqual(1e-9);
    });
  }
});

describe("seed 000: make_classification 2-4-3-1, sigmoid, BCE, full batch, lr 0.1", () => {
  const f = loadFixture<SplitFixture>(import.meta.url, "seed-000-classification.json");
  const [xTrain, xTest] = [Matrix.from(f.xTrain), Matrix.from(f.xTest)];
  const [yTrain, yTest] = [Int32Array.from(f.yTrain), Int32Array.from(f.yTest)];
  for (const run of f.runs) {
    it(`np.random.seed(${run.seed})`, () => {
      const model = sequential(f.layers, { activations: "sigmoid", initializer: "he", seed: run.seed });
      const history = model.fit(xTrain, yTrain, { loss: "binaryCrossEntropy", optimizer: sgd({ learningRate: f.learningRate }), epochs: f.epochs });
      expect(lossDifference(history, run)).toBeLessThanOrEqual(1e-9);
      expect(model.accuracy(xTrain, yTrain)).toBe(run.trainAccuracy);
      expect(model.accuracy(xTest, yTest)).toBe(run.testAccuracy);
    });
  }
});

describe("seed 001: Iris 4-16-8-3, relu/relu/softmax, CE, batch 16 shuffled each epoch, lr 0.1", () => {
  const f = loadFixture<SplitFixture>(import.meta.url, "seed-001-iris.json");
  const [xTrain, xTest] = [Matrix.from(f.xTrain), Matrix.from(f.xTest)];
  const [yTrain, yTest] = [Int32Array.from(f.yTrain), Int32Array.from(f.yTest)];
  for (const run of f.runs) {
    it(`np.random.seed(${run.seed})`, () => {
      // Default initializers follow seed 001's Layer: He after relu, √(1/n) otherwise.
      const model = sequential(f.layers, { activations: ["relu", "relu", "softmax"], seed: run.seed });
      const history = model.fit(xTrain, yTrain, {
        loss: "categoricalCrossEntropy",
        optimizer: sgd({ learningRate: f.learningRate }),
        epochs: f.epochs,
        batchSize: f.batchSize as number,
      });
      expect(lossDifference(history, run)).toBeLessThanOrEqual(1e-9);
      expect(model.accuracy(xTrain, yTrain)).toBe(run.trainAccuracy);
      expect(model.accuracy(xTest, yTest)).toBe(run.testAccuracy);
    });
  }
});

describe("seed 002: XOR with MSE, randn * 0.5, sigmoid, full batch, lr 1.0", () => {
  const f = loadFixture<XorFixture>(import.meta.url, "seed-002-xor-mse.json");
  const x = Matrix.from(f.x);
  const y = Matrix.column(f.y);
  for (const run of f.runs) {
    it(`np.random.seed(${run.seed})`, () => {
      const model = sequential(f.layers, { activations: "sigmoid", initializer: normal(0.5), seed: run.seed });
      const history = model.fit(x, y, { loss: "mse", optimizer: sgd({ learningRate: f.learningRate }), epochs: f.epochs });
      expect(lossDifference(history, run)).toBeLessThanOrEqual(1e-9);
      expect(model.accuracy(x, y)).toBe(run.accuracy);
      expect(maxRelativeError(model.predict(x).data, run.predictions as number[])).toBeLessThanOrEqual(1e-9);
    });
  }
});
