import type { Matrix } from "@backprop/linalg";
import { TrainingSession, type Sequential } from "@backprop/network";
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
  /** `--class-weight`: `"balanced"` or a weight per class code (`{ "0": 1, "2": 5 }`). */
  classWeight?: "balanced" | Record<string, number>;
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
  // A regression's "accuracy" would count rounded values: the watch then needs only the loss and the weights.
  const metrics = [...new Set([...(hooks.watch && model.task !== "regression" ? ["accuracy"] : []), ...(plan.metrics ?? [])])];
  const trainRows = set.x.rows - Math.floor(set.x.rows * (plan.validationSplit ?? 0));
  // The loss, optimizer and metrics are the model's own (compiled by its spec); fit adds the rest.
  const session = new TrainingSession(model, set.x, set.targets, {
    epochs: plan.epochs,
    shuffle: plan.shuffle,
    ...(metrics.length ? { metrics } : {}),
    ...(hooks.classWeight ? { classWeight: hooks.classWeight } : {}),
    ...(plan.batchSize === undefined ? {} : { batchSize: Math.min(plan.batchSize, trainRows) }),
    ...(plan.validationSplit === undefined ? {} : { validationSplit: plan.validationSplit }),
    ...(plan.earlyStoppingPatience === undefined ? {} : { earlyStopping: { patience: plan.earlyStoppingPatience, restoreBest: true } }),
    // The CLI's own watch keeps the best healthy epoch and words the cause in flags: the library's
    // finite rules (the same thresholds) stand aside for it.
    ...(hooks.watch ? { divergence: false } : {}),
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
    batchesPerEpoch: Math.ceil(trainRows / Math.min(plan.batchSize ?? trainRows, trainRows)),
    ...(history.stopReason === "earlyStopping" && history.bestEpoch !== undefined ? { bestEpoch: history.bestEpoch } : {}),
    ...(history.valLoss ? { valLoss: [...history.valLoss] } : {}),
    ...(plan.metrics?.length ? asked(plan.metrics, history) : {}),
  };
  return { model, run };
}

/** The per-epoch values of the metrics a plan asked for (accuracy is kept apart in the history). */
function asked(names: readonly string[], h: TrainingSession["history"]): Pick<TrainingRun, "metrics" | "valMetrics"> {
  const pick = (acc: number[] | undefined, rest: Record<string, number[]> | undefined): Record<string, number[]> =>
    Object.fromEntries(names.flatMap((m) => {
      const values = m === "accuracy" ? acc : rest?.[m];
      return values ? [[m, [...values]]] : [];
    }));
  return { metrics: pick(h.accuracy, h.metrics), ...(h.valLoss ? { valMetrics: pick(h.valAccuracy, h.valMetrics) } : {}) };
}

/** The network's output for `x`, as a matrix of its own (not a reused buffer). */
export function predict(model: Sequential, x: Matrix): Matrix {
  return model.predict(x).clone();
}
