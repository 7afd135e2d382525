import { generateRegressionData, targetRange } from "./regression-data.js";
import { PLANE_EXTENT } from "./datasets.js";
import { defaultConfig, REGRESSION_DATASETS, type RegressionDatasetName } from "../state/config.js";

/** A regression set's small picture: points in `[-1, 1]²` coloured by `values` (the target over its scale's range, in `[-1, 1]`). */
export interface RegressionThumbnail {
  points: Float64Array;
  values: Float64Array;
}

/** One thumbnail per regression set, from the default seed without noise; the sine shows `(x₁, target)`. */
export function makeRegressionThumbnails(): Record<RegressionDatasetName, RegressionThumbnail> {
  const out = {} as Record<RegressionDatasetName, RegressionThumbnail>;
  for (const name of REGRESSION_DATASETS) {
    const { x, target, oneD } = generateRegressionData({ ...defaultConfig(), problem: "regression", regressionDataset: name });
    const range = targetRange(target);
    const points = new Float64Array(2 * target.length);
    target.forEach((t, i) => {
      points[2 * i] = x.data[2 * i]! / PLANE_EXTENT;
      points[2 * i + 1] = oneD ? t / range : x.data[2 * i + 1]! / PLANE_EXTENT;
    });
    out[name] = { points, values: target.map((t) => t / range) };
  }
  return out;
}
