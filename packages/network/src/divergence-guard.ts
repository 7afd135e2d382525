import type { Layer } from "@backprop/layers";
import type { FitSetup } from "./fit-setup.js";
import { WeightSnapshot, type NonFinite } from "./snapshot.js";
import { chanceOf, DivergenceWatch, RULE_NAMES } from "./divergence.js";
import { describeCause, likelyCause, maxAbs, strongestL2 } from "./divergence-cause.js";
import type { DivergenceReport, History } from "./types.js";

/**
 * What a training session does about divergence: the finiteness scan of every step, the finite
 * rules after every epoch (unless `divergence: false`), and the weights a divergence puts back.
 *
 * With the rules on, those are the last healthy epoch's: the weights at the end of the most
 * recent epoch `e` such that epochs `e` and `e + 1` were both calm (every value finite, no rule
 * firing or building up), the initial weights if none. The second epoch is needed because an
 * epoch's loss is measured before each of its steps: the loss that judges the weights epoch `e`
 * ends with is epoch `e + 1`'s. Each epoch's end copies the weights into the snapshot's spare
 * buffer in the pass that measures `‖W‖²`; a calm epoch keeps that copy as pending and confirms
 * the pending one as healthy (buffer rotations, no copies), so a step copies nothing.
 *
 * With `divergence: false`, a NaN/±Infinity puts back the last batch's weights whose loss was
 * finite, copied at every step.
 */
export class DivergenceGuard {
  private readonly snapshot: WeightSnapshot;
  private readonly watch: DivergenceWatch | undefined;
  /** The 1-based epoch whose weights the snapshot holds with the rules on (0: the initial ones). */
  private healthyEpoch = 0;
  /** The epoch whose weights are the snapshot's pending copy, awaiting the next epoch's verdict (−1: none). */
  private pendingEpoch = 0;

  constructor(private readonly layers: readonly Layer[], private readonly setup: FitSetup, rules: boolean) {
    this.snapshot = new WeightSnapshot(layers, { staged: rules });
    if (rules) {
      const { task, loss, y, x } = setup;
      const chance = task === "binary" || task === "multiclass" ? chanceOf(y) : undefined;
      this.snapshot.measureSquaredNorm(); // ‖W₀‖², the reference the norm rule compares with
      this.watch = new DivergenceWatch(this.snapshot.squaredNorm[0] as number, { loss: loss.name, chance, rows: x.rows });
    }
  }

  /** Before a step: whether every weight and running statistic is finite (with `divergence: false`, also copies them). */
  stepIsFinite(): boolean {
    return this.watch === undefined ? this.snapshot.save() : this.snapshot.firstNonFinite() === undefined;
  }

  /** The first NaN/±Infinity among the weights and running statistics, if any. */
  firstNonFinite(): NonFinite | undefined {
    return this.snapshot.firstNonFinite();
  }

  /**
   * Judges epoch `epoch` (1-based), just recorded in `history`, by the finite rules and keeps the
   * healthy weights (see the class). Returns the report when it diverged, after putting those
   * weights back; `undefined` otherwise (always with the rules off).
   */
  afterEpoch(history: History, epoch: number): DivergenceReport | undefined {
    if (this.watch === undefined) return undefined;
    this.snapshot.stage();
    // Slots rather than arguments: no float is boxed on its way into the rules.
    const signal = this.watch.signal;
    signal[0] = history.loss[epoch - 1] as number;
    signal[1] = history.accuracy?.[epoch - 1] ?? Number.NaN;
    signal[2] = this.snapshot.squaredNorm[0] as number;
    const rule = this.watch.check();
    if (rule !== 0) return this.diverged(RULE_NAMES[rule] as DivergenceReport["rule"], this.watch.describe(rule), epoch);
    if (this.watch.calm) {
      const confirm = this.pendingEpoch >= 0;
      this.snapshot.keepStaged(confirm);
      if (confirm) this.healthyEpoch = this.pendingEpoch;
      this.pendingEpoch = epoch;
    } else {
      this.pendingEpoch = -1;
    }
    return undefined;
  }

  /** The report for `symptom` (`loss became NaN`) seen during 1-based `epoch`, after putting the kept weights back. */
  nonFinite(symptom: string, epoch: number): DivergenceReport {
    if (this.watch !== undefined) return this.diverged("nonFinite", symptom, epoch);
    this.snapshot.restore();
    return { rule: "nonFinite", symptom, cause: this.cause(), epoch };
  }

  /**
   * The one-line message of a report: `fit: training diverged at epoch 2: <symptom>. Likely cause:
   * <cause>. Kept the initial weights.`, or with `divergence: false`, `fit: loss became NaN at
   * epoch 12. Try a smaller learning rate (now 10).`
   */
  static message(d: DivergenceReport): string {
    if (d.healthyEpoch === undefined) return `fit: ${d.symptom} at epoch ${d.epoch}. Try a smaller learning rate (now ${d.cause.learningRate}).`;
    const kept = d.healthyEpoch === 0 ? "the initial weights" : `the weights of epoch ${d.healthyEpoch}, the last healthy one`;
    const what = d.rule === "nonFinite" ? `${d.symptom} at epoch ${d.epoch}` : `training diverged at epoch ${d.epoch}: ${d.symptom}`;
    return `fit: ${what}. Likely cause: ${describeCause(d.cause)}. Kept ${kept}.`;
  }

  private diverged(rule: DivergenceReport["rule"], symptom: string, epoch: number): DivergenceReport {
    this.snapshot.restore();
    return { rule, symptom, cause: this.cause(), epoch, healthyEpoch: this.healthyEpoch };
  }

  private cause(): DivergenceReport["cause"] {
    const { optimizer, x } = this.setup;
    return likelyCause({ learningRate: optimizer.learningRate, optimizer: optimizer.name, l2: strongestL2(this.layers), maxAbsInput: maxAbs(x) });
  }
}
