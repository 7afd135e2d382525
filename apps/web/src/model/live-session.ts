import type { ModelJSON, Sequential, TrainingSession } from "@backprop/network";
import { applyLiveSettings } from "./live-model.js";
import { modelFile, onnxFile } from "./export-model.js";
import { networkInputNames } from "./features.js";
import type { PreparedData } from "./prepare-data.js";
import { captureWeights } from "./weight-history.js";
import { problemOf, regressionDatasetOf, type PlaygroundConfig } from "../state/config.js";
import { liveSettings, type LiveSettings } from "../state/live.js";

/** What a playground session adds for live controls, replay and download (see `session.ts`). */
export interface LiveParts {
  /** Moves the run to `settings` from its next batch on (optimizer state kept). */
  applyLive(settings: LiveSettings): void;
  /** The settings in force. */
  live(): LiveSettings;
  /** A copy of every weight and bias now. */
  weights(): Float64Array;
  /** The model file of the model now. */
  exportModel(): ModelJSON;
  /** The model now as a file to download: backprop's model file (JSON text) or ONNX bytes. */
  exportFile(format: "model" | "onnx", epoch: number): Promise<{ fileName: string; data: string | Uint8Array }>;
}

export function liveParts(config: PlaygroundConfig, model: Sequential, trainer: TrainingSession, data: PreparedData): LiveParts {
  let current = liveSettings(config);
  // The columns the network reads (a regression run opened from Iris reads the chosen features, not Iris's columns).
  const names = networkInputNames(config, data.view);
  const setName = config.csv !== undefined ? "your-data" : problemOf(config) === "regression" ? regressionDatasetOf(config) : config.dataset;
  return {
    applyLive(settings) {
      applyLiveSettings(model, trainer, current, settings);
      current = { ...settings };
    },
    live: () => ({ ...current }),
    weights: () => captureWeights(model),
    exportModel: () => modelFile(model, data, names),
    async exportFile(format, epoch) {
      const json = modelFile(model, data, names);
      const stem = `backprop-${setName}-epoch-${epoch}`;
      return format === "model" ? { fileName: `${stem}.model.json`, data: JSON.stringify(json) } : { fileName: `${stem}.onnx`, data: await onnxFile(json) };
    },
  };
}
