import { Matrix } from "@backprop/linalg";
import { decimalRows } from "../decimal-rows.js";
import { DIABETES_FEATURE_NAMES, DIABETES_RAW_ROWS, DIABETES_TARGET } from "./diabetes-data.js";

/** Options of {@link loadDiabetes}: scikit-learn's `load_diabetes` parameters, camelCased. */
export interface LoadDiabetesOptions {
  /** Centre each column and divide it by `std·√n`, as scikit-learn's default (default true). */
  scaled?: boolean;
}

/** {@link loadDiabetes}'s result: scikit-learn's `Bunch` fields, camelCased. */
export interface DiabetesDataset {
  /** 442 patients × 10 baseline variables (scaled unless `scaled: false`). */
  x: Matrix;
  /** Disease progression one year after baseline (25 … 346), as float64 like scikit-learn's `target`. */
  y: Float64Array;
  /** `["age", "sex", "bmi", "bp", "s1", …, "s6"]`, as scikit-learn's `feature_names`. */
  featureNames: string[];
}

/**
 * Efron et al.'s diabetes regression data, embedded, bit for bit as scikit-learn 1.2's
 * `load_diabetes()`. scikit-learn ships the raw measurements and scales them when it loads them;
 * so does this: `x_ij ← (x_ij − μ_j) / σ_j / √n` with `μ_j`, `σ_j` the column's mean and
 * population standard deviation, summed row by row as NumPy does, so every column has mean 0 and
 * sum of squares 1. `{ scaled: false }` gives the raw values (age in years, sex 1 or 2, …).
 *
 * @example
 * const { x, y, featureNames } = loadDiabetes();
 * x.shape;         // [442, 10]
 * x.get(0, 0);     // 0.038075906433423026
 * y[0];            // 151
 * featureNames[2]; // "bmi"
 * loadDiabetes({ scaled: false }).x.get(0, 0); // 59
 */
export function loadDiabetes(options: LoadDiabetesOptions = {}): DiabetesDataset {
  const { values, cols } = decimalRows(DIABETES_RAW_ROWS, " ");
  const x = new Matrix(DIABETES_RAW_ROWS.length, cols, values);
  if (options.scaled ?? true) scaleColumns(x);
  return { x, y: Float64Array.from(DIABETES_TARGET.split(","), Number), featureNames: [...DIABETES_FEATURE_NAMES] };
}

/**
 * scikit-learn's `scale(x)` followed by `x /= sqrt(n)`, in NumPy's order of operations. Its
 * fallbacks (re-centering when a mean is not within 1e-8 of 0) never fire on this data, as the
 * generating script checks.
 */
function scaleColumns(x: Matrix): void {
  const { rows, cols, data } = x;
  const sqrtN = Math.sqrt(rows);
  for (let j = 0; j < cols; j++) {
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += data[i * cols + j] as number;
    const mean = sum / rows;
    let squares = 0;
    for (let i = 0; i < rows; i++) {
      const d = (data[i * cols + j] as number) - mean;
      squares += d * d;
    }
    const std = Math.sqrt(squares / rows);
    for (let i = 0; i < rows; i++) data[i * cols + j] = ((data[i * cols + j] as number) - mean) / std / sqrtN;
  }
}
