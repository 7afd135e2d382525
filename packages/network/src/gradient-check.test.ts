import { describe, expect, it } from "vitest";
import { Matrix, RandomState, scale } from "@backprop/linalg";
import { sigmoid, softmax, type Activation, type ActivationSpec } from "@backprop/activations";
import { BatchNorm, Dense, Dropout, l1l2, type Layer } from "@backprop/layers";
import { binaryCrossEntropy, categoricalCrossEntropy, type Loss, type LossName } from "@backprop/losses";
import { Sequential } from "./sequential.js";

// Central differences carry ~1e-11 of rounding noise (h = 1e-5, a loss near 1), which is more than
// 1e-6 relative on an entry that happens to be within ~1e-5 of zero (L1's ±λ cancelling the data
// term). The data are drawn with a seed that has no such entry: the worst of the 264 checks is 3.2e-7.
const rng = new RandomState(22);
// Three rows and their negatives: every hidden unit then sees pre-activations of both signs, so no
// ReLU column is linear over the whole batch — batch norm would cancel its bias, whose gradient
// would be exactly 0, and the check would compare rounding noise with rounding noise.
const half = rng.randn(3, 3);
const x = Matrix.from([...half.toArray(), ...half.toArray().map((row) => row.map((v) => -v))]);
const labels = Int32Array.from([0, 1, 2, 1, 0, 2]);
const regression: Record<number, Matrix> = { 1: rng.randn(6, 1), 2: rng.randn(6, 2), 3: rng.randn(6, 3) };
const bits = [0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0];

/** Targets each loss accepts for a model with `units` outputs. */
function targets(loss: LossName, units: number): Matrix | Int32Array {
  if (loss === "categoricalCrossEntropy") return labels;
  if (loss === "binaryCrossEntropy") return Matrix.fromArray(bits.slice(0, 6 * units), 6, units);
  return regression[units] as Matrix;
}

const activationName = (a: ActivationSpec): string => (typeof a === "string" ? a : `${a.name}(${(a as { alpha?: number }).alpha})`);

/** Every activation, as a hidden layer. */
const hidden: ActivationSpec[] = ["sigmoid", "relu", { name: "leakyRelu", alpha: 0.2 }, "tanh", "softmax", "linear"];

/**
 * Every loss after every output activation it can take: mse after any; the cross-entropies after
 * the activations whose outputs are probabilities (fused with their own, unfused with the other).
 */
const outputs: { activation: ActivationSpec; loss: LossName; units: number }[] = [
  ...hidden.map((activation) => ({ activation, loss: "mse" as const, units: 2 })),
  { activation: "sigmoid", loss: "binaryCrossEntropy", units: 1 },
  { activation: "sigmoid", loss: "binaryCrossEntropy", units: 3 },
  { activation: "softmax", loss: "binaryCrossEntropy", units: 3 },
  { activation: "softmax", loss: "categoricalCrossEntropy", units: 3 },
  { activation: "sigmoid", loss: "categoricalCrossEntropy", units: 3 },
];

/** What sits between the hidden Dense and the output Dense, and the mode the check runs in. */
const middles: { name: string; training: boolean; make: () => Layer | undefined }[] = [
  { name: "dense only", training: false, make: () => undefined },
  {
    name: "dropout (fixed mask, training)",
    training: true,
    make: () => {
      const drop = new Dropout(0.4);
      drop.setFixedMask(Matrix.fromArray(Array.from({ length: 30 }, (_, k) => (k % 3 === 0 ? 0 : 1)), 6, 5));
      return drop;
    },
  },
  { name: "batch norm (training)", training: true, make: () => batchNorm() },
  { name: "batch norm (inference)", training: false, make: () => batchNorm() },
];

function batchNorm(): BatchNorm {
  const bn = new BatchNorm(5);
  bn.gamma.value.data.set([1.5, 0.5, -1, 2, 0.8]);
  bn.beta.value.data.set([0.1, -0.2, 0.3, 0, -0.1]);
  bn.runningMean.data.set([0.2, -0.1, 0.4, 0, 0.3]);
  bn.runningVar.data.set([0.5, 1.5, 0.8, 1.2, 0.9]);
  return bn;
}

function model(act: ActivationSpec, middle: Layer | undefined, training: boolean, out: (typeof outputs)[number]): Sequential {
  const r = new RandomState(3);
  // A linear layer's bias before training-mode batch norm is cancelled by the mean subtraction: its
  // gradient is exactly 0 and the check would compare rounding noise with rounding noise.
  const cancelled = middle instanceof BatchNorm && training && act === "linear";
  // Non-zero biases keep every pre-activation off ReLU's kink at exactly 0 (a dead row gives z = b).
  const first = new Dense(3, 5, {
    activation: act, rng: r, name: "hidden", regularizer: l1l2({ l1: 2e-3, l2: 1e-2 }),
    ...(cancelled ? { useBias: false } : { bias: Matrix.fill(1, 5, 0.1) }),
  });
  const last = new Dense(5, out.units, { activation: out.activation, rng: r, name: "output", bias: Matrix.fill(1, out.units, -0.1), regularizer: l1l2({ l1: 0, l2: 5e-3 }) });
  return new Sequential(middle === undefined ? [first, last] : [first, middle, last], { seed: 0 });
}

describe("gradientCheck: analytic gradients equal central differences (float64, < 1e-6), with L1+L2", () => {
  for (const middle of middles) {
    describe(middle.name, () => {
      for (const act of hidden) {
        for (const out of outputs) {
          it(`${activationName(act)} → ${activationName(out.activation)}×${out.units} + ${out.loss}`, () => {
            const layer = middle.make();
            const m = model(act, layer, middle.training, out);
            const running = layer instanceof BatchNorm ? layer.state().map((s) => s.clone()) : [];
            const results = m.gradientCheck(x, targets(out.loss, out.units), { loss: out.loss, training: middle.training });
            expect(results.map((r) => r.name)).toEqual(m.params().map((p) => p.name));
            for (const r of results) expect(r.maxRelativeError, r.name).toBeLessThan(1e-6);
            // Hundreds of training-mode forwards, yet the running statistics are as before.
            if (layer instanceof BatchNorm) expect(layer.state().every((s, i) => s.equals(running[i] as Matrix))).toBe(true);
          });
        }
      }
    });
  }
});

describe("a user's own activation or loss under a built-in's name gets its own gradient, not the fused (p − y)/m", () => {
  /** `f(z / T)` for a built-in f, with the chain rule's 1/T in its backward: another function that still says `name`. */
  const tempered = (f: Activation, t: number): Activation => ({
    name: f.name,
    config: {},
    forward: (z, out) => f.forward(scale(z, 1 / t), out),
    backward: (z, a, dA, out) => scale(f.backward(scale(z, 1 / t), a, dA), 1 / t, out),
  });
  /** `k·L` for a built-in loss L (say, a user's reweighting), keeping L's name. */
  const scaled = (l: Loss, k: number): Loss => ({
    name: l.name,
    config: {},
    forward: (pred, target, w) => k * l.forward(pred, target, w),
    backward: (pred, target, out, w) => scale(l.backward(pred, target, undefined, w), k, out),
    validateTarget: (target) => l.validateTarget(target),
  });
  const cases: { what: string; activation: Activation; loss: Loss; y: Matrix | Int32Array; units: number }[] = [
    { what: "softmax(z/2) named softmax + categoricalCrossEntropy", activation: tempered(softmax, 2), loss: categoricalCrossEntropy, y: labels, units: 3 },
    { what: "sigmoid(z/3) named sigmoid + binaryCrossEntropy", activation: tempered(sigmoid, 3), loss: binaryCrossEntropy, y: targets("binaryCrossEntropy", 2), units: 2 },
    { what: "softmax + 2·categoricalCrossEntropy named categoricalCrossEntropy", activation: softmax, loss: scaled(categoricalCrossEntropy, 2), y: labels, units: 3 },
    { what: "sigmoid + 0.5·binaryCrossEntropy named binaryCrossEntropy", activation: sigmoid, loss: scaled(binaryCrossEntropy, 0.5), y: targets("binaryCrossEntropy", 2), units: 2 },
  ];
  for (const c of cases) {
    it(c.what, () => {
      const r = new RandomState(4);
      const m = new Sequential([
        new Dense(3, 4, { activation: "tanh", rng: r, bias: Matrix.fill(1, 4, 0.1) }),
        new Dense(4, c.units, { activation: c.activation, rng: r, bias: Matrix.fill(1, c.units, -0.1) }),
      ]);
      for (const result of m.gradientCheck(x, c.y, { loss: c.loss })) expect(result.maxRelativeError, result.name).toBeLessThan(1e-6);
    });
  }
});

describe("gradientCheck options", () => {
  it("refuses an epsilon that would divide by zero or step past the data, naming it (not a NaN report)", () => {
    const m = new Sequential([new Dense(3, 2, { activation: "tanh", rng: new RandomState(1) }), new Dense(2, 3, { activation: "softmax", rng: new RandomState(2) })]);
    for (const epsilon of [0, -1e-5, Number.NaN, 2]) {
      expect(() => m.gradientCheck(x, labels, { epsilon })).toThrow(RangeError);
      expect(() => m.gradientCheck(x, labels, { epsilon })).toThrow(new RegExp(`^gradientCheck: epsilon must be a finite number in \\(0, 1\\]\\. Received: epsilon=${String(epsilon)}\\.$`));
    }
  });

  it("training: true with an unpinned Dropout says to pin its mask with setFixedMask (the README's fix)", () => {
    const r = new RandomState(2);
    const drop = new Dropout(0.5);
    const m = new Sequential([new Dense(3, 4, { activation: "relu", rng: r }), drop, new Dense(4, 3, { activation: "softmax", rng: r })], { rng: r });
    expect(() => m.gradientCheck(x, labels, { training: true })).toThrow(/^dropout\.forward: training needs a mask\. For gradientCheck\(\{ training: true \}\) pin one with setFixedMask\(keep\);/);
    // Following the advice works.
    drop.setFixedMask(Matrix.fromArray(Array.from({ length: 24 }, (_, k) => (k % 4 === 0 ? 0 : 1)), 6, 4));
    expect(m.gradientCheck(x, labels, { training: true }).every((c) => c.maxRelativeError < 1e-6)).toBe(true);
  });
});
