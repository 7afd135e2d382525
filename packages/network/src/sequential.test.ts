import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { Dense, Dropout, l2 } from "@backprop/layers";
import { getLoss } from "@backprop/losses";
import { Sequential } from "./sequential.js";
import { sequential } from "./sequential-factory.js";

describe("sequential(sizes)", () => {
  it("draws each layer's weights in order from one generator, as the tutorials' loops do", () => {
    const model = sequential([2, 4, 1], { activations: "sigmoid", initializer: "he", seed: 42 });
    const rng = new RandomState(42);
    const w1 = rng.randn(2, 4).data.map((v) => v * Math.sqrt(2 / 2));
    const w2 = rng.randn(4, 1).data.map((v) => v * Math.sqrt(2 / 4));
    expect(Array.from(model.params()[0]!.value.data)).toEqual(Array.from(w1));
    expect(Array.from(model.params()[2]!.value.data)).toEqual(Array.from(w2));
    // fit continues from the same generator: the next draw is the one after the weights.
    expect(model.rng.randomSample()).toBe(rng.randomSample());
  });

  it("defaults to relu hidden layers and softmax/sigmoid outputs, He after relu and xavier otherwise", () => {
    const multi = sequential([4, 16, 8, 3], { seed: 0 });
    expect(multi.layers.map((l) => (l as Dense).activation.name)).toEqual(["relu", "relu", "softmax"]);
    expect(sequential([4, 1], { seed: 0 }).layers.map((l) => (l as Dense).activation.name)).toEqual(["sigmoid"]);
    // seed 001's Layer: relu → √(2/n), otherwise √(1/n).
    const rng = new RandomState(5);
    const model = sequential([4, 3, 2], { activations: ["relu", "tanh"], seed: 5 });
    expect(Array.from(model.params()[0]!.value.data)).toEqual(Array.from(rng.randn(4, 3).data.map((v) => v * Math.sqrt(2 / 4))));
    expect(Array.from(model.params()[2]!.value.data)).toEqual(Array.from(rng.randn(3, 2).data.map((v) => v * Math.sqrt(1 / 3))));
  });

  it("rejects lists of the wrong length and too few sizes", () => {
    expect(() => sequential([4, 8, 3], { activations: ["relu"] })).toThrow(/^sequential: activations must have one entry per weight layer \(2\)\. Received: activations\.length=1\.$/);
    expect(() => sequential([4])).toThrow(/^sequential: sizes needs an input and at least one layer\. Received: sizes=\[4\]\.$/);
    expect(() => new Sequential([])).toThrow(/^Sequential: layers must be a non-empty array\./);
  });
});

describe("backwardFrom chooses the fused output gradient when the pair allows it", () => {
  const one = Matrix.from([[1]]);
  function gradsAfter(activation: "sigmoid" | "softmax", weights: number[][], y: number[][], loss: "binaryCrossEntropy" | "categoricalCrossEntropy" | "mse"): number[] {
    const layer = new Dense(1, weights[0]!.length, { activation, weights: Matrix.from(weights) });
    const model = new Sequential([layer], { seed: 0 });
    model.backwardFrom(model.forward(one, true), Matrix.from(y), getLoss(loss));
    return Array.from(layer.bias.grad.data);
  }

  it("sigmoid + binaryCrossEntropy: dZ = p − y even when σ(40) rounds to 1 (the chain rule would give 0)", () => {
    expect(gradsAfter("sigmoid", [[40]], [[0]], "binaryCrossEntropy")).toEqual([1]);
  });

  it("softmax + categoricalCrossEntropy: dZ = p − y even when p₁ = e⁻⁸⁰ (the chain rule would give ~1e-20)", () => {
    // p = [1, 1.8e-35] in float64, so p − y = [1, −1].
    expect(gradsAfter("softmax", [[40, -40]], [[0, 1]], "categoricalCrossEntropy")).toEqual([1, -1]);
  });

  it("sigmoid + mse stays on the chain rule: dZ = 2(p − y) · p(1 − p)", () => {
    // p = σ(0) = 0.5, y = 1: 2·(−0.5)·0.25 (the fused form would give −0.5).
    expect(gradsAfter("sigmoid", [[0]], [[1]], "mse")).toEqual([-0.25]);
  });
});

describe("Sequential predictions", () => {
  const w = Matrix.from([[1, -1], [0.5, 2]]);
  const model = new Sequential([new Dense(2, 2, { activation: "softmax", weights: w, regularizer: l2(0.1) }), new Dropout(0.5)], { seed: 0 });
  const x = Matrix.from([[1, 0], [0, 1], [2, 2]]);

  it("predictClasses: arg-max per row for several outputs, `p > threshold` for one", () => {
    // z rows: [1, −1], [0.5, 2], [3, 2] → classes 0, 1, 0.
    expect(Array.from(model.predictClasses(x))).toEqual([0, 1, 0]);
    const single = new Sequential([new Dense(1, 1, { activation: "linear", weights: Matrix.from([[1]]), useBias: false })], { seed: 0 });
    expect(Array.from(single.predictClasses(Matrix.column([0.2, 0.5, 0.7])))).toEqual([0, 0, 1]);
    expect(Array.from(single.predictClasses(Matrix.column([0.2, 0.5, 0.7]), 0.1))).toEqual([1, 1, 1]);
  });

  it("predict runs in inference mode (dropout off) and returns a copy", () => {
    const a = model.predict(x);
    expect(a.equals(model.predict(x))).toBe(true);
    expect(a).not.toBe(model.predict(x));
  });

  it("evaluate adds the regularization penalty to the loss", () => {
    const y = Int32Array.from([0, 1, 1]);
    const oneHot = Matrix.from([[1, 0], [0, 1], [0, 1]]);
    const penalty = 0.05 * (1 + 1 + 0.25 + 4);
    const { loss, accuracy } = model.evaluate(x, y);
    expect(loss).toBeCloseTo(getLoss("categoricalCrossEntropy").forward(model.predict(x), oneHot) + penalty, 14);
    expect(accuracy).toBe(2 / 3);
  });

  it("evaluate checks labels against the loss, as fit does", () => {
    expect(() => model.evaluate(x, Matrix.fill(3, 2, 1))).toThrow(/^categoricalCrossEntropy: every target row must be one-hot \(non-negative, summing to 1\)\. Received: row 0 = \[1, 1\]\.$/);
    expect(() => model.evaluate(x, Matrix.from([[2], [0], [1]]), { loss: "binaryCrossEntropy" })).toThrow(/^evaluate: /);
  });

  it("rejects inputs of the wrong width", () => {
    expect(() => model.predict(new Matrix(2, 3))).toThrow(/^predict: x must have 2 columns, the first layer's input size\. Received: x\.shape=\[2,3\]\.$/);
  });
});
