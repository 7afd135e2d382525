import { Sequential } from "@backprop/network";
import type { LayerView } from "./model-view.js";

/** What an importer learnt besides the layers. */
export interface ImportedExtras {
  classNames?: string[] | undefined;
  featureNames?: string[] | undefined;
  targetName?: string | undefined;
}

/** The model file (`backprop.network`, version 1) for imported layers. */
export function modelJSONFrom(layers: readonly LayerView[], extras: ImportedExtras = {}): Record<string, unknown> {
  const json: Record<string, unknown> = {
    format: "backprop.network",
    version: 1,
    layers: layers.map((l) => {
      if (l.type === "dense") {
        const out: Record<string, unknown> = { type: "dense", inputSize: l.inputSize, units: l.units, activation: l.activation.name, weights: l.weights, bias: l.bias };
        if (Object.keys(l.activation.config).length > 0) out.activationConfig = l.activation.config;
        if (!l.useBias) out.useBias = false;
        if (l.regularizer !== undefined) out.regularizer = { ...l.regularizer };
        if (l.name !== undefined) out.name = l.name;
        return out;
      }
      const { type, name, ...rest } = l;
      return name === undefined ? { type, ...rest } : { type, name, ...rest };
    }),
  };
  if (extras.classNames !== undefined) json.classNames = extras.classNames;
  if (extras.featureNames !== undefined) json.featureNames = extras.featureNames;
  if (extras.targetName !== undefined) json.targetName = extras.targetName;
  return json;
}

/**
 * Builds the model through `Sequential.fromJSON`, the one parser of the model file, so that
 * every field an importer produced is validated the same way a saved file is.
 */
export function sequentialFrom(json: Record<string, unknown>): Sequential {
  return Sequential.fromJSON(json);
}
