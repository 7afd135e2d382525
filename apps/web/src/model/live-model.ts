import { Dense, Dropout, l1, l2, type Regularizer } from "@backprop/layers";
import { buildModel, type Sequential, type TrainingSession } from "@backprop/network";
import { modelSpec } from "./build-model.js";
import type { PlaygroundConfig } from "../state/config.js";
import { sameSettings, type LiveSettings } from "../state/live.js";

/** Rate the dropout layers are built at before being set to the run's (building draws nothing). */
const BUILT_DROPOUT = 0.5;

/**
 * The run's network (see `modelSpec`) with a dropout layer after every hidden layer even when
 * the run starts without dropout: at rate 0 a dropout layer is the identity and draws no random
 * number, so the run is the same bit for bit, and dropout can be switched on mid-run.
 */
export function buildLiveModel(config: PlaygroundConfig, inputs: number, outputs: number): Sequential {
  const spec = modelSpec(config, inputs, outputs);
  const model = buildModel({ ...spec, hidden: (spec.hidden ?? []).map((layer) => ({ ...layer, dropout: BUILT_DROPOUT })) });
  for (const layer of model.layers) if (layer instanceof Dropout) layer.setRate(config.dropout);
  return model;
}

/** The penalty the playground puts on every weight matrix for these settings (`undefined`: none). */
export function regularizerFor(settings: Pick<LiveSettings, "regularization" | "regRate">): Regularizer | undefined {
  if (settings.regularization === "none" || settings.regRate === 0) return undefined;
  return settings.regularization === "l1" ? l1(settings.regRate) : l2(settings.regRate);
}

/**
 * Moves a running session from settings `from` to `to` at its next batch, touching only what
 * differs: the optimizer's rate (its state kept), the batch size, every dropout layer's rate and
 * every dense layer's penalty.
 */
export function applyLiveSettings(model: Sequential, trainer: TrainingSession, from: LiveSettings, to: LiveSettings): void {
  if (sameSettings(from, to)) return;
  if (to.learningRate !== from.learningRate) trainer.setLearningRate(to.learningRate);
  if (to.batchSize !== from.batchSize) trainer.setBatchSize(to.batchSize);
  const penalty = to.regularization !== from.regularization || to.regRate !== from.regRate;
  for (const layer of model.layers) {
    if (to.dropout !== from.dropout && layer instanceof Dropout) layer.setRate(to.dropout);
    if (penalty && layer instanceof Dense) layer.setRegularizer(regularizerFor(to));
  }
}
