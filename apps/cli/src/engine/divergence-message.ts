import type { DivergenceCause, DivergenceReport } from "@backprop/network";
import { pyFixed } from "../format/python-format.js";

/** The flags a divergence message names. */
export interface CauseFlags {
  lr: number;
  l2: number;
  optimizer: string;
  scale: string;
}

/**
 * The library's likely cause of a divergence (`history.divergence.cause`), worded with the flags
 * to change.
 * @example
 * causeInFlags({ kind: "learningRate", learningRate: 1e6, optimizer: "sgd", l2: 0, maxAbsInput: 3, suggested: 0.1 }, { lr: 1e6, l2: 0, optimizer: "sgd", scale: "standard" });
 * // "the learning rate is too large (--lr 1000000 with sgd); try --lr 0.1 or smaller"
 */
export function causeInFlags(c: DivergenceCause, f: CauseFlags): string {
  if (c.kind === "l2") {
    const product = Number((f.lr * f.l2).toPrecision(3));
    return `--l2 ${f.l2} is too strong for --lr ${f.lr} (lr·l2 = ${product} ≥ 1 makes each step overshoot); try --l2 ${c.suggested} or smaller`;
  }
  if (c.kind === "unscaledInputs") return `the inputs are unscaled (values up to ${c.maxAbsInput.toPrecision(3)} with --scale ${f.scale}); try --scale standard`;
  return `the learning rate is too large (--lr ${f.lr} with ${f.optimizer}); try --lr ${c.suggested} or smaller`;
}

/** `train: training diverged at epoch 2: <what was seen>. Likely cause: <cause in flags>.` (`where` e.g. `"in a cross-validation fold "`). */
export function divergenceMessage(d: DivergenceReport, f: CauseFlags, where = ""): string {
  return `train: training diverged ${where}at epoch ${d.epoch}: ${d.symptom}. Likely cause: ${causeInFlags(d.cause, f)}.`;
}

/** Which weights a diverged run kept: `the weights of epoch 5 (loss 0.412000)`, or the initial ones. */
export function keptWeights(d: DivergenceReport, loss: readonly number[]): string {
  const epoch = d.healthyEpoch ?? 0;
  const healthyLoss = loss[epoch - 1];
  return epoch === 0 || healthyLoss === undefined ? "the initial weights (no epoch was healthy)" : `the weights of epoch ${epoch} (loss ${pyFixed(healthyLoss, 6)})`;
}
