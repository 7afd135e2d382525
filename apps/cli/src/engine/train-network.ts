import type { Matrix } from "@backprop/linalg";
import { TrainingSession, type Sequential } from "@backprop/network";
import { getOptimizer } from "@backprop/optimizers";
import { UsageError } from "../errors.js";
import { yieldToEventLoop } from "../io/interrupt.js";
import { buildModel } from "./build-model.js";
import type { TrainingPlan, TrainingRun, TrainingSet } from "./types.js";
import { DivergenceWatch, type Divergence } from "./divergence.js";

/** Hooks of {@link trainNetwork}. */
export interface TrainHooks {
  /** Aborting stops training after the current batch; the model keeps the weights it has. */
  signal?: AbortSignal;
  /** Called after each epoch (0-based) with its loss and the time since training started. */
  onEpoch?: (epoch: number, loss: number, elapsedMs: number) => void;
  /**
   * Watch for divergence that stays finite (see {@link DivergenceWatch}): on divergence training
   * stops, the best healthy epoch's weights are put back and `run.divergence` says what was seen.
   * Without it a NaN/Infinity loss throws, as the library reports it.
   */
  watch?: { lossCeiling: number | undefined; chance: number };
}

const YIELD_EVERY_MS = 25;

/**
 * Builds the plan's network and trains it batch by batch through a `TrainingSession`, yielding
 * to the event loop every few milliseconds so that Ctrl-C (the abort signal) is seen after the
 * current batch, even in the middle of a long epoch.
 * @throws UsageError when the loss becomes NaN or infinite and no `watch` is given (the message
 *   suggests a smaller learning rate); the libraries' RangeError/TypeError for bad settings.
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
    // The CLI's own watch keeps the best healthy epoch and words the cause in flags: the library's
    // finite rules (the same thresholds) stand aside for it.
    ...(hooks.watch ? { metrics: ["accuracy"] as const, divergence: false } : {}),
    ...(plan.batchSize === undefined ? {} : { batchSize: Math.min(plan.batchSize, set.x.rows) }),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  });
  const watch = hooks.watch && new DivergenceWatch(model.params(), { ...hooks.watch, rows: set.x.rows });
  const { history } = session;
  const started = performance.now();
  let lastYield = started;
  let divergence: Divergence | undefined;
  let batchesDone = 0;
  while (!session.done) {
    const epoch = history.epochs;
    const logs = session.runBatch();
    batchesDone = logs ? logs.batch + 1 : batchesDone;
    const now = performance.now();
    if (history.epochs > epoch) {
      batchesDone = 0;
      const loss = history.loss[epoch] as number;
      hooks.onEpoch?.(epoch, loss, now - started);
      divergence = watch?.afterEpoch(epoch, { loss, ...(history.accuracy ? { accuracy: history.accuracy[epoch] as number } : {}) });
      if (divergence) session.stop();
    }
    if (now - lastYield > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  if (history.stopReason === "diverged") {
    if (!watch) throw new UsageError(history.message ?? "training diverged.");
    const what = /: (.* became \S+) at epoch/.exec(history.message ?? "")?.[1] ?? "the loss became non-finite";
    divergence = watch.nonFinite(history.epochs + 1, what);
  }
  if (divergence) watch?.restoreHealthy();
  const run: TrainingRun = {
    loss: [...history.loss],
    epochsRun: history.epochs,
    interrupted: history.stopReason === "aborted",
    seconds: (performance.now() - started) / 1000,
    ...(divergence ? { divergence } : {}),
    batchesIntoEpoch: batchesDone,
    batchesPerEpoch: Math.ceil(set.x.rows / Math.min(plan.batchSize ?? set.x.rows, set.x.rows)),
  };
  return { model, run };
}

/** The network's output for `x`, as a matrix of its own (not a reused buffer). */
export function predict(model: Sequential, x: Matrix): Matrix {
  return model.predict(x).clone();
}
