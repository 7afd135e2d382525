import type { LossPoint } from "../worker/protocol.js";

/** How many epochs back the loss rules look (the plateau rule's window). */
export const HISTORY_EPOCHS = 200;

/**
 * What the advice rules remember of a run, in bounded memory: the last `HISTORY_EPOCHS + 1`
 * training and test losses (oldest first), the lowest test loss so far with its epoch and the
 * training loss then, and the lowest training loss so far.
 */
export class RunHistory {
  readonly train: number[] = [];
  readonly test: number[] = [];
  epoch = 0;
  bestTest = { loss: Number.POSITIVE_INFINITY, epoch: 0, train: Number.NaN };
  bestTrain = Number.POSITIVE_INFINITY;

  constructor(first?: LossPoint) {
    if (first) this.push(first);
  }

  push({ epoch, train, test }: LossPoint): void {
    this.epoch = epoch;
    this.train.push(train);
    this.test.push(test);
    if (this.train.length > HISTORY_EPOCHS + 1) {
      this.train.shift();
      this.test.shift();
    }
    if (test < this.bestTest.loss) this.bestTest = { loss: test, epoch, train };
    if (train < this.bestTrain) this.bestTrain = train;
  }

  /** Mean of the last `n` values of `series` (all there are when fewer). */
  static recentMean(series: readonly number[], n: number): number {
    const tail = series.slice(-n);
    return tail.reduce((a, b) => a + b, 0) / tail.length;
  }
}
