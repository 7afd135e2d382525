import { describe, expect, it } from "vitest";
import { RandomState, type Matrix } from "@backprop/linalg";
import { sequential } from "./sequential-factory.js";
import type { Sequential } from "./sequential.js";
import type { FitOptions } from "./types.js";

const rng = new RandomState(10);
const x = rng.randn(12, 2);
const labels = Int32Array.from({ length: 12 }, (_, i) => i % 3);
const model = (): Sequential => sequential([2, 6, 3], { activations: ["tanh", "softmax"], seed: 3 });

/**
 * Keras 3's EarlyStopping restores `best_weights` in `on_train_end`, which a stop inside an epoch
 * also reaches. minDelta 10 makes epoch 0 the best for good; training is stopped during epoch 1,
 * after that epoch's first batch, so the weights then differ from epoch 0's.
 */
describe("earlyStopping.restoreBest when training ends inside an epoch", () => {
  const options: FitOptions = {
    epochs: 5, batchSize: 4, learningRate: 0.5, validationData: [x, labels],
    earlyStopping: { patience: 3, minDelta: 10, restoreBest: true },
  };

  /** Runs `stop` after epoch 1's first batch; returns epoch 0's weights, the weights at the stop, and the history. */
  function run(stop: (session: ReturnType<Sequential["trainer"]>, controller: AbortController) => void): { best: Matrix[]; atStop: Matrix[]; m: Sequential; history: ReturnType<Sequential["fit"]> } {
    const m = model();
    const controller = new AbortController();
    let best: Matrix[] = [];
    const session = m.trainer(x, labels, { ...options, signal: controller.signal, callbacks: { onEpochEnd: (logs) => void (logs.epoch === 0 && (best = m.params().map((p) => p.value.clone()))) } });
    session.runEpoch();
    session.runBatch();
    const atStop = m.params().map((p) => p.value.clone());
    stop(session, controller);
    while (!session.done) session.runBatch();
    return { best, atStop, m, history: session.history };
  }

  it.each([
    ["stop()", (s: ReturnType<Sequential["trainer"]>) => s.stop(), "stopped"],
    ["an aborted signal", (_: unknown, c: AbortController) => c.abort(), "aborted"],
  ] as const)("%s puts back the best epoch's weights, so they agree with bestEpoch", (_, stop, reason) => {
    const { best, atStop, m, history } = run(stop);
    expect([history.stopReason, history.bestEpoch, history.epochs]).toEqual([reason, 0, 1]);
    expect(atStop.every((w, i) => w.equals(best[i] as Matrix))).toBe(false);
    expect(m.params().every((p, i) => p.value.equals(best[i] as Matrix))).toBe(true);
  });

  it("onBatchEnd returning false mid-epoch does the same", () => {
    const m = model();
    let best: Matrix[] = [];
    const history = m.fit(x, labels, {
      ...options,
      callbacks: {
        onEpochEnd: (logs) => void (logs.epoch === 0 && (best = m.params().map((p) => p.value.clone()))),
        onBatchEnd: (logs) => !(logs.epoch === 1 && logs.batch === 0),
      },
    });
    expect([history.stopReason, history.bestEpoch, history.epochs]).toEqual(["stopped", 0, 1]);
    expect(m.evaluate(x, labels).loss).toBe(history.valLoss?.[0]);
    expect(m.params().every((p, i) => p.value.equals(best[i] as Matrix))).toBe(true);
  });

  it("without restoreBest the weights stay where the stop left them", () => {
    const m = model();
    const history = m.fit(x, labels, { ...options, earlyStopping: { patience: 3, minDelta: 10 }, callbacks: { onBatchEnd: (logs) => !(logs.epoch === 1 && logs.batch === 0) } });
    expect(history.bestEpoch).toBe(0);
    expect(m.evaluate(x, labels).loss).not.toBe(history.valLoss?.[0]);
  });
});
