import type { Layer } from "@backprop/layers";
import { WeightSnapshot } from "./snapshot.js";
import type { EarlyStoppingOptions, EpochLogs } from "./types.js";

/**
 * Watches one value per epoch. An epoch improves when the value beats the best by more than
 * `minDelta` (lower for losses, higher for accuracies); training stops once `patience` epochs in a
 * row have not improved (0 and 1 both stop at the first, as Keras). With `restoreBest`, the best epoch's weights
 * (and BatchNorm running statistics, as Keras keeps its moving averages with the weights) are put back when training ends, also when it is stopped or aborted inside an epoch.
 */
export class EarlyStopping {
  private readonly monitor: NonNullable<EarlyStoppingOptions["monitor"]>;
  private readonly patience: number;
  private readonly minDelta: number;
  private readonly best: WeightSnapshot | undefined;
  private bestValue = Number.NaN;
  private bestEpoch: number | undefined;
  private lastEpoch = -1;
  private wait = 0;

  constructor(options: EarlyStoppingOptions, hasValidation: boolean, hasAccuracy: boolean, layers: readonly Layer[]) {
    this.monitor = options.monitor ?? (hasValidation ? "valLoss" : "loss");
    this.patience = options.patience ?? 0;
    this.minDelta = options.minDelta ?? 0;
    if (!Number.isInteger(this.patience) || this.patience < 0) {
      throw new RangeError(`fit: earlyStopping.patience must be an integer ≥ 0. Received: patience=${String(options.patience)}.`);
    }
    if (!(this.minDelta >= 0) || !Number.isFinite(this.minDelta)) {
      throw new RangeError(`fit: earlyStopping.minDelta must be a finite number ≥ 0. Received: minDelta=${String(options.minDelta)}.`);
    }
    const needsValidation = this.monitor.startsWith("val");
    const needsAccuracy = this.monitor.endsWith("ccuracy");
    if ((needsValidation && !hasValidation) || (needsAccuracy && !hasAccuracy)) {
      throw new TypeError(`fit: earlyStopping.monitor="${this.monitor}" is not recorded; add validationData/validationSplit or metrics: ["accuracy"]. Received: monitor="${this.monitor}".`);
    }
    if (options.restoreBest === true) this.best = new WeightSnapshot(layers);
  }

  /** Records an epoch; returns true when training should stop. */
  update(logs: EpochLogs): boolean {
    const value = logs[this.monitor] as number;
    const maximize = this.monitor.endsWith("ccuracy");
    this.lastEpoch = logs.epoch;
    const improved = Number.isNaN(this.bestValue) || (maximize ? value > this.bestValue + this.minDelta : value < this.bestValue - this.minDelta);
    if (improved) {
      this.bestValue = value;
      this.bestEpoch = logs.epoch;
      this.wait = 0;
      this.best?.save();
      return false;
    }
    this.wait++;
    return this.wait >= Math.max(this.patience, 1);
  }

  /**
   * Restores the best weights (when asked to) and returns the best epoch, as Keras's
   * `on_train_end`. `midEpoch`: steps ran after the last recorded epoch (a stop or abort inside an
   * epoch), so the weights differ from that epoch's even when it was the best.
   */
  finish(midEpoch: boolean): number | undefined {
    if (this.best !== undefined && this.bestEpoch !== undefined && (this.bestEpoch !== this.lastEpoch || midEpoch)) this.best.restore();
    return this.bestEpoch;
  }
}
