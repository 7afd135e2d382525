import type { Matrix } from "@backprop/linalg";

/**
 * What a classification loader returns: scikit-learn's `Bunch` fields, camelCased. `y[i]` indexes
 * `targetNames`; each call returns fresh copies, safe to modify.
 */
export interface LabelledDataset {
  /** One sample per row, as scikit-learn's `data` (float64). */
  x: Matrix;
  /** The class of each row, `0 … targetNames.length − 1`. */
  y: Int32Array;
  /** Column names, as scikit-learn's `feature_names`. */
  featureNames: string[];
  /** Class names, as scikit-learn's `target_names` (as strings). */
  targetNames: string[];
}
