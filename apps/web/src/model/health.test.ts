import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { activationHealth, healthWarning } from "./health.js";

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
    expect(healthWarning([layer(0.1), layer(0.2), layer(0.3)], 0.5)).toBeNull();
  });

  it("flags non-finite and exploding gradients", () => {
    expect(healthWarning([layer(Number.NaN), layer(1)], 1)).toMatch(/^Gradients are no longer finite numbers/);
    expect(healthWarning([layer(1, 0, 0, 2500), layer(1)], 1)).toMatch(/^Gradients are exploding \(largest 2\.5e\+3\): lower the learning rate/);
  });

  it("flags vanishing gradients (tiny, or 1000× smaller than the output's) only while the loss is still high", () => {
    const deep = [layer(1e-6), layer(1e-4), layer(1e-2)];
    expect(healthWarning(deep, 0.6)).toMatch(/^Gradients are vanishing: the first layer's mean gradient is 1\.0e-6 against 1\.0e-2 at the output/);
    expect(healthWarning([layer(5e-8), layer(1e-7)], 0.6)).toMatch(/^Gradients are vanishing/);
    expect(healthWarning(deep, 0.01)).toBeNull();
  });

  it("flags dead ReLUs and saturated hidden layers by number, never the output layer", () => {
    expect(healthWarning([layer(1), layer(1, 0.5), layer(1)], 0.5)).toMatch(/^Most ReLUs of hidden layer 2 are dead/);
    expect(healthWarning([layer(1, 0, 0.7), layer(1, 0, 0.9)], 0.5)).toMatch(/^Hidden layer 1 is saturated/);
    expect(healthWarning([layer(1), layer(1, 0.9, 0.9)], 0.5)).toBeNull();
  });
});
