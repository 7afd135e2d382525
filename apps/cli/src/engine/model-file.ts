import { Sequential } from "@backprop/network";
import type { ColumnTransformer, InputColumn, StandardScaler } from "@backprop/data";
import { writeFileAtomic } from "../io/atomic-write.js";
import { readText } from "../data/load-data.js";
import { UsageError } from "../errors.js";
import { isTablePipeline, preprocessingFromJSON, preprocessingJSON, type FeatureStep, type Scaler } from "./preprocessing.js";

/** A model loaded for `predict`/`evaluate`, with the preprocessing its file remembers. */
export interface LoadedModel {
  model: Sequential;
  /** The feature step: a scaler, a table pipeline, or none. */
  features: FeatureStep;
  /** A regression model's target scaler (predictions are inverted through it). */
  target: StandardScaler | undefined;
  featureNames: string[] | undefined;
  classNames: string[];
  /** The column the model was trained to predict (absent for a built-in set's model, or an older file). */
  targetName: string | undefined;
  regression: boolean;
  /** The raw columns a row must give, in order: the table pipeline's inputs (or the feature names). */
  inputColumns: InputColumn[] | undefined;
}

/** What `train` saves beside the weights. */
export interface SavedPreprocessing {
  features: FeatureStep;
  target?: StandardScaler | undefined;
  featureNames: string[];
  /** Absent for a regression model. */
  classNames?: string[] | undefined;
  /** The CSV column the model predicts, `evaluate`'s default target (absent for a built-in set). */
  targetName?: string | undefined;
}

/**
 * Saves a trained model as the public `backprop.network` JSON, atomically (temporary file +
 * rename): the weights, the preprocessing (scaler or `ColumnTransformer`, and for a regression the
 * target scaler, as a `targetScaler` step), feature and class names, the target column's name and the seed.
 */
export function saveModel(path: string, model: Sequential, p: SavedPreprocessing): void {
  model.preprocessing = preprocessingJSON(p.features, p.target);
  model.featureNames = p.features && isTablePipeline(p.features) ? [...(p.features.featureNamesOut ?? [])] : p.featureNames;
  model.classNames = p.classNames;
  model.targetName = p.targetName;
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
  const { features, target } = preprocessingFromJSON(model.preprocessing);
  const table = features && isTablePipeline(features) ? (features as ColumnTransformer) : undefined;
  const inputColumns = table?.inputColumns ?? model.featureNames?.map((name) => ({ name, kind: "numeric" as const }));
  return { model, features, target, featureNames: model.featureNames, classNames, targetName: model.targetName, regression: model.task === "regression", inputColumns };
}

export type { Scaler };
