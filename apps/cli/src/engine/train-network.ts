import type { Matrix } from "@backprop/linalg";
import { TrainingSession, type Sequential } from "@backprop/network";
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
  /**
   * Return a divergence in `run.divergence` (the library's report: rule, symptom, likely cause,
   * the healthy epoch put back) for the command to word with its flags; a classifier also tracks
   * accuracy, so that the library's back-to-chance rule applies. Without it a diverged run throws
   * the library's message.
   */
  reportDivergence?: boolean;
  /** `--class-weight`: `"balanced"` or a weight per class code (`{ "0": 1, "2": 5 }`). */
  classWeight?: "balanced" | Record<string, number>;
}

const YIELD_EVERY_MS = 25;

/**
 * Builds the plan's network and trains it batch by batch through a `TrainingSession`, yielding
 * to the event loop every few milliseconds so that Ctrl-C (the abort signal) is seen after the
 * current batch, even in the middle of a long epoch.
 * @throws UsageError when training diverges and `reportDivergence` is not set (the library's
 *   message); the libraries' RangeError/TypeError for bad settings.
 */
export async function trainNetwork(
  plan: TrainingPlan,
  set: TrainingSet,
  hooks: TrainHooks = {},
): Promise<{ model: Sequential; run: TrainingRun }> {
  const model = buildModel(plan);
  // A regression's "accuracy" would count rounded values: its divergence rules need only the loss and the weights.
  const metrics = [...new Set([...(hooks.reportDivergence === true && model.task !== "regression" ? ["accuracy"] : []), ...(plan.metrics ?? [])])];
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
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  });
  const { history } = session;
  const started = performance.now();
  let lastYield = started;
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
    }
    if (now - lastYield > YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  const divergence = history.divergence;
  if (divergence !== undefined && hooks.reportDivergence !== true) throw new UsageError(history.message ?? "training diverged.");
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
