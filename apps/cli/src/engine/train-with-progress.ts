import type { Sequential } from "@backprop/network";
import type { Output } from "../output/output.js";
import { trainNetwork, type TrainHooks } from "./train-network.js";
import type { TrainingPlan, TrainingRun, TrainingSet } from "./types.js";

/** The progress line a command prints for an epoch (0-based), or `undefined` to stay silent. */
export type EpochLine = (epoch: number, loss: number) => string | undefined;

/**
 * Trains the plan's network as `train` and `demo` show it: the command's own epoch lines, the
 * progress bar redrawn on a terminal, and the bar erased at the end (also when training fails).
 * @throws UsageError when the loss diverges (see {@link trainNetwork}).
 */
export async function trainWithProgress(
  plan: TrainingPlan,
  set: TrainingSet,
  out: Output,
  signal: AbortSignal,
  epochLine: EpochLine,
  reportDivergence?: boolean,
  classWeight?: TrainHooks["classWeight"],
): Promise<{ model: Sequential; run: TrainingRun }> {
  try {
    return await trainNetwork(plan, set, {
      signal,
      ...(reportDivergence === true ? { reportDivergence } : {}),
      ...(classWeight ? { classWeight } : {}),
      onEpoch: (epoch, loss, elapsedMs) => {
        const text = epochLine(epoch, loss);
        if (text !== undefined) out.line(text);
        out.progress({ epoch: epoch + 1, epochs: plan.epochs, loss, elapsedMs });
      },
    });
  } finally {
    out.clearProgress();
  }
}

/** The fields of the `--json` result that `train` and `demo` share. */
export function runReport(run: TrainingRun, trainAccuracy: number, testAccuracy: number | null) {
  return {
    epochs: run.epochsRun,
    loss: run.loss,
    trainAccuracy,
    testAccuracy,
    seconds: run.seconds,
    interrupted: run.interrupted,
  };
}
