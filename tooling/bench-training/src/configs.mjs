// The four bench configurations and their data, made once so every engine trains on the same rows:
// the seed tutorials' Iris and make_classification pipelines from @backprop/data, XOR, and
// 10 000 random 784-feature rows with random labels for the larger network.
import { Matrix, RandomState } from "@backprop/linalg";
import { StandardScaler, loadIris, makeClassification, trainTestSplit } from "@backprop/data";

function iris() {
  const { x, y } = loadIris();
  const split = trainTestSplit(new StandardScaler().fitTransform(x), y, { testSize: 0.2, randomState: 42 });
  return { x: split.xTrain, y: split.yTrain };
}

function classification() {
  const data = makeClassification({ nSamples: 1000, nFeatures: 2, nRedundant: 0, nInformative: 2, randomState: 42, nClustersPerClass: 1 });
  const split = trainTestSplit(data.x, data.y, { testSize: 0.2, randomState: 42 });
  return { x: split.xTrain, y: split.yTrain };
}

function xor() {
  return { x: Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]), y: Int32Array.from([0, 1, 1, 0]) };
}

function large() {
  const rng = new RandomState(0);
  const rows = 10_000;
  const x = rng.randn(rows, 784);
  const y = Int32Array.from(rng.randint(0, 10, rows));
  return { x, y };
}

/**
 * Each configuration: layer sizes, activations, loss, optimizer settings, epochs and batch size
 * (undefined = the whole set in one batch), the data, and how many epochs TF.js's CPU and WASM
 * backends run (fewer than `epochs` means their time is extrapolated linearly per epoch).
 */
export function configurations() {
  return [
    { name: "iris", label: "Iris 4-16-8-3 b16 ×1000", sizes: [4, 16, 8, 3], activations: ["relu", "relu", "softmax"],
      loss: "categoricalCrossEntropy", initializer: undefined, learningRate: 0.1, epochs: 1000, batchSize: 16, seed: true,
      tfEpochs: 60, ...iris() },
    { name: "classification", label: "make_class. 2-4-3-1 full ×2000", sizes: [2, 4, 3, 1], activations: ["sigmoid", "sigmoid", "sigmoid"],
      loss: "binaryCrossEntropy", initializer: "he", learningRate: 0.1, epochs: 2000, batchSize: undefined, seed: true,
      tfEpochs: 200, ...classification() },
    { name: "xor", label: "XOR 2-4-1 full ×5000", sizes: [2, 4, 1], activations: ["sigmoid", "sigmoid"],
      loss: "binaryCrossEntropy", initializer: "he", learningRate: 1, epochs: 5000, batchSize: undefined, seed: true,
      tfEpochs: 500, ...xor() },
    { name: "large", label: "784-128-64-10 b64 ×1 (10k)", sizes: [784, 128, 64, 10], activations: ["relu", "relu", "softmax"],
      loss: "categoricalCrossEntropy", initializer: undefined, learningRate: 0.1, epochs: 1, batchSize: 64, seed: false,
      tfEpochs: 1, ...large() },
  ];
}
