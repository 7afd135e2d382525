import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, l2 } from "@backprop/layers";
import { sgd, type Optimizer } from "@backprop/optimizers";
import { DivergenceError } from "./fit.js";
import { Sequential } from "./sequential.js";
import { sequential } from "./sequential-factory.js";
import type { BatchLogs } from "./types.js";

const rng = new RandomState(10);
const x = rng.randn(10, 2);
const labels = Int32Array.from([0, 1, 2, 1, 0, 2, 2, 1, 0, 1]);
const irisLike = (): Sequential => sequential([2, 6, 3], { activations: ["tanh", "softmax"], seed: 3 });

/** A linear 1-input model with zero weights: its prediction is 0, so its mse is mean(y²). */
function zeroModel(): Sequential {
  return new Sequential([new Dense(1, 1, { initializer: "zeros", useBias: false, seed: 0 })], { seed: 0 });
}

describe("fit: bad input fails early and clearly", () => {
  const m = irisLike();
  it.each([
    ["mismatched rows", () => m.fit(x, labels.slice(0, 9)), /^fit: x and y must have the same number of rows\. Received: x has 10 rows, y has 9 labels\.$/],
    ["wrong input width", () => m.fit(new Matrix(10, 3), labels), /^fit: x must have 2 columns, the first layer's input size\. Received: x\.shape=\[10,3\]\.$/],
    ["label out of range", () => m.fit(x, Int32Array.from([...labels.slice(0, 9), 3])), /^fit: class labels must be integers in \[0, 2\]\. Received: y\[9\]=3\.$/],
    ["non-one-hot targets for categorical CE", () => m.fit(x, Matrix.fill(10, 3, 0.5)), /^categoricalCrossEntropy: every target row must be one-hot/],
    ["batchSize 0", () => m.fit(x, labels, { batchSize: 0 }), /^fit: batchSize must be an integer ≥ 1\. Received: batchSize=0\.$/],
    ["epochs -1", () => m.fit(x, labels, { epochs: -1 }), /^fit: epochs must be an integer ≥ 1\. Received: epochs=-1\.$/],
    ["non-finite x", () => { const bad = x.clone(); bad.set(3, 1, Number.NaN); return m.fit(bad, labels); }, /^fit: x must hold finite numbers only\. Received: x\[3,1\]=NaN\.$/],
    ["unknown activation", () => sequential([2, 3], { activations: ["rleu" as never] }), /^getActivation: unknown activation "rleu"\. Expected one of: sigmoid, relu, leakyRelu, tanh, softmax, linear, elu, selu, gelu, geluTanh, softplus, softsign, swish, silu, hardSigmoid, mish\.$/],
    ["both validation options", () => m.fit(x, labels, { validationSplit: 0.2, validationData: [x, labels] }), /^fit: pass validationData or validationSplit, not both\./],
    ["a misspelt option", () => m.fit(x, labels, { epoch: 5 } as never), /^fit: unknown option "epoch"\. Expected one of: loss, optimizer, learningRate, epochs, batchSize, shuffle, validationData, validationSplit, seed, rng, callbacks, earlyStopping, signal, metrics, sampleWeight, classWeight, divergence\.$/],
    ["Keras's restoreBestWeights", () => m.fit(x, labels, { earlyStopping: { restoreBestWeights: true } as never }), /^fit: unknown earlyStopping option "restoreBestWeights"\. Expected one of: monitor, patience, minDelta, restoreBest\.$/],
    ["Keras's val_loss monitor", () => m.fit(x, labels, { validationSplit: 0.2, earlyStopping: { monitor: "val_loss" as never } }), /^fit: earlyStopping\.monitor must be one of: loss, valLoss, accuracy, valAccuracy\. Received: monitor="val_loss"\.$/],
    ["an unknown callback", () => m.fit(x, labels, { callbacks: { onEpochBegin: () => undefined } as never }), /^fit: unknown callback "onEpochBegin"\. Expected one of: onEpochEnd, onBatchEnd\.$/],
    ["a callback that is not a function", () => m.fit(x, labels, { callbacks: { onEpochEnd: "log" as never } }), /^fit: callbacks\.onEpochEnd must be a function\. Received: "log"\.$/],
    ["shuffle as a string", () => m.fit(x, labels, { shuffle: "false" as never }), /^fit: shuffle must be true or false\. Received: shuffle="false"\.$/],
    ["divergence as a string", () => m.fit(x, labels, { divergence: "off" as never }), /^fit: divergence must be true or false\. Received: divergence="off"\.$/],
    ["an unknown metric", () => m.fit(x, labels, { metrics: ["acc"] as never }), /^fit: unknown metric "acc"\. Expected one of: accuracy/],
  ])("%s", (_, run, message) => {
    expect(run).toThrow(message);
  });
});

describe("fit: training loop", () => {
  it("uses the last, smaller mini-batch and never carries it into the next epoch", () => {
    const batches: BatchLogs[] = [];
    const history = irisLike().fit(x, labels, { epochs: 2, batchSize: 4, learningRate: 0.1, callbacks: { onBatchEnd: (b) => void batches.push({ ...b }) } });
    expect(batches.map((b) => [b.epoch, b.batch, b.size])).toEqual([[0, 0, 4], [0, 1, 4], [0, 2, 2], [1, 0, 4], [1, 1, 4], [1, 2, 2]]);
    // The epoch's loss is the mean of its batch losses (seed 001's avg_loss).
    const mean = (e: number): number => batches.filter((b) => b.epoch === e).reduce((s, b) => s + b.loss, 0) / 3;
    expect(history.loss).toEqual([mean(0), mean(1)]);
  });

  it("records the loss with the regularization penalty, as seed 000's compute_cost_with_regularization", () => {
    // Weights [1, 2] with l2(0.5): penalty (0.5/2)·(1 + 4) = 1.25; a vanishing step keeps them there.
    const model = new Sequential([new Dense(2, 1, { activation: "linear", weights: Matrix.from([[1], [2]]), useBias: false, regularizer: l2(0.5) })], { seed: 0 });
    const history = model.fit(x, Matrix.fill(10, 1, 0), { loss: "mse", optimizer: sgd({ learningRate: 1e-300 }) });
    let squares = 0;
    for (let i = 0; i < 10; i++) squares += (x.get(i, 0) + 2 * x.get(i, 1)) ** 2;
    expect(history.loss[0]).toBeCloseTo(squares / 10 + 1.25, 14);
  });

  it("accepts class labels as one-hot rows: same run as the one-hot matrix", () => {
    const oneHot = Matrix.fromArray(Array.from(labels).flatMap((l) => [0, 1, 2].map((c) => (c === l ? 1 : 0))), 10, 3);
    const a = irisLike().fit(x, labels, { epochs: 5, batchSize: 3, learningRate: 0.1 });
    const b = irisLike().fit(x, oneHot, { epochs: 5, batchSize: 3, learningRate: 0.1 });
    expect(a.loss).toEqual(b.loss);
  });

  it("is deterministic for a seed, and a step-wise session equals fit", () => {
    const options = { epochs: 4, batchSize: 3, learningRate: 0.1, seed: 5, metrics: ["accuracy"] as const };
    const history = irisLike().fit(x, labels, options);
    const session = irisLike().trainer(x, labels, options);
    const epochs = [];
    while (!session.done) epochs.push(session.runEpoch());
    expect(session.history).toEqual(history);
    expect(epochs.map((e) => e?.loss)).toEqual(history.loss);
    expect(history.accuracy?.length).toBe(4);
  });

  it("a session runs one batch at a time and stops on request", () => {
    const session = irisLike().trainer(x, labels, { epochs: 10, batchSize: 5, learningRate: 0.1 });
    expect(session.runBatch()).toMatchObject({ epoch: 0, batch: 0, size: 5 });
    expect(session.runBatch()).toMatchObject({ epoch: 0, batch: 1, size: 5 });
    expect(session.history.epochs).toBe(1);
    session.stop();
    expect([session.done, session.history.stopReason, session.runBatch()]).toEqual([true, "stopped", undefined]);
  });

  it("stops when the AbortSignal fires, or when a callback returns false", () => {
    const controller = new AbortController();
    const aborted = irisLike().fit(x, labels, { epochs: 50, signal: controller.signal, callbacks: { onEpochEnd: (e) => void (e.epoch === 2 && controller.abort()) } });
    expect([aborted.epochs, aborted.stopReason]).toEqual([3, "aborted"]);
    const stopped = irisLike().fit(x, labels, { epochs: 50, callbacks: { onEpochEnd: (e) => e.epoch < 4 } });
    expect([stopped.epochs, stopped.stopReason]).toEqual([5, "stopped"]);
  });

  it("validationSplit holds out a seeded random sample, not the tail", () => {
    const n = 20;
    const xs = Matrix.column(Array.from({ length: n }, (_, i) => i));
    const ys = Matrix.column(Array.from({ length: n }, (_, i) => i));
    // Zero weights and a vanishing step: the prediction stays 0, so valLoss = mean(y²) over the held-out rows.
    const history = zeroModel().fit(xs, ys, { validationSplit: 0.25, seed: 11, optimizer: sgd({ learningRate: 1e-300 }) });
    const held = Array.from(new RandomState(11).permutation(n).slice(0, 5));
    expect(history.valLoss?.[0]).toBe(held.reduce((s, i) => s + i * i, 0) / 5);
    expect(held.sort((a, b) => a - b)).not.toEqual([15, 16, 17, 18, 19]);
  });
});

describe("fit: divergence and early stopping", () => {
  // These runs also blow up the weights' norm before the loss overflows: `divergence: false` turns
  // the finite rules off so that the NaN/Infinity guard is what they test.
  it("stops on a non-finite loss, names the epoch and keeps the last finite weights", () => {
    const xs = new RandomState(1).randn(16, 3);
    const ys = new RandomState(2).randn(16, 1);
    const model = sequential([3, 8, 1], { activations: ["linear", "linear"], seed: 0 });
    let error: unknown;
    try {
      model.fit(xs, ys, { loss: "mse", optimizer: sgd({ learningRate: 10 }), epochs: 500, divergence: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DivergenceError);
    const { message, history } = error as DivergenceError;
    expect(message).toMatch(/^fit: loss became (NaN|Infinity) at epoch \d+\. Try a smaller learning rate \(now 10\)\.$/);
    expect(message).toContain(`at epoch ${history.epochs + 1}.`);
    expect(history.stopReason).toBe("diverged");
    // Full batch: the restored weights are those whose (finite) loss the last epoch recorded.
    expect(model.evaluate(xs, ys, { loss: "mse" }).loss).toBe(history.loss[history.epochs - 1]);
    expect(model.params().every((p) => p.value.data.every(Number.isFinite))).toBe(true);
  });

  it("stops when the last step of the run makes a weight non-finite, though every loss was finite", () => {
    // Zero weights: the first (and only) loss is mean(y²) = 2.5; the step then overflows w to Infinity.
    const model = zeroModel();
    const xs = Matrix.column([1e150, 2e150]);
    const run = (): unknown => model.fit(xs, Matrix.column([1, 2]), { loss: "mse", optimizer: sgd({ learningRate: 1e200 }), epochs: 1 });
    expect(run).toThrow(/^fit: a weight became Infinity at epoch 1\. Likely cause: the inputs are unscaled \(values up to 2\.00e\+150\); standardize them first \(StandardScaler from @backprop\/data\)\. Kept the initial weights\.$/);
    expect(Array.from(model.params()[0]!.value.data)).toEqual([0]);
    expect(() => model.toJSON()).not.toThrow();
  });

  it("stops when a weight becomes non-finite mid-epoch while the loss stays finite (a saturated sigmoid)", () => {
    // An optimizer that sets the output bias to Infinity on its first step: sigmoid(∞) is clipped to
    // 1 − 1e−15, so the next batch's cross-entropy is still finite.
    const model = sequential([2, 3, 1], { activations: ["tanh", "sigmoid"], seed: 4 });
    const inner = sgd({ learningRate: 0.1 });
    const poison: Optimizer = {
      name: "poison", learningRate: 0.1, iterations: 0, setEpoch: () => undefined, getConfig: () => ({}), reset: () => undefined,
      step(params) {
        inner.step(params);
        params[3]!.value.data[0] = Number.POSITIVE_INFINITY;
      },
    };
    const before = model.params().map((p) => p.value.clone());
    const batches: BatchLogs[] = [];
    const session = model.trainer(x, Int32Array.from([0, 1, 1, 0, 1, 0, 0, 1, 1, 0]), { optimizer: poison, batchSize: 4, epochs: 3, callbacks: { onBatchEnd: (b) => void batches.push({ ...b }) } });
    while (!session.done) session.runEpoch();
    expect([session.history.stopReason, session.history.message]).toEqual(["diverged", "fit: a weight became Infinity at epoch 1. Likely cause: the learning rate is too large (0.1 with poison); try 0.001 or smaller. Kept the initial weights."]);
    expect(session.history.divergence).toEqual({
      rule: "nonFinite", symptom: "a weight became Infinity", epoch: 1, healthyEpoch: 0,
      cause: { kind: "learningRate", learningRate: 0.1, optimizer: "poison", l2: 0, maxAbsInput: expect.any(Number) as number, suggested: 0.001 },
    });
    expect(batches.length).toBe(1);
    // Restored: the weights the first batch (whose loss was finite) started from.
    model.params().forEach((p, i) => expect(p.value.equals(before[i] as Matrix)).toBe(true));
  });

  it("keeps BatchNorm's running statistics of the last finite batch, so the model still predicts and saves", () => {
    const r = new RandomState(3);
    const xs = r.randn(32, 3);
    const ys = r.randn(32, 1);
    const bn = new BatchNorm(8);
    const model = new Sequential([new Dense(3, 8, { activation: "linear", rng: r }), bn, new Dense(8, 1, { activation: "linear", rng: r })], { seed: 1 });
    const statistics: Matrix[][] = [];
    const run = (): unknown => model.fit(xs, ys, {
      loss: "mse", optimizer: sgd({ learningRate: 50 }), epochs: 200, batchSize: 8, divergence: false,
      callbacks: { onBatchEnd: () => void statistics.push(bn.state().map((m) => m.clone())) },
    });
    expect(run).toThrow(/^fit: loss became (NaN|Infinity) at epoch \d+\. Try a smaller learning rate \(now 50\)\.$/);
    // The restored statistics are those the last finite batch's forward pass left (before its step).
    const last = statistics[statistics.length - 1] as Matrix[];
    expect(bn.state().every((m, i) => m.equals(last[i] as Matrix))).toBe(true);
    expect(bn.state().every((m) => m.data.every(Number.isFinite))).toBe(true);
    expect(model.predict(xs).data.every(Number.isFinite)).toBe(true);
    expect(Sequential.fromJSON(JSON.stringify(model.toJSON())).predict(xs).equals(model.predict(xs))).toBe(true);
  });

  it("refuses to start from non-finite weights", () => {
    const model = irisLike();
    model.params()[1]!.value.data[2] = Number.NaN;
    expect(() => model.fit(x, labels)).toThrow(/^fit: dense_1\.bias must hold finite numbers only\. Received: dense_1\.bias\[0,2\]=NaN\.$/);
  });

  it("restores the best weights when the monitored value stops improving", () => {
    const model = irisLike();
    const history = model.fit(x, labels, {
      epochs: 50,
      learningRate: 0.5,
      validationData: [x, labels],
      earlyStopping: { monitor: "valLoss", patience: 3, minDelta: 10, restoreBest: true },
    });
    // minDelta 10 means no epoch after the first counts as an improvement.
    expect([history.stopReason, history.bestEpoch, history.epochs]).toEqual(["earlyStopping", 0, 4]);
    expect(model.evaluate(x, labels).loss).toBe(history.valLoss?.[0]);
    expect(history.valLoss?.[3]).not.toBe(history.valLoss?.[0]);
  });

  it("restoreBest also puts back BatchNorm's running statistics of the best epoch", () => {
    const r = new RandomState(6);
    const bn = new BatchNorm(4);
    const model = new Sequential([new Dense(2, 4, { activation: "tanh", rng: r }), bn, new Dense(4, 3, { activation: "softmax", rng: r })], { seed: 2 });
    const perEpoch: Matrix[][] = [];
    const history = model.fit(x, labels, {
      epochs: 30, learningRate: 0.5, batchSize: 4, validationData: [x, labels],
      earlyStopping: { patience: 2, minDelta: 10, restoreBest: true },
      callbacks: { onEpochEnd: () => void perEpoch.push(bn.state().map((m) => m.clone())) },
    });
    expect([history.stopReason, history.bestEpoch]).toEqual(["earlyStopping", 0]);
    expect(perEpoch[history.epochs - 1]![0]!.equals(perEpoch[0]![0] as Matrix)).toBe(false);
    expect(bn.state().every((m, i) => m.equals(perEpoch[0]![i] as Matrix))).toBe(true);
  });

  it("rejects monitoring a value that is not recorded", () => {
    expect(() => irisLike().fit(x, labels, { earlyStopping: { monitor: "valAccuracy" } })).toThrow(/^fit: earlyStopping\.monitor="valAccuracy" is not recorded/);
  });
});
