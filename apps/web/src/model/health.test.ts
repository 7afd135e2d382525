import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { activationHealth, deadReluWarning, healthWarning } from "./health.js";
import { createSession } from "./session.js";
import { defaultConfig } from "../state/config.js";

const layer = (gradMean: number, deadShare = 0, saturatedShare = 0, gradMax = 2 * gradMean) => ({ gradMean, gradMax, deadShare, saturatedShare });

describe("activationHealth", () => {
  it("counts a ReLU unit as dead only when it is 0 for every row", () => {
    const a = Matrix.from([[0, 1, 0, 0], [0, 0, 0, 2], [0, 0, 0, 0]]);
    expect(activationHealth("relu", a)).toEqual({ deadShare: 0.5, saturatedShare: 0 });
  });

  it("counts saturated tanh (|a| > 0.99) and sigmoid (outside 0.01–0.99) activations", () => {
    expect(activationHealth("tanh", Matrix.from([[0.995, -0.999], [0.5, 0.99]])).saturatedShare).toBe(0.5);
    expect(activationHealth("sigmoid", Matrix.from([[0.005, 0.5], [0.995, 0.5]])).saturatedShare).toBe(0.5);
    expect(activationHealth("linear", Matrix.from([[100]]))).toEqual({ deadShare: 0, saturatedShare: 0 });
  });
});

describe("healthWarning", () => {
  it("says nothing for healthy gradients", () => {
    expect(healthWarning([layer(0.1), layer(0.2), layer(0.3)], 0.5, "tanh")).toBeNull();
  });

  it("flags non-finite and exploding gradients", () => {
    expect(healthWarning([layer(Number.NaN), layer(1)], 1, "relu")).toMatch(/^Gradients are no longer finite numbers/);
    expect(healthWarning([layer(1, 0, 0, 2500), layer(1)], 1, "relu")).toMatch(/^Gradients are exploding \(largest 2\.5e\+3\): lower the learning rate/);
  });

  it("flags vanishing gradients (tiny, or 1000× smaller than the output's) only while the loss is still high", () => {
    const deep = [layer(1e-6), layer(1e-4), layer(1e-2)];
    expect(healthWarning(deep, 0.6, "tanh")).toMatch(/^Gradients are vanishing: the first layer's mean gradient is 1\.0e-6 against 1\.0e-2 at the output/);
    expect(healthWarning([layer(5e-8), layer(1e-5)], 0.6, "relu")).toMatch(/^Gradients are vanishing/);
    expect(healthWarning(deep, 0.01, "tanh")).toBeNull();
  });

  it("flags a sigmoid stack from a 20× gap (each sigmoid layer shrinks the gradient), other activations only from 1000×", () => {
    const gap30 = [layer(1e-4), layer(1e-3), layer(3e-3)];
    expect(healthWarning(gap30, 0.69, "sigmoid")).toMatch(/so it barely learns\. Try tanh or ReLU instead of sigmoid/);
    expect(healthWarning(gap30, 0.69, "tanh")).toBeNull();
    expect(healthWarning(gap30, 0.69, "relu")).toBeNull();
    const gap2000 = [layer(1e-6), layer(2e-3)];
    expect(healthWarning(gap2000, 0.69, "tanh")).toMatch(/Try ReLU, fewer layers, or a larger learning rate\.$/);
    expect(healthWarning(gap2000, 0.69, "leakyRelu")).toMatch(/Try fewer layers or a larger learning rate\.$/);
  });

  it("flags dead ReLUs and saturated hidden layers by number, never the output layer", () => {
    expect(healthWarning([layer(1), layer(1, 0.5), layer(1)], 0.5, "relu", [4, 4])).toMatch(/^2 of the 8 hidden ReLUs \(25%\) are dead, hidden layer 2's 2 of 4 among them: /);
    expect(healthWarning([layer(1, 0.25), layer(1, 0.375), layer(1)], 0.5, "relu", [4, 8])).toBeNull();
    expect(healthWarning([layer(1, 0, 0.7), layer(1, 0, 0.9)], 0.5, "tanh")).toMatch(/^Hidden layer 1 is saturated/);
    expect(healthWarning([layer(1), layer(1, 0.9, 0.9)], 0.5, "relu")).toBeNull();
  });

  it("calls a network whose output layer has no gradient either stuck, not vanishing, and suggests a smaller learning rate", () => {
    // Six linear layers, SGD at learning rate 3 with squared error: the sigmoid output saturates.
    const stuck = [layer(2.6e-21), layer(1e-21), layer(9.4e-23)];
    expect(healthWarning(stuck, 0.28, "linear")).toMatch(/^Training is stuck: every gradient is nearly 0, the output layer's included \(9\.4e-23\), while the training loss is still 0\.28\. .*lower it and reset\.$/);
    expect(healthWarning(stuck, 0.01, "linear")).toBeNull();
  });

  it("blames dead ReLUs, not vanishing gradients, when dead units zero every gradient (too large a learning rate)", () => {
    // XOR, three ReLU layers of 8, momentum at learning rate 3: layers 2 and 3 die and every |dW| is 0.
    const dead = [layer(0, 0.125), layer(0, 1), layer(0, 1), layer(0)];
    expect(healthWarning(dead, 1.09, "relu", [8, 8, 8])).toMatch(/^17 of the 24 hidden ReLUs \(71%\) are dead, hidden layer 2's 8 of 8 among them: .* lower the learning rate and reset, or try leaky ReLU .* Keep He initialization/);
  });
});

describe("the dead-ReLU rule", () => {
  it("counts dead units over the hidden layers, weighted by their sizes, and never the output layer", () => {
    expect(deadReluWarning([layer(1, 0.5), layer(1, 0), layer(1, 1)], [2, 6])).toMatch(/^1 of the 8 hidden ReLUs \(13%\) are dead, hidden layer 1's 1 of 2 among them/);
    expect(deadReluWarning([layer(1, 0.4), layer(1, 0.49), layer(1, 1)], [5, 100])).toBeNull();
    expect(deadReluWarning([layer(1, 1)], [])).toBeNull();
  });

  it("names the recorded dying run: spiral, ReLU 4,4, SGD at rate 3, batch 1 (loss flat above 2, test accuracy a third)", () => {
    const session = createSession({ ...defaultConfig(), dataset: "spiral", activation: "relu", optimizer: "sgd", learningRate: 3, batchSize: 1, hidden: [4, 4], seed: 1 });
    for (let i = 0; i < 150; i++) session.runEpoch();
    const snap = session.snapshot([]);
    expect(snap.trainLoss).toBeGreaterThan(2);
    expect(snap.testAccuracy).toBeLessThan(0.4);
    expect(snap.health.map((h) => h.deadShare)).toEqual([0, 1, 0]);
    expect(snap.health.every((h) => h.gradMax === 0)).toBe(true);
    expect(snap.warning).toMatch(/^4 of the 8 hidden ReLUs \(50%\) are dead, hidden layer 2's 4 of 4 among them: they output 0 for every training point, so they pass back no gradient and no longer learn\. .*lower the learning rate and reset, or try leaky ReLU/);
    // The same setup at a rate of 0.03 keeps its units alive and gets no such notice.
    const healthy = createSession({ ...defaultConfig(), dataset: "spiral", activation: "relu", optimizer: "sgd", learningRate: 0.03, batchSize: 1, hidden: [4, 4], seed: 1 });
    for (let i = 0; i < 150; i++) healthy.runEpoch();
    expect(healthy.snapshot([]).warning ?? "").not.toMatch(/ReLUs/);
  });
});
