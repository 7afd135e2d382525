import { css, NEGATIVE, NEUTRAL, POSITIVE } from "./colors.js";
import { h } from "./dom.js";

/** The diverging scale's gradient: orange (negative) → grey → blue (positive), as `diverging` paints. */
export const SCALE_GRADIENT = `linear-gradient(to right, ${css(NEGATIVE)}, ${css(NEUTRAL)}, ${css(POSITIVE)})`;

export interface Legend {
  root: HTMLElement;
  /** Shows the numbers at the bar's two ends, and a short note after it. */
  set(low: string, high: string, note?: string): void;
}

/**
 * A colour legend: a title, a small gradient bar with its end values, and a note. The bar is one
 * image to assistive technology, named by the title and both ends ("Weight colour: −1.2 (orange) to 1.2 (blue)").
 */
export function createLegend(id: string, title: string): Legend {
  const low = h("span", { class: "legend-end" });
  const high = h("span", { class: "legend-end" });
  const note = h("span", { class: "legend-note" });
  const bar = h("span", { class: "legend-bar", style: `background: ${SCALE_GRADIENT}` });
  const scale = h("span", { class: "legend-scale", role: "img" }, low, bar, high);
  const root = h("div", { class: "value-legend", id }, h("span", { class: "legend-title" }, title), scale, note);
  return {
    root,
    set(lo, hi, text = "") {
      low.textContent = lo;
      high.textContent = hi;
      note.textContent = text;
      scale.setAttribute("aria-label", `${title}: ${lo} (orange) to ${hi} (blue)`);
    },
  };
}

/** A number for a legend end or a tooltip: 3 significant digits, no trailing noise. */
export function short(v: number): string {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  return abs >= 1e4 || abs < 1e-3 ? v.toExponential(1) : String(Number(v.toPrecision(3)));
}
