/** TF Playground's palette: orange for negative / class 0, blue for positive / class 1, white between. */
export type Rgb = [number, number, number];

export const NEGATIVE: Rgb = [245, 147, 34];
export const POSITIVE: Rgb = [8, 119, 189];
export const NEUTRAL: Rgb = [232, 234, 235];
/** Class colours for multi-class data (Iris: class 0, 1, 2; an uploaded CSV up to 6 classes). */
export const CLASS_COLORS: Rgb[] = [NEGATIVE, POSITIVE, [60, 160, 80], [140, 86, 180], [200, 50, 80], [130, 100, 50]];

/** Maps `v ∈ [-1, 1]` (clamped) to orange → light grey → blue. */
export function diverging(v: number, out: Rgb = [0, 0, 0]): Rgb {
  const t = Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0));
  const end = t < 0 ? NEGATIVE : POSITIVE;
  const a = Math.abs(t);
  for (let c = 0; c < 3; c++) out[c] = Math.round(NEUTRAL[c]! + (end[c]! - NEUTRAL[c]!) * a);
  return out;
}

export function css([r, g, b]: Rgb, alpha = 1): string {
  return alpha === 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`;
}

export function classColor(label: number, classes: number): Rgb {
  if (classes <= 2) return label === 1 ? POSITIVE : NEGATIVE;
  return CLASS_COLORS[label % CLASS_COLORS.length]!;
}
