import type { Matrix } from "@backprop/linalg";
import { TrainingSession, type Sequential } from "@backprop/network";
import { getOptimizer } from "@backprop/optimizers";
import { UsageError } from "../errors.js";
import { yieldToEventLoop } from "../io/interrupt.js";
import { buildModel } from "./build-model.js";
import type { TrainingPlan, TrainingRun, TrainingSet } from "./types.js";

/** Hooks of {@link trainNetwork}. */
export interface TrainHooks {
  /** Aborting stops training after the current batch; the model keeps the weights it has. */
  signal?: AbortSignal;
  /** Called after each epoch (0-based) with its loss and the time since training started. */
  onEpoch?: (epoch: number, loss: number, elapsedMs: number) => void;
}

const YIELD_EVERY_MS = 25;

/**
 * Builds the plan's network and trains it epoch by epoch through a `TrainingSession`, yielding
 * to the event loop every few milliseconds so that Ctrl-C (the abort signal) is seen mid-run.
 * @throws UsageError when the loss becomes NaN or infinite (the message suggests a smaller
 *   learning rate); the libraries' RangeError/TypeError for bad settings.
 */
export async function trainNetwork(
  plan: TrainingPlan,
  set: TrainingSet,
  hooks: TrainHooks = {},
): Promise<{ model: Sequential; run: TrainingRun }> {
  const model = buildModel(plan);
  const session = new TrainingSession(model, set.x, set.targets, {
    loss: plan.loss,
    optimizer: getOptimizer(plan.optimizer, { learningRate: plan.learningRate }),
    epochs: plan.epochs,
    shuffle: plan.shuffle,
    ...(plan.batchSize === undefined ? {} : { batchSize: Math.min(plan.batchSize, set.x.rows) }),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  });
  const started = performance.now();
  let lastYield = started;
  while (!session.done) {
    const logs = session.runEpoch();
    const now = performance.now();
    if (logs) hooks.onEpoch?.(logs.epoch, logs.loss, now - started);
    if (now - lastYield > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  const { history } = session;
  if (history.stopReason === "diverged") throw new UsageError(history.message ?? "training diverged.");
  const run: TrainingRun = {
    loss: [...history.loss],
    epochsRun: history.epochs,
    interrupted: history.stopReason === "aborted",
    seconds: (performance.now() - started) / 1000,
  };
  return { model, run };
}

/** The network's output for `x`, as a matrix of its own (not a reused buffer). */
export function predict(model: Sequential, x: Matrix): Matrix {
  return model.predict(x).clone();
}
