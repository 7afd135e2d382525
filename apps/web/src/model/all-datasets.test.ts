import { describe, expect, it } from "vitest";
import { createSession } from "./session.js";
import { DATASETS, defaultConfig, MAX_NOISE } from "../state/config.js";

describe("every data set at the extremes of its settings", () => {
  it.each(DATASETS.flatMap((dataset) => [
    { dataset, noise: 0, trainRatio: 10, batchSize: 30 },
    { dataset, noise: MAX_NOISE, trainRatio: 90, batchSize: 1 },
  ]))("$dataset with noise $noise, $trainRatio % training data, batch $batchSize trains to finite losses", (patch) => {
    const session = createSession({ ...defaultConfig(), ...patch, features: ["x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"], hidden: [8, 8, 8, 8, 8, 8] });
    const view = session.dataset();
    const n = view.labels.length;
    const train = view.isTrain.reduce((a, b) => a + b, 0);
    // scikit-learn's split: ⌈test·n⌉ test rows, the rest for training.
    expect(train).toBe(n - Math.ceil(((100 - patch.trainRatio) / 100) * n));
    const point = session.runEpoch();
    expect(Number.isFinite(point.train) && Number.isFinite(point.test)).toBe(true);
    const snap = session.snapshot([point]);
    expect(snap.neuronGrids).toHaveLength(7);
    expect(snap.predictions.every((p) => p >= 0 && p < view.classNames.length)).toBe(true);
  });
});
