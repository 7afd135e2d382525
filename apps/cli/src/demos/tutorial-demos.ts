import { loadIris, makeClassification, StandardScaler, trainTestSplit, xor } from "@backprop/data";
import type { Matrix } from "@backprop/linalg";
import { targetMatrix } from "../engine/targets.js";
import type { LayerPlan, TrainingPlan } from "../engine/types.js";
import { accuracyLines, costLine, epochPaddedLine, epochSlashLine, percent, xorMseResultLines, xorResultLines } from "./lines.js";
import type { DemoDefinition, DemoSplit } from "./types.js";

function split(x: Matrix, labels: Int32Array, nClasses: number): DemoSplit {
  return { x, labels, targets: targetMatrix(labels, nClasses) };
}

/** The XOR truth table as the only (training) split: seeds 000 and 002 test on what they train on. */
function xorTable(): { train: DemoSplit } {
  const { x, y } = xor();
  return { train: split(x, y, 2) };
}

/** Tutorial 000's net: He-scaled `randn` weights and sigmoid on every layer, BCE, full batch. */
function seed000Plan(sizes: number[], learningRate: number, epochs: number, seed: number): TrainingPlan {
  const layers: LayerPlan[] = sizes.slice(1).map((units) => ({ units, activation: "sigmoid", init: "he" }));
  return {
    inputSize: sizes[0] as number,
    layers,
    loss: "binaryCrossEntropy",
    optimizer: "sgd",
    learningRate,
    epochs,
    shuffle: false,
    l2: 0,
    dropout: 0,
    seed,
  };
}

/** Seed 000, example 1: `make_classification(n_samples=1000, …, random_state=42)`, `[2, 4, 3, 1]`, lr 0.1, 2000 epochs. */
export const classificationDemo: DemoDefinition = {
  name: "classification",
  title: "classification: tutorial 000's [2, 4, 3, 1] sigmoid net, BCE, lr 0.1, 2000 full-batch epochs",
  data() {
    const { x, y } = makeClassification({
      nSamples: 1000,
      nFeatures: 2,
      nRedundant: 0,
      nInformative: 2,
      randomState: 42,
      nClustersPerClass: 1,
    });
    const s = trainTestSplit(x, y, { testSize: 0.2, randomState: 42 });
    return { train: split(s.xTrain, s.yTrain, 2), test: split(s.xTest, s.yTest, 2) };
  },
  plan: (_inputSize, seed) => seed000Plan([2, 4, 3, 1], 0.1, 2000, seed),
  intro: [],
  epochLine: (epoch, loss) => costLine(epoch, loss),
  summary: (o) => accuracyLines(o.trainAccuracy, o.testAccuracy),
};

/** Seed 000, example 2: the XOR truth table, `[2, 4, 1]`, lr 1.0, 5000 epochs. */
export const xorDemo: DemoDefinition = {
  name: "xor",
  title: "xor: tutorial 000's [2, 4, 1] sigmoid net on the XOR table, BCE, lr 1.0, 5000 epochs",
  data: xorTable,
  plan: (_inputSize, seed) => seed000Plan([2, 4, 1], 1.0, 5000, seed),
  intro: ["Training on XOR problem..."],
  epochLine: (epoch, loss) => costLine(epoch, loss),
  summary: (o) => xorResultLines(o.train.x, o.trainOutput),
};

/** Seed 001: Iris scaled on all 150 rows, split 80/20, `4-16-8-3` relu/relu/softmax, CE, lr 0.1, batch 16. */
export const irisDemo: DemoDefinition = {
  name: "iris",
  title: "iris: tutorial 001's 4-16-8-3 relu/relu/softmax net, CE, SGD lr 0.1, batch 16, 1000 epochs",
  data() {
    const { x, y } = loadIris();
    // As the tutorial does: the scaler sees all 150 rows before the split.
    const scaled = new StandardScaler().fitTransform(x);
    const s = trainTestSplit(scaled, y, { testSize: 0.2, randomState: 42 });
    return { train: split(s.xTrain, s.yTrain, 3), test: split(s.xTest, s.yTest, 3) };
  },
  plan: (inputSize, seed) => ({
    inputSize,
    layers: [
      { units: 16, activation: "relu", init: "he" },
      { units: 8, activation: "relu", init: "he" },
      { units: 3, activation: "softmax", init: "xavier" },
    ],
    loss: "categoricalCrossEntropy",
    optimizer: "sgd",
    learningRate: 0.1,
    epochs: 1000,
    batchSize: 16,
    shuffle: true,
    l2: 0,
    dropout: 0,
    seed,
  }),
  intro: ["Training Neural Network...", "-".repeat(50)],
  epochLine: epochSlashLine,
  summary: (o) => [
    "-".repeat(50),
    `Training Accuracy: ${percent(o.trainAccuracy)}`,
    `Testing Accuracy: ${percent(o.testAccuracy ?? 0)}`,
  ],
};

/** Seed 002: the XOR table, `randn·0.5` weights, sigmoid, MSE, lr 1.0, 1000 epochs. */
export const xorMseDemo: DemoDefinition = {
  name: "xor-mse",
  title: "xor-mse: tutorial 002's 2-4-1 sigmoid net on XOR, randn*0.5 init, MSE, lr 1.0, 1000 epochs",
  data: xorTable,
  plan: (inputSize, seed) => ({
    inputSize,
    layers: [
      { units: 4, activation: "sigmoid", init: { std: 0.5 } },
      { units: 1, activation: "sigmoid", init: { std: 0.5 } },
    ],
    loss: "mse",
    optimizer: "sgd",
    learningRate: 1.0,
    epochs: 1000,
    shuffle: false,
    l2: 0,
    dropout: 0,
    seed,
  }),
  intro: [],
  epochLine: (epoch, loss) => epochPaddedLine(epoch, loss),
  summary: (o) => xorMseResultLines(o.train.x, o.train.labels, o.trainOutput, o.trainAccuracy),
};
