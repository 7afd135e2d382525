import type { Param } from "@backprop/linalg";
import type { Sequential } from "./sequential.js";
import { BatchBuffers, takeRows, takeWeights } from "./batches.js";
import { EarlyStopping } from "./early-stopping.js";
import { setupFit, type FitSetup } from "./fit-setup.js";
import { scoreOn } from "./evaluation.js";
import { checkMetricsForTask, checkRocAucDefined, metricValue } from "./metric-values.js";
import { countCorrect } from "./metrics.js";
import { countOptimizerEpoch } from "./optimizer-epochs.js";
import { DivergenceGuard } from "./divergence-guard.js";
import { show } from "./fit-options.js";
import type { Matrix } from "@backprop/linalg";
import type { BatchLogs, DivergenceReport, EpochLogs, FitOptions, History, Inputs, StopReason, Targets } from "./types.js";

/**
 * Training one batch or one epoch at a time, so a UI or a progress bar can interleave it and stop
 * it. `fit` is `while (!session.done) session.runEpoch()`. Each batch: gather rows → forward
 * (training mode) → loss (+ regularization) → backward → optimizer step. An epoch's loss is the
 * mean of its batch losses (for one full batch, the cost before that epoch's update, as seeds 000
 * and 002 record it; for mini-batches, seed 001's average).
 */
export class TrainingSession {
  readonly history: History;
  private readonly setup: FitSetup;
  private readonly params: Param[];
  private readonly buffers: BatchBuffers;
  /** The finiteness scan of every step, the finite rules after each epoch, the weights a divergence puts back. */
  private readonly guard: DivergenceGuard;
  private readonly early: EarlyStopping | undefined;
  private readonly trackAccuracy: boolean;
  private readonly multiLabel: boolean;
  private readonly otherMetrics: string[];
  private epoch = 0;
  private batch = 0;
  /** Rows of this epoch's order already trained on (batches may differ in size after {@link setBatchSize}). */
  private position = 0;
  /** This epoch's row order (`null` when not shuffling), refilled in place each epoch. */
  private order: Int32Array | null = null;
  private lossSum = 0;
  private correct = 0;
  /** Reused for every batch so that a step allocates nothing; copy it to keep it. */
  private readonly batchLogs: BatchLogs = { epoch: 0, batch: 0, size: 0, loss: 0 };
  /** The batch loss, kept in a float64 slot: see {@link measureLoss}. */
  private readonly lossSlot = new Float64Array(1);

  constructor(private readonly model: Sequential, x: Inputs, y: Targets, private readonly options: FitOptions = {}) {
    refuseClassifierMetrics(model, options);
    this.setup = setupFit(model, x, y, options);
    checkRocAucDefined("fit", this.setup.metrics, this.setup.y, this.setup.task, "training rows");
    if (this.setup.validation !== undefined) checkRocAucDefined("fit", this.setup.metrics, this.setup.validation[1], this.setup.task, "validation rows");
    this.params = model.params();
    this.buffers = new BatchBuffers(this.setup.x.cols, this.setup.y.cols);
    // A regression model's "accuracy" was refused above, so its presence means a classifier.
    this.trackAccuracy = this.setup.metrics.includes("accuracy");
    this.multiLabel = this.setup.task === "multiLabel";
    this.otherMetrics = this.setup.metrics.filter((m) => m !== "accuracy");
    this.history = { loss: [], epochs: 0, stopReason: "completed" };
    const hasValidation = this.setup.validation !== undefined;
    if (hasValidation) this.history.valLoss = [];
    if (this.trackAccuracy) {
      this.history.accuracy = [];
      if (hasValidation) this.history.valAccuracy = [];
    }
    if (this.otherMetrics.length > 0) {
      this.history.metrics = Object.fromEntries(this.otherMetrics.map((m) => [m, []]));
      if (hasValidation) this.history.valMetrics = Object.fromEntries(this.otherMetrics.map((m) => [m, []]));
    }
    // The model remembers how it was trained: evaluate scores with this loss, and the next fit
    // (and the model file) continues with this optimizer and its state.
    model.loss = this.setup.loss;
    model.optimizer = this.setup.optimizer;
    if (options.earlyStopping !== undefined) {
      this.early = new EarlyStopping(options.earlyStopping, this.setup.validation !== undefined, this.trackAccuracy, model.layers);
    }
    for (const layer of model.layers) layer.setRandomState?.(this.setup.rng);
    this.guard = new DivergenceGuard(model.layers, this.setup, options.divergence !== false);
  }

  /** True once training has ended (all epochs run, or stopped for a reason in `history.stopReason`). */
  done = false;

  /** The 0-based epoch the next batch belongs to. */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** Rows per batch from the next batch on (the last batch of an epoch may be smaller). */
  get batchSize(): number {
    return this.setup.batchSize;
  }

  /**
   * Changes the batch size from the next batch on, as a UI changes it mid-run: the next batch takes
   * the next `size` rows of the current epoch's order, so no row is skipped or repeated. The
   * optimizer's state, the generator and the epoch count go on. Whether rows are shuffled was
   * decided when the session started (`shuffle`, by default: batches smaller than the data).
   * @throws RangeError unless `size` is an integer ≥ 1.
   * @example
   * const session = new TrainingSession(model, x, y, { epochs: 10, batchSize: 10 });
   * session.runEpoch();
   * session.setBatchSize(5); // epoch 2 on: batches of 5
   */
  setBatchSize(size: number): void {
    if (typeof size !== "number" || !Number.isInteger(size) || size < 1) {
      throw new RangeError(`TrainingSession.setBatchSize: size must be an integer ≥ 1. Received: size=${String(size)}.`);
    }
    this.setup.batchSize = size;
  }

  /**
   * Changes the optimizer's learning rate from the next batch on, keeping its state (Adam's
   * moments, momentum's velocity, the step count) — see the optimizer's `setLearningRate`.
   * @throws TypeError when the optimizer has no `setLearningRate` (every built-in one has);
   * RangeError unless `rate` is a finite number > 0.
   * @example
   * session.setLearningRate(0.003);
   * model.optimizer?.learningRate; // 0.003
   */
  setLearningRate(rate: number): void {
    const { optimizer } = this.setup;
    // Checked here too, so that the message names the method the caller called, not the optimizer's.
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0) {
      throw new RangeError(`TrainingSession.setLearningRate: rate must be a finite number > 0. Received: rate=${show(rate)}.`);
    }
    if (typeof optimizer.setLearningRate !== "function") {
      throw new TypeError(`TrainingSession.setLearningRate: the optimizer cannot change its rate. Received: optimizer "${optimizer.name}" without setLearningRate.`);
    }
    optimizer.setLearningRate(rate);
  }

  /** Stops training after the current batch; `history.stopReason` becomes `"stopped"`. */
  stop(): void {
    if (!this.done) this.finish("stopped");
  }

  /**
   * Runs one mini-batch (the whole epoch for full-batch training); `undefined` once done. The
   * returned logs object is reused by the next call (and passed to `onBatchEnd`): copy it to keep it.
   */
  runBatch(): BatchLogs | undefined {
    if (this.done) return undefined;
    if (this.options.signal?.aborted === true) {
      this.finish("aborted");
      return undefined;
    }
    const { x, y, loss, optimizer, batchSize } = this.setup;
    if (this.batch === 0) this.startEpoch();
    const start = this.position;
    const size = Math.min(batchSize, x.rows - start);
    const buf = this.buffers.get(size);
    const xb = takeRows(x, this.order, start, buf.x);
    const yb = takeRows(y, this.order, start, buf.y);
    const weights = this.setup.weights;
    const wb = weights === undefined ? undefined : takeWeights(weights, this.order, start, buf.w);
    const pred = this.model.forward(xb, true);
    this.measureLoss(pred, yb, wb);
    const value = this.lossSlot[0] as number;
    if (!Number.isFinite(value)) {
      this.diverge("loss", value);
      return undefined;
    }
    // A finite loss can still come from non-finite weights (an infinite bias into a sigmoid).
    if (!this.guard.stepIsFinite()) {
      this.divergeOnWeights();
      return undefined;
    }
    if (this.trackAccuracy) this.correct += countCorrect(pred, yb, this.multiLabel);
    this.model.backwardFrom(pred, yb, loss, wb);
    optimizer.step(this.params);
    this.lossSum += value;
    const logs = this.batchLogs;
    logs.epoch = this.epoch;
    logs.batch = this.batch;
    logs.size = size;
    logs.loss = value;
    this.batch++;
    this.position += size;
    const stopped = this.options.callbacks?.onBatchEnd?.(logs) === false;
    if (start + size >= x.rows) this.endEpoch();
    if (stopped) this.stop();
    return logs;
  }

  /** Runs the rest of the current epoch; returns its logs, or `undefined` when training ended first. */
  runEpoch(): EpochLogs | undefined {
    const epoch = this.epoch;
    while (!this.done && this.epoch === epoch) this.runBatch();
    return this.history.epochs > epoch ? this.logsOf(epoch) : undefined;
  }

  /**
   * Writes the batch's loss plus the regularization penalty into `lossSlot`. A small method of its
   * own, storing rather than returning, so V8 inlines the loss into it and the float never has to
   * be boxed into a heap number on its way back to `runBatch` (one allocation per step otherwise).
   */
  private measureLoss(pred: Matrix, target: Matrix, weights: Float64Array | undefined): void {
    this.lossSlot[0] = this.setup.loss.forward(pred, target, weights) + this.model.regularizationLoss();
  }

  private startEpoch(): void {
    this.setup.optimizer.setEpoch(this.setup.epochOffset + this.epoch);
    if (this.setup.shuffle) this.order = this.setup.rng.permutation(this.setup.x.rows, this.order ?? undefined);
    this.lossSum = 0;
    this.correct = 0;
  }

  private endEpoch(): void {
    const { x, validation } = this.setup;
    // The epoch's last step may have made a weight non-finite; no later batch would notice.
    if (this.divergeOnWeights()) return;
    const batches = this.batch;
    this.history.loss.push(this.lossSum / batches);
    this.history.accuracy?.push(this.correct / (this.multiLabel ? this.setup.y.size : x.rows));
    if (this.otherMetrics.length > 0) this.recordMetrics(this.history.metrics, x, this.setup.y);
    if (validation !== undefined) {
      const result = scoreOn(this.model, validation[0], validation[1], this.setup.loss, this.setup.task, [], this.setup.validationWeights);
      this.history.valLoss?.push(result.loss);
      this.history.valAccuracy?.push(result.accuracy as number);
      if (this.otherMetrics.length > 0) this.recordMetrics(this.history.valMetrics, validation[0], validation[1]);
    }
    this.history.epochs = ++this.epoch;
    this.model.epochsTrained++;
    countOptimizerEpoch(this.model);
    this.batch = 0;
    this.position = 0;
    const diverged = this.guard.afterEpoch(this.history, this.epoch);
    if (diverged !== undefined) {
      this.divergeWith(diverged);
      return;
    }
    const logs = this.logsOf(this.epoch - 1);
    const stopEarly = this.early?.update(logs) ?? false;
    const stopByCallback = this.options.callbacks?.onEpochEnd?.(logs) === false;
    if (stopEarly) this.finish("earlyStopping");
    else if (stopByCallback) this.finish("stopped");
    else if (this.epoch >= this.setup.epochs) this.finish("completed");
  }

  /** Scores the model on `(x, y)` after the epoch (inference mode) for every metric besides accuracy. */
  private recordMetrics(into: Record<string, number[]> | undefined, x: Matrix, y: Matrix): void {
    const pred = this.model.forward(x, false);
    for (const name of this.otherMetrics) into?.[name]?.push(metricValue(name, pred, y, this.setup.task));
  }

  private logsOf(epoch: number): EpochLogs {
    const h = this.history;
    const logs: EpochLogs = { epoch, loss: h.loss[epoch] as number };
    if (h.valLoss !== undefined) logs.valLoss = h.valLoss[epoch] as number;
    if (h.accuracy !== undefined) logs.accuracy = h.accuracy[epoch] as number;
    if (h.valAccuracy !== undefined) logs.valAccuracy = h.valAccuracy[epoch] as number;
    return logs;
  }

  /** Ends training with `stopReason: "diverged"` on a NaN/±Infinity `what` (see {@link DivergenceGuard}). */
  private diverge(what: string, value: number): void {
    this.divergeWith(this.guard.nonFinite(`${what} became ${String(value)}`, this.epoch + 1));
  }

  private divergeWith(report: DivergenceReport): void {
    this.history.divergence = report;
    this.history.message = DivergenceGuard.message(report);
    this.finish("diverged");
  }

  /** Diverges when a weight or running statistic is NaN/±Infinity; returns whether it did. */
  private divergeOnWeights(): boolean {
    const bad = this.guard.firstNonFinite();
    if (bad === undefined) return false;
    this.diverge(bad.kind === "weight" ? "a weight" : "a running statistic", bad.value);
    return true;
  }

  private finish(reason: StopReason): void {
    this.done = true;
    this.history.stopReason = reason;
    if (reason !== "diverged" && this.early !== undefined) {
      // A stop inside an epoch leaves `batch` > 0 (endEpoch resets it).
      const best = this.early.finish(this.batch > 0);
      if (best !== undefined) this.history.bestEpoch = best;
    }
  }
}

/**
 * `fit`'s metrics (given, else compiled) checked against the model's task before `setupFit`,
 * which may already draw the validation split from the model's generator: a classifier's metric
 * on a regression model then changes nothing. Malformed options are left to `setupFit`'s checks.
 */
function refuseClassifierMetrics(model: Sequential, options: FitOptions): void {
  if (typeof options !== "object" || options === null) return;
  const metrics: unknown = options.metrics ?? model.metrics;
  if (Array.isArray(metrics)) checkMetricsForTask("fit", metrics.filter((m): m is string => typeof m === "string"), model.task);
}
