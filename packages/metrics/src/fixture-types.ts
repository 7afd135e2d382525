// Shapes of the scikit-learn fixtures (written by scripts/make-fixtures.py); tests only.

/** What one scikit-learn call gave: a value (NaN and infinities as strings) and its warnings, or its error. */
export interface Outcome<T = unknown> {
  value?: T;
  warnings?: string[];
  error?: string;
}

/** A fixture number: infinities and NaN were written as strings. */
export function num(x: unknown): number {
  if (x === "NaN") return NaN;
  if (x === "Infinity") return Infinity;
  if (x === "-Infinity") return -Infinity;
  return x as number;
}
