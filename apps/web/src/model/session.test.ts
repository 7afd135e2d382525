import { describe, expect, it } from "vitest";
import { createSession } from "./session.js";
import { healthWarning } from "./health.js";
import { GRID_SIZE, UNIT_GRID_SIZE } from "./prepare-data.js";
import { defaultConfig, OPTIMIZERS, type PlaygroundConfig } from "../state/config.js";

const config = (patch: Partial<PlaygroundConfig> = {}): PlaygroundConfig => ({ ...defaultConfig(), ...patch });

describe("createSession", () => {
  it("trains the default setup (circles, 2×4 tanh, batch 10) to a test loss under 0.05 within 50 epochs", () => {
    const session = createSession(config());
    let epochs = 0;
    let test = Infinity;
    while (test >= 0.05 && epochs < 50) {
      test = session.runEpoch().test;
      epochs++;
    }
    expect(test).toBeLessThan(0.05);
  });

  it("gives the same run for the same config (seed included) and another for another seed", () => {
    const run = (seed: number) => {
      const s = createSession(config({ dataset: "moons", seed, dropout: 0.1, hidden: [6, 6] }));
      return [1, 2, 3].map(() => s.runEpoch().test);
    };
    expect(run(3)).toEqual(run(3));
    expect(run(4)).not.toEqual(run(3));
  });

  it("trains with every optimizer of @backprop/optimizers, each its own way", () => {
    const runs = OPTIMIZERS.map((optimizer) => {
      const session = createSession(config({ dataset: "xor", optimizer, learningRate: 0.01 }));
      const first = session.runEpoch().train;
      for (let i = 0; i < 8; i++) session.runEpoch();
      return { first, last: session.runEpoch().train };
    });
    for (const { first, last } of runs) expect(last).toBeLessThan(first);
    expect(new Set(runs.map((r) => r.last)).size).toBe(OPTIMIZERS.length);
  });

  it("warns in plain words when a sigmoid stack stalls at chance, and stays quiet for the default setup", () => {
    const stalled = createSession(config({ activation: "sigmoid", hidden: [8, 8, 8], optimizer: "sgd" }));
    for (let i = 0; i < 30; i++) stalled.runEpoch();
    const snap = stalled.snapshot([]);
    expect(snap.trainLoss).toBeGreaterThan(0.68);
    expect(snap.warning).toMatch(/^Gradients are vanishing: .* Try tanh or ReLU instead of sigmoid/);
    const healthy = createSession(config());
    for (let i = 0; i < 30; i++) healthy.runEpoch();
    expect(healthy.snapshot([]).warning).toBeNull();
  });

  it("says the loss has stopped improving when a sigmoid stack sits near ln 2 with gradients that look healthy", () => {
    const stalled = createSession(config({ activation: "sigmoid", hidden: [4, 4, 4], optimizer: "sgd" }));
    for (let i = 0; i < 800; i++) stalled.runEpoch();
    const snap = stalled.snapshot([]);
    expect(snap.trainLoss).toBeGreaterThan(0.68);
    for (const layer of snap.health) expect(layer.gradMean).toBeGreaterThan(1e-5);
    expect(healthWarning(snap.health, snap.trainLoss, "sigmoid")).toBeNull();
    expect(snap.warning).toMatch(/^The loss has stopped improving: .* Each sigmoid layer .* try tanh or ReLU\. Plain SGD crawls .* above 0\.03\.$/);
    // The default setup went on to a loss near 0: no plateau there after as many epochs.
    const healthy = createSession(config());
    for (let i = 0; i < 250; i++) healthy.runEpoch();
    expect(healthy.snapshot([]).warning).toBeNull();
  });

  it("says a network without hidden layers cannot learn XOR from x₁ and x₂ alone", () => {
    const flat = createSession(config({ dataset: "xor", hidden: [] }));
    for (let i = 0; i < 400; i++) flat.runEpoch();
    expect(flat.snapshot([]).warning).toMatch(/^The loss has stopped improving: .* Without a hidden layer the boundary is a straight line/);
  });

  it("describes the data set: 500 points in the plane, split by the training ratio", () => {
    const view = createSession(config({ trainRatio: 70 })).dataset();
    expect(view.points.length).toBe(1000);
    expect(view.isTrain.reduce((a, b) => a + b, 0)).toBe(350);
    let reach = 0;
    for (const v of view.points) reach = Math.max(reach, Math.abs(v));
    expect(reach).toBeCloseTo(5, 12);
    expect(view.inputGrids).toHaveLength(7);
  });

  it("snapshots every unit's picture, the weights [input][unit] and the health of each layer", () => {
    const session = createSession(config({ hidden: [3, 2], features: ["x1", "x2", "x1x2"] }));
    session.runEpoch();
    const snap = session.snapshot([]);
    expect(snap.epoch).toBe(1);
    expect(snap.neuronGrids.map((l) => l.length)).toEqual([3, 2, 1]);
    expect(snap.neuronGrids[0]![0]).toHaveLength(UNIT_GRID_SIZE * UNIT_GRID_SIZE);
    expect(snap.outputGrid).toHaveLength(GRID_SIZE * GRID_SIZE);
    expect(snap.weights.map((w) => [w.length, w[0]!.length])).toEqual([[3, 3], [3, 2], [2, 1]]);
    expect(snap.health).toHaveLength(3);
    expect(snap.health.every((h) => h.gradMean > 0 && h.gradMax >= h.gradMean && Number.isFinite(h.gradMax))).toBe(true);
    for (const p of snap.outputGrid) expect(p >= 0 && p <= 1).toBe(true);
    expect(snap.predictions).toHaveLength(500);
  });

  it("handles Iris as three classes over four standardized inputs", () => {
    const session = createSession(config({ dataset: "iris", hidden: [5], learningRate: 0.03 }));
    for (let i = 0; i < 30; i++) session.runEpoch();
    const snap = session.snapshot([]);
    expect(session.dataset().classNames).toEqual(["setosa", "versicolor", "virginica"]);
    expect(snap.outputGrid).toHaveLength(3 * GRID_SIZE * GRID_SIZE);
    expect(snap.testAccuracy).toBeGreaterThan(0.85);
    // Input pictures: the two plotted measurements vary across the plane, the other two sit at their mean (0).
    const grids = session.dataset().inputGrids;
    expect(grids).toHaveLength(4);
    expect(Math.max(...grids[0]!.map(Math.abs))).toBe(0);
    expect(Math.max(...grids[2]!)).toBeGreaterThan(1);
  });
});

describe("createSession on the spiral", () => {
  it("uses CS231n's three-armed spiral: 3 classes of 167 points, softmax over 3 outputs", () => {
    const session = createSession(config({ dataset: "spiral" }));
    const view = session.dataset();
    expect(view.classNames).toHaveLength(3);
    expect(view.labels.filter((y) => y === 2)).toHaveLength(167);
    expect(session.snapshot([]).neuronGrids.at(-1)).toHaveLength(3);
  });
});

describe("createSession without hidden layers", () => {
  it("trains logistic regression on the chosen features: one weight layer, inputs straight to the output", () => {
    const session = createSession(config({ hidden: [], features: ["x1sq", "x2sq"] }));
    for (let i = 0; i < 20; i++) session.runEpoch();
    const snap = session.snapshot([]);
    expect(snap.weights.map((w) => [w.length, w[0]!.length])).toEqual([[2, 1]]);
    // Circles are separable by x₁² + x₂², so the radius features alone classify every test point.
    expect(snap.testAccuracy).toBe(1);
  });
});
