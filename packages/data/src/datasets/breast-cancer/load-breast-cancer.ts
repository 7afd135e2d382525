import { featuresAndClass } from "../decimal-rows.js";
import type { LabelledDataset } from "../labelled-dataset.js";
import { BREAST_CANCER_FEATURE_NAMES, BREAST_CANCER_ROWS, BREAST_CANCER_TARGET_NAMES } from "./breast-cancer-data.js";

/**
 * The Wisconsin diagnostic breast cancer data, embedded: 569 tumours × 30 features (mean, error
 * and worst of ten cell-nucleus measurements), the same doubles in the same order as
 * scikit-learn's `load_breast_cancer()`. Class 0 is malignant, 1 benign.
 *
 * @example
 * const { x, y, featureNames, targetNames } = loadBreastCancer();
 * x.shape;             // [569, 30]
 * x.get(0, 0);         // 17.99
 * featureNames[29];    // "worst fractal dimension"
 * targetNames[y[0]];   // "malignant"
 */
export function loadBreastCancer(): LabelledDataset {
  return {
    ...featuresAndClass(BREAST_CANCER_ROWS),
    featureNames: [...BREAST_CANCER_FEATURE_NAMES],
    targetNames: [...BREAST_CANCER_TARGET_NAMES],
  };
}
