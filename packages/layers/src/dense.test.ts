import { describe, expect, it } from "vitest";
import { Matrix, RandomState, mul, sum } from "@backprop/linalg";
import type { ActivationSpec } from "@backprop/activations";
import { expectClose, gradientRelativeError, numericalGradient } from "@backprop/testing";
import { Dense, dense } from "./dense.js";
import { l1l2 } from "./regularizers.js";

const rng = new RandomState(5);
const x = rng.randn(5, 3);
const r = rng.randn(5, 4); // the upstream gradient: L = Σ A ⊙ R, so dL/dA = R

function objective(layer: Dense, input: Matrix): number {
  return sum(mul(layer.forward(input), r)) + layer.regularizationLoss();
}

describe("Dense", () => {
  it("computes A = f(X·W + b) with W indexed [input][unit]", () => {
    const layer = new Dense(2, 2, { activation: "relu", weights: Matrix.from([[1, -1], [2, 0.5]]), bias: Matrix.from([[0.5, -3]]) });
    // z = [1·1 + 1·2 + 0.5, 1·(−1) + 1·0.5 − 3] = [3.5, −3.5] → relu → [3.5, 0]
    expect(layer.forward(Matrix.from([[1, 1]])).toArray()).toEqual([[3.5, 0]]);
  });

  it("draws He weights like np.random.randn(in, out) * sqrt(2 / in)", () => {
    const layer = dense({ inputSize: 2, units: 4, activation: "sigmoid", initializer: "he", seed: 42 });
    const expected = new RandomState(42).randn(2, 4);
    expectClose(layer.weights.value, expected.data.map((v) => v * Math.sqrt(2 / 2)), { rtol: 0 });
    expect(Array.from(layer.bias.value.data)).toEqual([0, 0, 0, 0]);
  });

  const activations: ActivationSpec[] = ["sigmoid", "relu", { name: "leakyRelu", alpha: 0.1 }, "tanh", "softmax", "linear"];
  for (const activation of activations) {
    const label = typeof activation === "string" ? activation : "leakyRelu";
    it(`backward matches finite differences (${label}, with L1+L2)`, () => {
      const layer = new Dense(3, 4, { activation, seed: 11, regularizer: l1l2({ l1: 0.01, l2: 0.05 }) });
      layer.forward(x);
      const dX = layer.backward(r).clone();
      for (const p of layer.params()) {
        const numeric = numericalGradient(p.value.data, () => objective(layer, x));
        expect(gradientRelativeError(p.grad.data, numeric), p.name).toBeLessThan(1e-6);
      }
      const input = x.clone();
      const numericX = numericalGradient(input.data, () => objective(layer, input));
      expect(gradientRelativeError(dX.data, numericX)).toBeLessThan(1e-6);
    });
  }

  it("backwardFromZ skips the activation: dW = Xᵀ·dZ, db = Σ dZ", () => {
    const layer = new Dense(3, 4, { activation: "sigmoid", seed: 1 });
    layer.forward(x);
    layer.backwardFromZ(r);
    const xt = x.toArray();
    const expectedW = [0, 1, 2].flatMap((i) => [0, 1, 2, 3].map((j) => xt.reduce((s, row, k) => s + (row[i] as number) * r.get(k, j), 0)));
    expectClose(layer.weights.grad, expectedW, { rtol: 1e-14 });
    expectClose(layer.bias.grad, [0, 1, 2, 3].map((j) => [0, 1, 2, 3, 4].reduce((s, k) => s + r.get(k, j), 0)), { rtol: 1e-14 });
  });

  it("with inputGradient: false fills the same dW and db and leaves dX uncomputed", () => {
    const layer = new Dense(3, 4, { activation: "tanh", regularizer: l1l2({ l2: 0.1 }), seed: 1 });
    layer.forward(x);
    const dX = layer.backward(r);
    const [dW, db] = [layer.weights.grad.clone(), layer.bias.grad.clone()];
    dX.data.fill(Number.NaN);
    layer.weights.grad.data.fill(0);
    layer.bias.grad.data.fill(0);
    const skipped = layer.backward(r, { inputGradient: false });
    expect(skipped).toBe(dX);
    expect(Array.from(skipped.data).every(Number.isNaN)).toBe(true);
    expect(layer.weights.grad.equals(dW)).toBe(true);
    expect(layer.bias.grad.equals(db)).toBe(true);
  });

  it("without bias, b stays zero and has no param", () => {
    const layer = new Dense(3, 4, { seed: 1, useBias: false });
    expect(layer.params().map((p) => p.name)).toEqual(["dense.weights"]);
  });

  it("rejects bad sizes, inputs and missing randomness", () => {
    expect(() => new Dense(0, 4, { seed: 1 })).toThrow(/^Dense: inputSize must be an integer ≥ 1\. Received: inputSize=0\.$/);
    expect(() => new Dense(3, 2.5, { seed: 1 })).toThrow(/^Dense: units must be an integer ≥ 1\. Received: units=2\.5\.$/);
    expect(() => new Dense(3, 4, { seed: 1 }).forward(new Matrix(2, 5))).toThrow(/^dense\.forward: input must have shape \[batch,3\] with batch ≥ 1\. Received: x\.shape=\[2,5\]\.$/);
    expect(() => new Dense(3, 4)).toThrow(/^Dense: pass rng or seed/);
    expect(() => new Dense(3, 4, { seed: 1, activation: "rleu" as never })).toThrow(/unknown activation "rleu". Expected one of: sigmoid, relu, leakyRelu, tanh, softmax, linear, elu, selu, gelu, geluTanh, softplus, softsign, swish, silu, hardSigmoid, mish\./);
    expect(() => new Dense(3, 4, { seed: 1 }).backward(new Matrix(5, 4))).toThrow(/^dense\.backward: call forward before backward\.$/);
  });

  it("reuses its buffers: a warmed-up forward returns the same matrix", () => {
    const layer = new Dense(3, 4, { seed: 1 });
    expect(layer.forward(x)).toBe(layer.forward(x));
  });
});
