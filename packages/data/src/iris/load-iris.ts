import { Matrix } from "@backprop/linalg";
import { IRIS_FEATURES, IRIS_FEATURE_NAMES, IRIS_TARGET, IRIS_TARGET_NAMES } from "./iris-data.js";

/** {@link loadIris}'s result: scikit-learn's `Bunch` fields, camelCased. */
export interface IrisDataset {
  /** 150 × 4 measurements in cm (sepal length, sepal width, petal length, petal width). */
  x: Matrix;
  /** Class of each row: 0 setosa, 1 versicolor, 2 virginica. */
  y: Int32Array;
  featureNames: string[];
  targetNames: string[];
}

/**
 * Fisher's Iris data set, embedded (no file or network access): the same 150 rows, in the same
 * order, as scikit-learn's `load_iris()`. Each call returns fresh copies, safe to modify.
 *
 * @example
 * const { x, y, featureNames, targetNames } = loadIris();
 * x.shape;         // [150, 4]
 * x.row(0);        // Float64Array [5.1, 3.5, 1.4, 0.2]
 * featureNames[3]; // "petal width (cm)"
 * targetNames[y[149]]; // "virginica"
 */
export function loadIris(): IrisDataset {
  return {
    x: Matrix.fromArray(IRIS_FEATURES, 150, 4),
    y: Int32Array.from(IRIS_TARGET),
    featureNames: [...IRIS_FEATURE_NAMES],
    targetNames: [...IRIS_TARGET_NAMES],
  };
}
