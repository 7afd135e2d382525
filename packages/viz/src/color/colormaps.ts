import { fromHex, mix, type Rgb } from "./color.js";

// ColorBrewer RdYlBu (11 classes), red for 0, blue for 1: matplotlib's `plt.cm.RdYlBu`.
const RD_YL_BU = [
  "#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf",
  "#e0f3f8", "#abd9e9", "#74add1", "#4575b4", "#313695",
].map(fromHex);

// ColorBrewer Blues (9 classes) for sequential shading (confusion matrices).
const BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"].map(fromHex);

/** Distinct class colours (the Tableau 10 palette matplotlib uses by default). */
export const CLASS_COLORS: readonly string[] = [
  "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
  "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
];

function ramp(stops: readonly Rgb[], t: number): Rgb {
  const x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  return mix(stops[i] as Rgb, stops[i + 1] as Rgb, x - i);
}

/**
 * The diverging red–yellow–blue map: `t = 0` red, `0.5` pale yellow, `1` blue.
 * @example
 * rdYlBu(0); // [165, 0, 38]
 */
export function rdYlBu(t: number): Rgb {
  return ramp(RD_YL_BU, t);
}

/**
 * The binary decision map's colours: {@link rdYlBu} blended 25 % toward white (matplotlib's
 * `contourf(alpha=0.8)` look), so data points in the full end colours stand out.
 * @example
 * heatColor(1); // [101, 104, 175]
 */
export function heatColor(t: number): Rgb {
  return mix(rdYlBu(t), [255, 255, 255], 0.25);
}

/**
 * The sequential white-to-blue map, `t ∈ [0, 1]`.
 * @example
 * blues(0); // [247, 251, 255]
 */
export function blues(t: number): Rgb {
  return ramp(BLUES, t);
}

/**
 * Colour of class `k`: the palette, cycled past ten classes.
 * @example
 * classColor(1); // "#ff7f0e"
 */
export function classColor(k: number): string {
  return CLASS_COLORS[k % CLASS_COLORS.length] as string;
}
