import type { Matrix } from "@backprop/linalg";
import type { StandardScaler } from "@backprop/data";
import { takeFeatures, type Dataset } from "../data/dataset.js";
import { applyFeatures, fitFeatures, fitTargetScaler, scaleTarget, type FeatureStep, type ScaleName, type UnknownName } from "./preprocessing.js";
import { targetMatrix } from "./targets.js";
import type { Supervised } from "./task-choice.js";

/** Rows as the network sees them, with what they are scored against. */
export interface PreparedRows {
  x: Matrix;
  /** What the loss is computed on: one-hot/0-1 labels, or the standardized target. */
  targets: Matrix;
  /** Classification: the class codes. */
  labels: Int32Array;
  /** Regression: the target in its own units. */
  values: Float64Array;
}

/** One train/test split with the preprocessing fitted on its training rows only. */
export interface PreparedSplit {
  features: FeatureStep;
  target: StandardScaler | undefined;
  train: PreparedRows;
  test: PreparedRows | undefined;
}

/**
 * Fits the feature step (scaler or table pipeline) and, for a regression, the target scaler on
 * the rows `trainIdx` only, and applies them to those rows and to `testIdx` (none when empty).
 */
export function prepareSplit(data: Dataset, s: Supervised, trainIdx: ArrayLike<number>, testIdx: ArrayLike<number>, scale: ScaleName, unknown: UnknownName): PreparedSplit {
  const trainFeatures = takeFeatures(data.features, trainIdx);
  const features = fitFeatures(trainFeatures, data.features, scale, unknown);
  const target = s.task === "regression" ? fitTargetScaler(Float64Array.from(trainIdx, (i) => s.y[i] as number)) : undefined;
  const rows = (idx: ArrayLike<number>, x: Matrix): PreparedRows => {
    if (s.task === "regression") {
      const values = Float64Array.from(idx, (i) => s.y[i] as number);
      return { x, targets: scaleTarget(target as StandardScaler, values), labels: new Int32Array(idx.length), values };
    }
    const labels = Int32Array.from(idx, (i) => s.y[i] as number);
    return { x, targets: targetMatrix(labels, s.classNames.length), labels, values: new Float64Array(0) };
  };
  const train = rows(trainIdx, applyFeatures(features, trainFeatures));
  const test = testIdx.length > 0 ? rows(testIdx, applyFeatures(features, takeFeatures(data.features, testIdx))) : undefined;
  return { features, target, train, test };
}
