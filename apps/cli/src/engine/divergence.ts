import type { Param } from "@backprop/linalg";

/** `−ln(1e−15)`: the largest loss a clipped cross-entropy can give one row (34.54). */
export const CROSS_ENTROPY_CEILING = -Math.log(1e-15);
/** An epoch's mean loss this close to the ceiling means the network is confidently wrong on most rows. */
const CEILING_FRACTION = 0.25;
/** The weights' norm this many times its initial value means the steps are exploding. */
const NORM_GROWTH = 1000;
/** How many epochs in a row a loss or accuracy signal must hold (one bad epoch can be noise). */
const PATIENCE = 3;
/** Accuracy signals need this many rows: on a 4-row truth table one row moves accuracy by 25 %. */
const MIN_ROWS_FOR_ACCURACY = 20;

/** Why training was judged diverged, and the healthy state kept for the user. */
export interface Divergence {
  /** 1-based epoch at which divergence was detected. */
  epoch: number;
  /** What was seen: `loss 23.7 stayed near the ceiling 34.5`, `weights' norm grew 1.2e+6×`, `loss became NaN`. */
  symptom: string;
  /** The last healthy epoch kept (0: the initial weights), and its loss (`null` for epoch 0). */
  healthyEpoch: number;
  healthyLoss: number | null;
}

/** What an epoch looked like: its mean loss and (when tracked) training accuracy. */
export interface EpochSignal {
  loss: number;
  accuracy?: number;
}

function norm(params: readonly Param[]): number {
  let sum = 0;
  for (const p of params) for (const v of p.value.data) sum += v * v;
  return Math.sqrt(sum);
}

/**
 * Watches a run epoch by epoch for divergence that stays finite (the library stops on NaN and
 * Infinity itself) and keeps a copy of the parameters of the best healthy epoch. An epoch is
 * unhealthy when any of these holds:
 * - its loss is at least a quarter of the loss ceiling (`−ln 1e−15 ≈ 34.5` for the clipped
 *   cross-entropies) for {@link PATIENCE} epochs in a row;
 * - the training accuracy fell back to chance (the majority class's share + 2 points) for
 *   {@link PATIENCE} epochs in a row after having been at least halfway from chance to 100 %
 *   (only with 20 rows or more);
 * - the parameters' Euclidean norm is 1000× or more its initial value.
 */
export class DivergenceWatch {
  private readonly initialNorm: number;
  private readonly best: Float64Array[];
  private bestEpoch = 0;
  private bestLoss: number | null = null;
  private highLoss = 0;
  private atChance = 0;
  private bestAccuracy = 0;

  constructor(
    private readonly params: readonly Param[],
    private readonly options: { lossCeiling: number | undefined; chance: number; rows: number },
  ) {
    this.initialNorm = norm(params);
    this.best = params.map((p) => Float64Array.from(p.value.data));
  }

  /** Judges epoch `epoch` (0-based); returns the divergence, or `undefined` while healthy. */
  afterEpoch(epoch: number, signal: EpochSignal): Divergence | undefined {
    const symptom = this.symptom(signal);
    if (symptom !== undefined) return { epoch: epoch + 1, symptom, healthyEpoch: this.bestEpoch, healthyLoss: this.bestLoss };
    const looksHealthy = this.highLoss === 0 && this.atChance === 0;
    if (looksHealthy && (this.bestLoss === null || signal.loss <= this.bestLoss)) {
      this.params.forEach((p, i) => (this.best[i] as Float64Array).set(p.value.data));
      this.bestEpoch = epoch + 1;
      this.bestLoss = signal.loss;
    }
    return undefined;
  }

  /** The divergence for a NaN/Infinity the library caught at 1-based `epoch`. */
  nonFinite(epoch: number, what: string): Divergence {
    return { epoch, symptom: what, healthyEpoch: this.bestEpoch, healthyLoss: this.bestLoss };
  }

  /** Puts the best healthy epoch's parameters back into the model. */
  restoreHealthy(): void {
    this.params.forEach((p, i) => p.value.data.set(this.best[i] as Float64Array));
  }

  private symptom({ loss, accuracy }: EpochSignal): string | undefined {
    const { lossCeiling, chance, rows } = this.options;
    const grown = this.initialNorm > 0 ? norm(this.params) / this.initialNorm : 1;
    if (!(grown < NORM_GROWTH)) return `the weights' norm grew ${grown.toExponential(1)}× (limit ${NORM_GROWTH}×)`;
    if (lossCeiling !== undefined) {
      this.highLoss = loss >= CEILING_FRACTION * lossCeiling ? this.highLoss + 1 : 0;
      if (this.highLoss >= PATIENCE) {
        return `the loss stayed near its ceiling for ${PATIENCE} epochs (${loss.toFixed(2)}, ceiling ${lossCeiling.toFixed(2)})`;
      }
    }
    if (accuracy !== undefined && rows >= MIN_ROWS_FOR_ACCURACY) {
      this.bestAccuracy = Math.max(this.bestAccuracy, accuracy);
      const wasLearning = this.bestAccuracy >= chance + (1 - chance) / 2;
      this.atChance = wasLearning && accuracy <= chance + 0.02 ? this.atChance + 1 : 0;
      if (this.atChance >= PATIENCE) {
        const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
        return `the training accuracy fell back to chance (${pct(accuracy)}, chance ${pct(chance)}) after reaching ${pct(this.bestAccuracy)}`;
      }
    }
    return undefined;
  }
}
