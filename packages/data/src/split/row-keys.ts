import type { Matrix } from "@backprop/linalg";

/**
 * NumPy's `str()` of a float64: Python's shortest `repr`, decimal for exponents in `[−4, 16)`
 * (`1.0`, `0.5`, `0.0001`), scientific otherwise with a two-digit exponent (`1e-05`, `1e+16`).
 */
export function numpyFloatString(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const [mantissa, exp] = v.toExponential().split("e") as [string, string];
  const e = Number(exp);
  if (e >= -4 && e < 16) return Number.isInteger(v) ? `${v}.0` : String(v);
  return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/**
 * One label per row, as scikit-learn stratifies on a 2-D `y` (e.g. one-hot): the row's values as
 * NumPy strings joined by spaces (`"0.0 1.0 0.0"`), so classes sort exactly as in scikit-learn.
 */
export function rowKeys(m: Matrix): string[] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.row(i), numpyFloatString).join(" "));
}
