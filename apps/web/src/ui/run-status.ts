import type { PlaygroundConfig } from "../state/config.js";

const NAMES: Partial<Record<keyof PlaygroundConfig, string>> = {
  dataset: "The data set", noise: "The noise", trainRatio: "The training share", seed: "The seed", hidden: "The layers",
  activation: "The activation", optimizer: "The optimizer", loss: "The loss", features: "The input features", irisX: "The Iris axes", irisY: "The Iris axes",
  problem: "The problem type", regressionDataset: "The data set", regressionLoss: "The loss", csv: "The data",
};

/** The status line after a change that needs a new network. */
export function rebuildStatus(before: PlaygroundConfig, patch: Partial<PlaygroundConfig>): string {
  const changed = (Object.keys(patch) as (keyof PlaygroundConfig)[]).filter((k) => JSON.stringify(patch[k]) !== JSON.stringify(before[k]));
  const what = NAMES[changed.find((k) => NAMES[k] !== undefined) ?? "hidden"] ?? "The setup";
  return `${what} changed: that needs a new network, so training starts again at epoch 0.`;
}

/** The status line after a live change recorded after `epoch` epochs. */
export function liveStatus(what: string, epoch: number): string {
  return epoch === 0
    ? `${what}: set for the start of the run.`
    : `${what} from epoch ${epoch + 1} on, without a reset (the optimizer keeps its state).`;
}
