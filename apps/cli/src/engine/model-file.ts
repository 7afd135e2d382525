import { Sequential } from "@backprop/network";
import { writeFileAtomic } from "../io/atomic-write.js";
import { readText } from "../data/load-data.js";
import { UsageError } from "../errors.js";
import { scalerFromJSON, type Scaler } from "./preprocessing.js";

/** A model loaded for `predict`/`evaluate`, with the scaler its file remembers. */
export interface LoadedModel {
  model: Sequential;
  scaler: Scaler;
  featureNames: string[] | undefined;
  classNames: string[];
}

/**
 * Saves a trained model as the public `backprop.network` JSON, atomically (temporary file +
 * rename): the weights, the scaler's statistics, feature and class names and the seed.
 */
export function saveModel(path: string, model: Sequential, scaler: Scaler, featureNames: string[], classNames: string[]): void {
  model.preprocessing = scaler ? scaler.toJSON() : undefined;
  model.featureNames = featureNames;
  model.classNames = classNames;
  writeFileAtomic(path, `${JSON.stringify(model.toJSON())}\n`);
}

/**
 * Reads a model file written by `train --save` (or any valid `backprop.network` JSON).
 * @throws UsageError when the file is missing or is not JSON; the network's TypeError naming the bad field.
 */
export async function loadModel(command: string, path: string): Promise<LoadedModel> {
  const text = await readText(command, path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${command}: a model file must be valid JSON. Received: ${path} (${(error as Error).message}).`);
  }
  const model = Sequential.fromJSON(json);
  const width = model.outputSize;
  const classNames = model.classNames ?? Array.from({ length: width === 1 ? 2 : width }, (_, i) => String(i));
  return { model, scaler: scalerFromJSON(model.preprocessing), featureNames: model.featureNames, classNames };
}
