import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import type { ActivationSpec } from "@backprop/activations";
import { BatchNorm, Dense, Dropout, l1l2, type Layer } from "@backprop/layers";
import type { LossName } from "@backprop/losses";
import { Sequential } from "./sequential.js";

const rng = new RandomState(21);
const x = rng.randn(6, 3);
const labels = Int32Array.from([0, 1, 2, 1, 0, 2]);

const regression: Record<number, Matrix> = { 2: rng.randn(6, 2), 3: rng.randn(6, 3) };

/** Targets each loss accepts for a model with `units` outputs. */
function targets(loss: LossName, units: number): Matrix | Int32Array {
  if (loss === "categoricalCrossEntropy") return labels;
  if (loss === "binaryCrossEntropy") return Matrix.fromArray([0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0].slice(0, 6 * units), 6, units);
  return regression[units] as Matrix;
}

const hidden: ActivationSpec[] = ["sigmoid", "relu", { name: "leakyRelu", alpha: 0.2 }, "tanh", "linear"];
const outputs: { activation: ActivationSpec; loss: LossName; units: number }[] = [
  { activation: "softmax", loss: "categoricalCrossEntropy", units: 3 },
  { activation: "sigmoid", loss: "binaryCrossEntropy", units: 1 },
  { activation: "sigmoid", loss: "mse", units: 2 },
  { activation: "linear", loss: "mse", units: 2 },
  { activation: "tanh", loss: "mse", units: 2 },
  { activation: "softmax", loss: "mse", units: 3 },
  { activation: "relu", loss: "mse", units: 2 },
  { activation: "sigmoid", loss: "binaryCrossEntropy", units: 2 },
];

function expectGradientsMatch(model: Sequential, y: Matrix | Int32Array, loss: LossName, training = false): void {
  const results = model.gradientCheck(x, y, { loss, training });
  expect(results.length).toBe(model.params().length);
  for (const r of results) expect(r.maxRelativeError, r.name).toBeLessThan(1e-6);
}

describe("gradientCheck: analytic gradients equal central differences (float64, < 1e-6)", () => {
  for (const act of hidden) {
    for (const out of outputs) {
      const name = `${typeof act === "string" ? act : "leakyRelu"} → ${typeof out.activation === "string" ? out.activation : ""} + ${out.loss}`;
      it(`${name}, with L1+L2`, () => {
        const r = new RandomState(3);
        // Non-zero biases keep every pre-activation off ReLU's kink at exactly 0 (a dead row gives z = b).
        const layers: Layer[] = [
          new Dense(3, 5, { activation: act, rng: r, bias: Matrix.fill(1, 5, 0.1), regularizer: l1l2({ l1: 1e-3, l2: 1e-2 }) }),
          new Dense(5, out.units, { activation: out.activation, rng: r, bias: Matrix.fill(1, out.units, -0.1), regularizer: l1l2({ l1: 0, l2: 5e-3 }) }),
        ];
        expectGradientsMatch(new Sequential(layers, { seed: 0 }), targets(out.loss, out.units), out.loss);
      });
    }
  }

  it("with dropout in fixed-mask mode (training)", () => {
    const r = new RandomState(4);
    const drop = new Dropout(0.5);
    drop.setFixedMask(Matrix.fromArray(Array.from({ length: 30 }, (_, k) => (k % 3 === 0 ? 0 : 1)), 6, 5));
    const model = new Sequential([new Dense(3, 5, { activation: "tanh", rng: r }), drop, new Dense(5, 3, { activation: "softmax", rng: r })], { seed: 0 });
    expectGradientsMatch(model, labels, "categoricalCrossEntropy", true);
  });

  it("with batch norm, in training and inference mode", () => {
    const r = new RandomState(5);
    // No bias before batch norm: the mean subtraction cancels it, so its gradient is exactly 0
    // and the check would compare rounding noise with rounding noise.
    const bn = new BatchNorm(4);
    bn.gamma.value.data.set([1.5, 0.5, -1, 2]);
    bn.beta.value.data.set([0.1, -0.2, 0.3, 0]);
    const model = new Sequential([new Dense(3, 4, { activation: "linear", rng: r, useBias: false }), bn, new Dense(4, 3, { activation: "softmax", rng: r })], { seed: 0 });
    const running = [bn.runningMean.clone(), bn.runningVar.clone()];
    expectGradientsMatch(model, labels, "categoricalCrossEntropy", true);
    expectGradientsMatch(model, labels, "categoricalCrossEntropy", false);
    // Hundreds of training-mode forwards, yet the running statistics are as before.
    expect([bn.runningMean.equals(running[0] as Matrix), bn.runningVar.equals(running[1] as Matrix)]).toEqual([true, true]);
  });
});
