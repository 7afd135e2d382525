import { makeCircles, makeMoons, spiral, StandardScaler, trainTestSplit } from "@backprop/data";
import type { Dataset } from "@backprop/data";
import { classifierHead } from "../engine/classifier-head.js";
import { targetMatrix } from "../engine/targets.js";
import type { LayerPlan, TrainingPlan } from "../engine/types.js";
import { accuracyLines, epochSlashLine } from "./lines.js";
import type { DemoDefinition } from "./types.js";

/** The 80/20 split of seed 000 (random_state=42), standardized with statistics of the training rows. */
function splitScaled({ x, y }: Dataset, nClasses: number): ReturnType<DemoDefinition["data"]> {
  const s = trainTestSplit(x, y, { testSize: 0.2, randomState: 42 });
  // Fit the scaler on the training rows only: the test rows stay unseen.
  const scaler = new StandardScaler().fit(s.xTrain);
  return {
    train: { x: scaler.transform(s.xTrain), labels: s.yTrain, targets: targetMatrix(s.yTrain, nClasses) },
    test: { x: scaler.transform(s.xTest), labels: s.yTest, targets: targetMatrix(s.yTest, nClasses) },
  };
}

/** He-initialised relu hidden layers, the classifier head, Adam lr 0.01 on shuffled batches of 32. */
function adamPlan(inputSize: number, hidden: number[], nClasses: number, epochs: number, seed: number): TrainingPlan {
  const { output, loss } = classifierHead(nClasses);
  const layers: LayerPlan[] = hidden.map((units) => ({ units, activation: "relu", init: "he" }));
  return {
    inputSize,
    layers: [...layers, output],
    loss,
    optimizer: "adam",
    learningRate: 0.01,
    epochs,
    batchSize: 32,
    shuffle: true,
    l2: 0,
    dropout: 0,
    seed,
  };
}

/** What sets one extra demo apart: the rest (Adam, batch 32, the closing lines) they share. */
interface AdamDemoSettings {
  name: string;
  title: string;
  data: () => Dataset;
  nClasses: number;
  hidden: number[];
  epochs: number;
}

function adamDemo({ name, title, data, nClasses, hidden, epochs }: AdamDemoSettings): DemoDefinition {
  return {
    name,
    title,
    data: () => splitScaled(data(), nClasses),
    plan: (inputSize, seed) => adamPlan(inputSize, hidden, nClasses, epochs, seed),
    intro: [],
    epochLine: epochSlashLine,
    summary: (o) => accuracyLines(o.trainAccuracy, o.testAccuracy),
  };
}

/** Two rings (`make_circles(500, noise=0.1, factor=0.5)`): a boundary no straight line can draw. */
export const circlesDemo = adamDemo({
  name: "circles",
  title: "circles: make_circles(500, noise 0.1, factor 0.5), 2-16-8-1 relu net, BCE, Adam lr 0.01, batch 32, 300 epochs",
  data: () => makeCircles({ nSamples: 500, noise: 0.1, factor: 0.5, randomState: 42 }),
  nClasses: 2,
  hidden: [16, 8],
  epochs: 300,
});

/** Two interleaved half-moons (`make_moons(500, noise=0.2)`). */
export const moonsDemo = adamDemo({
  name: "moons",
  title: "moons: make_moons(500, noise 0.2), 2-16-8-1 relu net, BCE, Adam lr 0.01, batch 32, 300 epochs",
  data: () => makeMoons({ nSamples: 500, noise: 0.2, randomState: 42 }),
  nClasses: 2,
  hidden: [16, 8],
  epochs: 300,
});

/** CS231n's three-armed spiral (100 points per arm, noise 0.2): three classes wound together. */
export const spiralDemo = adamDemo({
  name: "spiral",
  title: "spiral: 3 arms × 100 points, 2-64-32-3 relu/softmax net, CE, Adam lr 0.01, batch 32, 500 epochs",
  data: () => spiral({ nSamplesPerClass: 100, nClasses: 3, noise: 0.2, randomState: 42 }),
  nClasses: 3,
  hidden: [64, 32],
  epochs: 500,
});
