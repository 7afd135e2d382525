import type { TrainingRun } from "../engine/types.js";
import { pyFixed } from "../format/python-format.js";

function last(values: readonly number[] | undefined): number | null {
  return values?.at(-1) ?? null;
}

function named(metrics: Record<string, number[]> | undefined): string {
  return Object.entries(metrics ?? {}).map(([m, v]) => `${m} ${pyFixed(v.at(-1) ?? Number.NaN, 4)}`).join(", ");
}

/** Where Ctrl-C stopped a run of `epochs`: `epoch 3 of 10 (after batch 7 of 25 in epoch 4)`. */
export function interruptedAt(run: TrainingRun, epochs: number): string {
  const partial = run.batchesIntoEpoch ? ` (after batch ${run.batchesIntoEpoch} of ${run.batchesPerEpoch ?? "?"} in epoch ${run.epochsRun + 1})` : "";
  return `epoch ${run.epochsRun} of ${epochs}${partial}`;
}

/**
 * What `--early-stopping`, `--validation-split` and `--metrics` add to `train`'s report:
 * `Stopped early after epoch 140: restored the weights of epoch 90.`,
 * `train f1 0.9833, precision 0.9841 (epoch 90, while training)`, `validation loss 0.061234 (epoch 90)`.
 */
export function trainingLines(run: TrainingRun): string[] {
  const lines: string[] = [];
  if (run.bestEpoch !== undefined) lines.push(`Stopped early after epoch ${run.epochsRun}: restored the weights of epoch ${run.bestEpoch + 1}.`);
  // The epoch whose weights the model holds: the best one after early stopping, else the last.
  const at = run.bestEpoch ?? run.epochsRun - 1;
  const upTo = (m: Record<string, number[]> | undefined) => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, v.slice(0, at + 1)]));
  const train = named(upTo(run.metrics));
  if (train) lines.push(`train ${train} (epoch ${at + 1}, while training)`);
  if (run.valLoss?.length) {
    const more = named(upTo(run.valMetrics));
    lines.push(`validation loss ${pyFixed(run.valLoss[at] ?? Number.NaN, 6)}${more ? `, ${more}` : ""} (epoch ${at + 1})`);
  }
  return lines;
}

/** The same for `--json`: the best epoch (1-based, or null), the validation loss per epoch (or null) and each metric's last value. */
export function trainingReport(run: TrainingRun) {
  const lastOf = (m: Record<string, number[]> | undefined) => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, last(v)]));
  return {
    bestEpoch: run.bestEpoch === undefined ? null : run.bestEpoch + 1,
    valLoss: run.valLoss ?? null,
    metrics: lastOf(run.metrics),
    valMetrics: run.valMetrics ? lastOf(run.valMetrics) : null,
  };
}
