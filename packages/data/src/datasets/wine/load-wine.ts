import { featuresAndClass } from "../decimal-rows.js";
import type { LabelledDataset } from "../labelled-dataset.js";
import { WINE_FEATURE_NAMES, WINE_ROWS, WINE_TARGET_NAMES } from "./wine-data.js";

/**
 * The UCI wine recognition data, embedded: 178 wines × 13 chemical measurements from three
 * cultivars, the same doubles in the same order as scikit-learn's `load_wine()`.
 *
 * @example
 * const { x, y, featureNames, targetNames } = loadWine();
 * x.shape;              // [178, 13]
 * x.get(0, 12);         // 1065
 * featureNames[0];      // "alcohol"
 * targetNames[y[177]];  // "class_2"
 */
export function loadWine(): LabelledDataset {
  return { ...featuresAndClass(WINE_ROWS), featureNames: [...WINE_FEATURE_NAMES], targetNames: [...WINE_TARGET_NAMES] };
}
