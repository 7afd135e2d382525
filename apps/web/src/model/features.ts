import { Matrix } from "@backprop/linalg";
import { problemOf, type FeatureName, type PlaygroundConfig } from "../state/config.js";
import { featuresFor } from "./regression-data.js";

/** Each input feature as a function of a point `(x₁, x₂)`, as in TensorFlow Playground. */
export const FEATURE_FUNCTIONS: Readonly<Record<FeatureName, (x1: number, x2: number) => number>> = {
  x1: (x1) => x1,
  x2: (_x1, x2) => x2,
  x1sq: (x1) => x1 * x1,
  x2sq: (_x1, x2) => x2 * x2,
  x1x2: (x1, x2) => x1 * x2,
  sinx1: (x1) => Math.sin(x1),
  sinx2: (_x1, x2) => Math.sin(x2),
};

/** Labels for the page and the generated code. */
export const FEATURE_LABELS: Readonly<Record<FeatureName, string>> = {
  x1: "x₁", x2: "x₂", x1sq: "x₁²", x2sq: "x₂²", x1x2: "x₁x₂", sinx1: "sin x₁", sinx2: "sin x₂",
};

/**
 * Expands 2-D points into the chosen input features, one column per feature in the given order:
 * `[x₁, x₂] ↦ [f(x₁, x₂) for f in features]`.
 * @throws RangeError when `points` does not have 2 columns or `features` is empty.
 * @example
 * expandFeatures(Matrix.from([[2, 3]]), ["x1", "x1x2"]).toArray(); // [[2, 6]]
 */
export function expandFeatures(points: Matrix, features: readonly FeatureName[]): Matrix {
  if (points.cols !== 2) {
    throw new RangeError(`expandFeatures: points must have 2 columns (x₁, x₂). Received: points.shape=[${points.rows},${points.cols}].`);
  }
  if (features.length === 0) {
    throw new RangeError("expandFeatures: at least one feature is needed. Received: features=[].");
  }
  const fns = features.map((f) => FEATURE_FUNCTIONS[f]);
  const out = new Matrix(points.rows, fns.length);
  for (let i = 0; i < points.rows; i++) {
    const x1 = points.data[2 * i]!;
    const x2 = points.data[2 * i + 1]!;
    for (let j = 0; j < fns.length; j++) out.data[i * fns.length + j] = fns[j]!(x1, x2);
  }
  return out;
}

/**
 * Whether the network reads named columns (Iris's, in a classification run, or an uploaded
 * file's) rather than the feature buttons' functions of (x₁, x₂), which only then can be toggled.
 */
export function readsNamedColumns(config: PlaygroundConfig): boolean {
  return config.csv !== undefined || (config.dataset === "iris" && problemOf(config) === "classification");
}

/**
 * The names of the network's inputs, in its order: the named columns (see
 * {@link readsNamedColumns}), else the chosen features' labels (x₁'s alone for the 1-D sine).
 * `inputNames` is the data set view's (`DatasetView.inputNames`).
 */
export function networkInputNames(config: PlaygroundConfig, view: { inputNames: readonly string[]; oneD?: boolean }): string[] {
  if (readsNamedColumns(config)) return [...view.inputNames];
  return featuresFor(config.features, view.oneD === true).map((f) => FEATURE_LABELS[f]);
}
