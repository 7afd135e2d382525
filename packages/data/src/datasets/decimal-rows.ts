import { Matrix } from "@backprop/linalg";

/**
 * Rows of decimal text (`"14.23,1.71,…"`) as one row-major `Float64Array`. `Number` rounds each
 * token correctly, exactly as Python's `float` and NumPy's `loadtxt` do, so the doubles are the
 * ones scikit-learn loads.
 */
export function decimalRows(rows: readonly string[], separator: string): { values: Float64Array; cols: number } {
  const cols = (rows[0] ?? "").split(separator).length;
  const values = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => row.split(separator).forEach((token, j) => (values[i * cols + j] = Number(token))));
  return { values, cols };
}

/** Splits rows whose last column is an integer class into the features `x` and the labels `y`. */
export function featuresAndClass(rows: readonly string[]): { x: Matrix; y: Int32Array } {
  const { values, cols } = decimalRows(rows, ",");
  const x = new Matrix(rows.length, cols - 1);
  const y = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    x.data.set(values.subarray(i * cols, (i + 1) * cols - 1), i * (cols - 1));
    y[i] = values[(i + 1) * cols - 1] as number;
  }
  return { x, y };
}
