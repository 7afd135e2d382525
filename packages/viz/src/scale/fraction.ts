/**
 * Where `v` sits in `[lo, hi]`: `(v − lo)/(hi − lo)`, also when `hi − lo` overflows (finite ends
 * near ±1.8e308). Halving both ends is exact there, so the fraction keeps its digits.
 * @example
 * fraction(0, -1e308, 1e308); // 0.5
 */
export function fraction(v: number, lo: number, hi: number): number {
  const span = hi - lo;
  return Number.isFinite(span) ? (v - lo) / span : (v / 2 - lo / 2) / (hi / 2 - lo / 2);
}

/** `value` clamped into the finite doubles, so a widened range end never becomes ±Infinity. */
export function clampFinite(value: number): number {
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, value));
}
