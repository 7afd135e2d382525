import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { Dense, l2 } from "@backprop/layers";
import { sgd, type Optimizer } from "@backprop/optimizers";
import { CROSS_ENTROPY_CEILING, chanceOf, DivergenceWatch } from "./divergence.js";
import { describeCause, likelyCause } from "./divergence-cause.js";
import { DivergenceError } from "./fit.js";
import { Sequential } from "./sequential.js";
import { sequential } from "./sequential-factory.js";
import type { History } from "./types.js";

const facts = { loss: "categoricalCrossEntropy", chance: 0.5, rows: 100 };

/** Runs `fit` and returns the DivergenceError it threw (fails the test when it did not throw). */
function divergence(run: () => unknown): DivergenceError {
  try {
    run();
  } catch (e) {
    if (e instanceof DivergenceError) return e;
    throw e;
  }
  throw new Error("expected fit to diverge");
}

describe("DivergenceWatch rules (constructed runs)", () => {
  it("the ceiling is −ln(1e−15), the clipped cross-entropy's largest per-row loss", () => {
    expect(CROSS_ENTROPY_CEILING).toBeCloseTo(34.538776394910684, 12);
  });

  it("flags the weights' norm at 1000× max(‖W₀‖, 1), not 999×", () => {
    const watch = new DivergenceWatch(25, facts); // ‖W₀‖ = 5
    expect(watch.judge(0.1, undefined, 4995 ** 2)).toBeUndefined();
    expect(watch.judge(0.1, undefined, 5000 ** 2)).toBe("the weights' norm grew 1.0e+3× (limit 1000×)");
    // A zero start is measured against 1: a logistic regression may grow its weights to 999.
    expect(new DivergenceWatch(0, facts).judge(0.1, undefined, 999 ** 2)).toBeUndefined();
    expect(new DivergenceWatch(0, facts).judge(0.1, undefined, 1000 ** 2)).toMatch(/^the weights' norm grew 1\.0e\+3×/);
  });

  it("flags a cross-entropy pinned above a quarter of the ceiling for 3 epochs in a row, never MSE", () => {
    const watch = new DivergenceWatch(1, facts);
    expect([9, 9, 1, 9, 9].map((loss) => watch.judge(loss, undefined, 1))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(watch.calm).toBe(false);
    expect(watch.judge(9, undefined, 1)).toBe("the loss stayed near its ceiling for 3 epochs (9.00, ceiling 34.54)");
    const mse = new DivergenceWatch(1, { ...facts, loss: "mse" });
    expect([50, 50, 50, 50].map((loss) => mse.judge(loss, undefined, 1))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("flags accuracy back at chance after it had been halfway to 100 %, only with 20 rows or more", () => {
    const run = (rows: number): (string | undefined)[] => {
      const watch = new DivergenceWatch(1, { ...facts, rows });
      return [0.6, 0.8, 0.5, 0.51, 0.5].map((accuracy) => watch.judge(0.5, accuracy, 1));
    };
    expect(run(100).at(-1)).toBe("the training accuracy fell back to chance (50.0%, chance 50.0%) after reaching 80.0%");
    expect(run(4)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // Accuracy that never left chance is not divergence (it may just be slow).
    const slow = new DivergenceWatch(1, facts);
    expect([0.5, 0.5, 0.5, 0.5].map((accuracy) => slow.judge(0.7, accuracy, 1))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("chance is the majority class's share of 0/1 or one-hot targets, undefined otherwise", () => {
    expect(chanceOf(Matrix.column([1, 0, 0, 0]))).toBe(0.75);
    expect(chanceOf(Matrix.from([[1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1]]))).toBe(0.5);
    expect(chanceOf(Matrix.column([0.5, 1]))).toBeUndefined();
    expect(chanceOf(Matrix.from([[1, 1], [0, 1]]))).toBeUndefined();
  });
});

describe("likelyCause and describeCause", () => {
  const base = { learningRate: 0.1, optimizer: "sgd", l2: 0, maxAbsInput: 3 };
  it("blames L2 when lr·l2 ≥ 1 with SGD, unscaled inputs above 100, else the learning rate", () => {
    expect(likelyCause({ ...base, l2: 10 })).toEqual({ kind: "l2", ...base, l2: 10, suggested: 1 });
    expect(likelyCause({ ...base, l2: 10, optimizer: "adam", maxAbsInput: 500 })).toEqual({ kind: "unscaledInputs", ...base, l2: 10, optimizer: "adam", maxAbsInput: 500 });
    expect(likelyCause({ ...base, learningRate: 5 })).toEqual({ kind: "learningRate", ...base, learningRate: 5, suggested: 0.05 });
    // lr·l2 just under 1, and Adam (whose step does not scale the weights by 1 − lr·λ): not L2.
    expect(likelyCause({ ...base, l2: 9.99 }).kind).toBe("learningRate");
    expect(likelyCause({ ...base, l2: 10, optimizer: "adam" }).kind).toBe("learningRate");
  });

  it("words each cause naming the library's options", () => {
    expect(describeCause(likelyCause({ ...base, l2: 10 }))).toBe("the L2 regularization is too strong for the learning rate (l2 10 with learning rate 0.1: lr·l2 = 1 ≥ 1 makes each step overshoot); try l2 1 or smaller");
    expect(describeCause(likelyCause({ ...base, maxAbsInput: 500 }))).toBe("the inputs are unscaled (values up to 500); standardize them first (StandardScaler from @backprop/data)");
    expect(describeCause(likelyCause({ ...base, learningRate: 5 }))).toBe("the learning rate is too large (5 with sgd); try 0.05 or smaller");
  });
});

describe("fit stops on finite divergence (real runs)", () => {
  const rng = new RandomState(1);
  const xs = rng.randn(16, 3);
  const ys = new RandomState(2).randn(16, 1);

  it("a learning rate of 10: the norm rule fires before any NaN; epoch 1 is not confirmed healthy, so the initial weights are kept", () => {
    const model = sequential([3, 8, 1], { activations: ["linear", "linear"], seed: 0 });
    const initial = model.params().map((p) => p.value.clone());
    const { message, history } = divergence(() => model.fit(xs, ys, { loss: "mse", optimizer: sgd({ learningRate: 10 }), epochs: 500 }));
    expect(message).toMatch(/^fit: training diverged at epoch 2: the weights' norm grew [\d.]+e\+\d+× \(limit 1000×\)\. Likely cause: the learning rate is too large \(10 with sgd\); try 0\.1 or smaller\. Kept the initial weights\.$/);
    expect(history.epochs).toBe(2);
    expect(history.loss.every(Number.isFinite)).toBe(true);
    expect(history.stopReason).toBe("diverged");
    expect(history.divergence).toMatchObject({ rule: "weightNorm", epoch: 2, healthyEpoch: 0, cause: { kind: "learningRate", learningRate: 10, suggested: 0.1 } });
    model.params().forEach((p, i) => expect(p.value.equals(initial[i] as Matrix)).toBe(true));
  });

  it("keeps the weights of the last epoch e with epochs e and e + 1 both calm: not those of epochs whose loss was building up", () => {
    // SGD, except that from step 6 on (epoch 6, full batch) the output bias is pinned at −50: the
    // sigmoid saturates, and every label-1 row costs the ceiling 34.5 (mean 17.3) from epoch 7 on.
    const inner = sgd({ learningRate: 0.1 });
    const poison: Optimizer = {
      name: "poison", learningRate: 0.1, iterations: 0, setEpoch: () => undefined, getConfig: () => ({}), reset: () => undefined,
      step(params) {
        inner.step(params);
        if (inner.iterations >= 6) params[3]!.value.data[0] = -50;
      },
    };
    const x = new RandomState(8).randn(10, 2);
    const model = sequential([2, 3, 1], { activations: ["tanh", "sigmoid"], seed: 4 });
    const kept: Matrix[][] = [];
    const { message, history } = divergence(() => model.fit(x, Int32Array.from([0, 1, 1, 0, 1, 0, 0, 1, 1, 0]), {
      optimizer: poison, epochs: 50, callbacks: { onEpochEnd: () => void kept.push(model.params().map((p) => p.value.clone())) },
    }));
    // Epochs 1–6 calm (epoch 6's loss was measured before its poisoning step); 7, 8, 9 at the ceiling.
    expect(history.loss.slice(0, 6).every((l) => l < 1)).toBe(true);
    expect(history.loss.slice(6).every((l) => l > 17)).toBe(true);
    expect(message).toMatch(/^fit: training diverged at epoch 9: the loss stayed near its ceiling for 3 epochs \(17\.\d\d, ceiling 34\.54\)\. .* Kept the weights of epoch 5, the last healthy one\.$/);
    expect(history.divergence).toMatchObject({ rule: "lossCeiling", epoch: 9, healthyEpoch: 5 });
    // Epoch 5's weights, not epoch 6's: those already had the bias at −50 (finite, calm by their own epoch's loss).
    model.params().forEach((p, i) => expect(p.value.equals((kept[4] as Matrix[])[i] as Matrix)).toBe(true));
    expect(kept[5]?.[3]?.data[0]).toBe(-50);
    expect(model.params()[3]?.value.data[0]).not.toBe(-50);
  });

  it("with the rules on, a NaN loss also puts back the last healthy epoch's weights and names the likely cause", () => {
    const model = sequential([3, 8, 1], { activations: ["linear", "linear"], seed: 0 });
    const initial = model.params().map((p) => p.value.clone());
    // A rate so large that the first step makes the weights ~1e300: the second batch's loss overflows, mid-epoch.
    const { message, history } = divergence(() => model.fit(xs, ys, { loss: "mse", optimizer: sgd({ learningRate: 1e300 }), epochs: 5, batchSize: 4, shuffle: false }));
    expect(message).toMatch(/^fit: (loss|a weight) became (NaN|Infinity|-Infinity) at epoch 1\. Likely cause: the learning rate is too large \(1e\+300 with sgd\); try 0\.1 or smaller\. Kept the initial weights\.$/);
    expect(history.divergence).toMatchObject({ rule: "nonFinite", healthyEpoch: 0 });
    model.params().forEach((p, i) => expect(p.value.equals(initial[i] as Matrix)).toBe(true));
  });

  it("divergence: false lets the same run go on until the loss is NaN or Infinity", () => {
    const model = sequential([3, 8, 1], { activations: ["linear", "linear"], seed: 0 });
    const { message } = divergence(() => model.fit(xs, ys, { loss: "mse", optimizer: sgd({ learningRate: 10 }), epochs: 500, divergence: false }));
    expect(message).toMatch(/^fit: loss became (NaN|Infinity) at epoch \d+\./);
  });

  it("an L2 strength with lr·l2 = 3: the weights flip sign and triple each step, and the message blames L2", () => {
    const r = new RandomState(3);
    const model = new Sequential([new Dense(3, 4, { activation: "tanh", rng: r, regularizer: l2(30) }), new Dense(4, 1, { activation: "linear", rng: r })], { seed: 1 });
    const { message } = divergence(() => model.fit(xs, ys, { loss: "mse", optimizer: sgd({ learningRate: 0.1 }), epochs: 100 }));
    expect(message).toMatch(/: the weights' norm grew .* Likely cause: the L2 regularization is too strong for the learning rate \(l2 30 with learning rate 0\.1: lr·l2 = 3 ≥ 1/);
  });

  it("unscaled inputs (values up to 1e4) into a sigmoid: the loss sits near the clip ceiling, and the message says to standardize", () => {
    const big = new RandomState(4).randn(40, 2);
    for (let k = 0; k < big.data.length; k++) big.data[k] = (big.data[k] as number) * 1e4;
    const labels = Int32Array.from(new RandomState(5).randint(0, 2, 40));
    const model = sequential([2, 4, 1], { activations: ["linear", "sigmoid"], seed: 0 });
    const { message, history } = divergence(() => model.fit(big, labels, { optimizer: sgd({ learningRate: 1e-9 }), epochs: 200 }));
    expect(message).toMatch(/^fit: training diverged at epoch 3: the loss stayed near its ceiling for 3 epochs \([\d.]+, ceiling 34\.54\)\. Likely cause: the inputs are unscaled \(values up to [\d.e+]+\); standardize them first \(StandardScaler from @backprop\/data\)\. Kept the initial weights\.$/);
    expect(history.loss.every((l) => Number.isFinite(l) && l >= 0.25 * CROSS_ENTROPY_CEILING)).toBe(true);
  });

  it("healthy runs are left alone: Iris-sized softmax training and a zero-started logistic regression", () => {
    const r = new RandomState(7);
    const x = r.randn(60, 4);
    const y = Int32Array.from({ length: 60 }, (_, i) => i % 3);
    const h: History = sequential([4, 8, 3], { activations: ["relu", "softmax"], seed: 2 }).fit(x, y, { optimizer: sgd({ learningRate: 0.1 }), epochs: 300, batchSize: 16, metrics: ["accuracy"] });
    expect(h.stopReason).toBe("completed");
    // Separable data: logistic regression's weights grow without bound, but slowly (log t).
    const sep = Int32Array.from({ length: 60 }, (_, i) => ((x.data[4 * i] as number) > 0 ? 1 : 0));
    const logistic = new Sequential([new Dense(4, 1, { activation: "sigmoid", weights: new Matrix(4, 1), bias: new Matrix(1, 1) })]);
    expect(logistic.fit(x, sep, { optimizer: sgd({ learningRate: 1 }), epochs: 3000 }).stopReason).toBe("completed");
  });
});
