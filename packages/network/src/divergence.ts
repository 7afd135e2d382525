import type { Matrix } from "@backprop/linalg";
import type { DivergenceReport } from "./types.js";

/** `−ln(1e−15)`: the largest loss a clipped cross-entropy can give one row (34.54). */
export const CROSS_ENTROPY_CEILING = -Math.log(1e-15);

/**
 * The thresholds of {@link DivergenceWatch}, each chosen so that no seed configuration or README
 * example comes near it (the seed-parity and examples tests run with the watch on).
 */
export const DIVERGENCE_RULES = {
  /** The weights' norm this many times `max(‖W₀‖, 1)` means the steps are exploding. */
  normGrowth: 1000,
  /** An epoch's mean cross-entropy at this fraction of the ceiling (8.6) means confidently wrong on most rows. */
  ceilingFraction: 0.25,
  /** How many epochs in a row a loss or accuracy signal must hold (one bad epoch can be noise). */
  patience: 3,
  /** Accuracy back at `chance + this` counts as chance. */
  chanceMargin: 0.02,
  /** The accuracy rule needs this many rows: on a 4-row truth table one row moves accuracy by 25 %. */
  minRowsForAccuracy: 20,
} as const;

const CLIPPED_LOSSES = ["binaryCrossEntropy", "categoricalCrossEntropy"];
/** {@link DivergenceWatch.check}'s verdicts. */
const HEALTHY = 0, NORM = 1, CEILING = 2, CHANCE = 3;
/** `RULE_NAMES[v]`: the rule {@link DivergenceWatch.check}'s verdict `v` (1–3) names in a {@link DivergenceReport}; `0` (healthy for `check`) is the session's NaN/±Infinity guard. */
export const RULE_NAMES: readonly DivergenceReport["rule"][] = ["nonFinite", "weightNorm", "lossCeiling", "chance"];

/**
 * The majority class's share of the targets: `max(mean, 1 − mean)` of a 0/1 column, the largest
 * column mean of one-hot rows; `undefined` for anything else (multi-label, regression).
 */
export function chanceOf(y: Matrix): number | undefined {
  if (y.rows === 0) return undefined;
  const sums = new Float64Array(y.cols);
  for (let i = 0; i < y.rows; i++) {
    let rowSum = 0;
    for (let j = 0; j < y.cols; j++) {
      const v = y.data[i * y.cols + j] as number;
      if (v !== 0 && v !== 1) return undefined;
      sums[j] = (sums[j] as number) + v;
      rowSum += v;
    }
    if (y.cols > 1 && rowSum !== 1) return undefined;
  }
  const share = Math.max(...sums) / y.rows;
  return y.cols === 1 ? Math.max(share, 1 - share) : share;
}

/** What the watch needs to know about the run. */
export interface WatchFacts {
  /** The loss's name: the ceiling rule applies to the clipped cross-entropies only. */
  loss: string;
  /** The majority class's share (see {@link chanceOf}); `undefined` turns the accuracy rule off. */
  chance: number | undefined;
  rows: number;
}

/**
 * Watches a run epoch by epoch for divergence that stays finite (the session itself stops on NaN
 * and ±Infinity). An epoch is diverged when any of these holds:
 * - the weights' norm `‖W‖` is at least 1000 × `max(‖W₀‖, 1)` (the floor keeps a zero start from
 *   dividing by zero and lets a logistic regression's weights grow on separable data);
 * - a clipped cross-entropy stayed at or above a quarter of its ceiling `−ln 1e−15 ≈ 34.5` for 3
 *   epochs in a row (a uniform guess over 1000 classes costs only 6.9);
 * - the training accuracy fell back to chance (the majority class's share + 2 points) for 3 epochs
 *   in a row after having been at least halfway from chance to 100 % (20 rows or more).
 * `check` allocates nothing while the run is healthy; the session measures `‖W‖²` once per epoch
 * (`WeightSnapshot.measureSquaredNorm`) and hands it over in a float slot.
 */
export class DivergenceWatch {
  /** `(1000 · max(‖W₀‖, 1))²`: compared with `‖W‖²` directly (the healthy path does no arithmetic). */
  private readonly normLimit2: number;
  private readonly reference: number;
  /** The loss at or above which an epoch counts as near the ceiling (`Infinity`: the loss has none). */
  private readonly highLossAt: number;
  private highLoss = 0;
  private atChance = 0;
  private bestAccuracy = 0;

  /** `initialSquaredNorm`: `‖W₀‖²` of the parameters training starts from. */
  constructor(initialSquaredNorm: number, private readonly facts: WatchFacts) {
    this.reference = Math.max(Math.sqrt(initialSquaredNorm), 1);
    this.normLimit2 = (DIVERGENCE_RULES.normGrowth * this.reference) ** 2;
    this.highLossAt = CLIPPED_LOSSES.includes(facts.loss) ? DIVERGENCE_RULES.ceilingFraction * CROSS_ENTROPY_CEILING : Number.POSITIVE_INFINITY;
  }

  /** True while no signal is building up: the epoch's weights may be kept as healthy. */
  get calm(): boolean {
    return this.highLoss === 0 && this.atChance === 0;
  }

  /**
   * The epoch to judge, written by the session before {@link check}: `[loss, accuracy (NaN when
   * not tracked), ‖W‖² at the epoch's end]`. Slots rather than arguments, so that no float is
   * boxed into a heap number on its way in (one allocation per value per epoch otherwise).
   */
  readonly signal = new Float64Array(3);

  /** {@link check} and {@link describe} on these values (for callers that do not mind an allocation). */
  judge(loss: number, accuracy: number | undefined, squaredNorm: number): string | undefined {
    this.signal[0] = loss;
    this.signal[1] = accuracy ?? Number.NaN;
    this.signal[2] = squaredNorm;
    const rule = this.check();
    return rule === HEALTHY ? undefined : this.describe(rule);
  }

  /**
   * Judges the epoch in {@link signal}: `0` while healthy, else the rule that fired (1 norm, 2
   * ceiling, 3 chance) for {@link describe}. Numbers only, no strings: kept apart from the
   * messages so that the optimized per-epoch path allocates nothing.
   */
  check(): number {
    const { patience, chanceMargin, minRowsForAccuracy } = DIVERGENCE_RULES;
    const loss = this.signal[0] as number;
    const accuracy = this.signal[1] as number;
    if (!((this.signal[2] as number) < this.normLimit2)) return NORM;
    this.highLoss = loss >= this.highLossAt ? this.highLoss + 1 : 0;
    if (this.highLoss >= patience) return CEILING;
    const chance = this.facts.chance;
    if (!Number.isNaN(accuracy) && chance !== undefined && this.facts.rows >= minRowsForAccuracy) {
      this.bestAccuracy = Math.max(this.bestAccuracy, accuracy);
      const wasLearning = this.bestAccuracy >= chance + (1 - chance) / 2;
      this.atChance = wasLearning && accuracy <= chance + chanceMargin ? this.atChance + 1 : 0;
      if (this.atChance >= patience) return CHANCE;
    }
    return HEALTHY;
  }

  /** What rule `rule` (from {@link check}) saw, in words, from the values still in {@link signal}. */
  describe(rule: number): string {
    const { normGrowth, patience } = DIVERGENCE_RULES;
    const [loss = 0, accuracy = 0, squaredNorm = 0] = this.signal;
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    if (rule === NORM) return `the weights' norm grew ${(Math.sqrt(squaredNorm) / this.reference).toExponential(1)}× (limit ${normGrowth}×)`;
    if (rule === CEILING) return `the loss stayed near its ceiling for ${patience} epochs (${loss.toFixed(2)}, ceiling ${CROSS_ENTROPY_CEILING.toFixed(2)})`;
    return `the training accuracy fell back to chance (${pct(accuracy)}, chance ${pct(this.facts.chance ?? 0)}) after reaching ${pct(this.bestAccuracy)}`;
  }
}
