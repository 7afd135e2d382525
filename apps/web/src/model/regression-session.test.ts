import { describe, expect, it } from "vitest";
import { createSession } from "./session.js";
import { baselineLoss } from "./regression-scores.js";
import { modelSpec, lossName } from "./build-model.js";
import { GRID_SIZE } from "./prepare-data.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";

const config = (patch: Partial<PlaygroundConfig> = {}): PlaygroundConfig => ({ ...defaultConfig(), problem: "regression", ...patch });

describe("a regression run", () => {
  it("builds a linear head with the chosen loss (mse, mae or huber by name)", () => {
    const spec = modelSpec(config({ regressionLoss: "huber" }), 2, 1);
    expect(spec).toMatchObject({ task: "regression", outputs: 1, compile: { loss: "huber", optimizer: "adam", learningRate: 0.03 } });
    expect(["mse", "mae", "huber"].map((regressionLoss) => lossName(config({ regressionLoss } as Partial<PlaygroundConfig>), 1))).toEqual(["mse", "mae", "huber"]);
    // Classification is as before: the head's cross-entropy.
    expect(lossName(defaultConfig(), 1)).toBe("binaryCrossEntropy");
  });

  it("fits the tilted plane to R² > 0.95 on the test set within 30 epochs, R² being 1 − Σ(y − ŷ)²/Σ(y − ȳ)² of the test predictions", () => {
    const session = createSession(config());
    for (let i = 0; i < 30; i++) session.runEpoch();
    const snap = session.snapshot([]);
    expect(snap.testR2).toBeGreaterThan(0.95);
    expect(snap.trainR2).toBeGreaterThan(0.95);
    // By hand from the loss: the test MSE is Σ(y − ŷ)²/n, and Σ(y − ȳ)²/n is the test targets' variance.
    const view = session.dataset();
    const test = Array.from(view.targets!).filter((_, i) => view.isTrain[i] === 0);
    const variance = baselineLoss(test, "mse");
    expect(snap.testR2).toBeCloseTo(1 - snap.testLoss / variance, 12);
    expect(Number.isNaN(snap.testAccuracy)).toBe(true);
    expect(snap.outputGrid).toHaveLength(GRID_SIZE * GRID_SIZE);
  });

  it("learns the multi-Gaussian and the sine past R² 0.7 within 150 epochs, and draws the sine's output as one curve (every grid row equal)", () => {
    // Noise caps R²: the sine's σ = 0.1 leaves at most 1 − 0.01/Var(sin) ≈ 0.98; the bumps are read without noise.
    for (const [regressionDataset, noise] of [["multiGauss", 0], ["sine", 10]] as const) {
      const session = createSession(config({ regressionDataset, hidden: [8, 8], noise }));
      for (let i = 0; i < 150; i++) session.runEpoch();
      expect(session.snapshot([]).testR2).toBeGreaterThan(0.7);
    }
    const sine = createSession(config({ regressionDataset: "sine", features: ["x1", "x2", "sinx1"] }));
    const view = sine.dataset();
    expect(view.oneD).toBe(true);
    expect(view.axisLabels).toEqual(["x₁", "target"]);
    // The points are (x₁, target).
    expect(view.points[1]).toBe(view.targets![0]);
    const grid = sine.snapshot([]).outputGrid;
    for (let row = 1; row < GRID_SIZE; row++) expect(grid.subarray(row * GRID_SIZE, (row + 1) * GRID_SIZE)).toEqual(grid.subarray(0, GRID_SIZE));
    // Only x₁'s features feed the network: x₁ and sin x₁.
    expect(sine.snapshot([]).weights[0]).toHaveLength(2);
  });

  it("gives the same run for the same seed", () => {
    const run = () => {
      const s = createSession(config({ regressionDataset: "multiGauss", regressionLoss: "mae", seed: 4 }));
      return [1, 2, 3].map(() => s.runEpoch().test);
    };
    expect(run()).toEqual(run());
  });
});

describe("baselineLoss", () => {
  it("scores the best constant: the variance for mse, the mean distance to the median for mae, huber's minimum", () => {
    const y = [0, 1, 2, 10];
    expect(baselineLoss(y, "mse")).toBeCloseTo(((3.25 ** 2) + (2.25 ** 2) + (1.25 ** 2) + (6.75 ** 2)) / 4, 12);
    expect(baselineLoss(y, "mae")).toBeCloseTo((1.5 + 0.5 + 0.5 + 8.5) / 4, 12);
    // Huber (δ = 1) by brute force over constants on a fine grid.
    const huber = (c: number) => y.reduce((s, v) => { const r = Math.abs(v - c); return s + (r <= 1 ? 0.5 * r * r : r - 0.5); }, 0) / 4;
    let best = Infinity;
    for (let c = 0; c <= 10; c += 1e-4) best = Math.min(best, huber(c));
    expect(baselineLoss(y, "huber")).toBeCloseTo(best, 7);
  });
});

describe("the names of a regression run's inputs", () => {
  it("a run opened from Iris (its data set kept in the config) names the chosen features in its model file, one per input", async () => {
    const session = createSession(config({ dataset: "iris", features: ["x1", "x2", "x1x2"] }));
    const json = JSON.parse((await session.exportFile("model", 0)).data as string) as { featureNames: string[]; layers: { inputSize: number }[] };
    expect(json.featureNames).toEqual(["x₁", "x₂", "x₁x₂"]);
    expect(json.layers[0]!.inputSize).toBe(3);
    // The 1-D sine reads x₁'s features only.
    const sine = createSession(config({ regressionDataset: "sine", features: ["x1", "x2", "sinx1"] }));
    expect(JSON.parse((await sine.exportFile("model", 0)).data as string).featureNames).toEqual(["x₁", "sin x₁"]);
  });
});
