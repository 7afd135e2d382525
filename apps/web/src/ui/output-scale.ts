import { css, NEGATIVE, NEUTRAL, POSITIVE } from "./colors.js";
import { h } from "./dom.js";

/** Tick values of a symmetric scale: `-range, -range/2, 0, range/2, range`. */
export function scaleTicks(range: number): number[] {
  return [-1, -0.5, 0, 0.5, 1].map((t) => t * range);
}

/** A tick's label: two decimals, or two significant digits below 0.1 (an uploaded target's scale may be that narrow). */
function tickText(v: number): string {
  const shown = Math.abs(v) < 0.1 ? Number(v.toPrecision(2)) : Math.round(v * 100) / 100;
  return v === 0 ? "0" : shown.toString().replace("-", "−");
}

/**
 * The legend of the regression colour scale: a bar from orange (`-range`) through grey (0) to
 * blue (`range`) with numeric ticks; the output heat map and the points share it.
 */
export function createOutputScale() {
  // Inline styles: the page's stylesheet belongs to the design work, this legend only to regression.
  const bar = h("div", { class: "scale-bar", style: `height:10px;border-radius:2px;border:1px solid rgba(0,0,0,0.15);background:linear-gradient(to right, ${css(NEGATIVE)}, ${css(NEUTRAL)}, ${css(POSITIVE)})` });
  const ticks = h("div", { class: "scale-ticks", style: "display:flex;justify-content:space-between;font-variant-numeric:tabular-nums" });
  const root = h("figure", { class: "output-scale", role: "group", "aria-label": "Colour scale", hidden: true, style: "margin:6px 0 8px;font-size:0.75rem" },
    h("figcaption", { style: "opacity:0.75;margin-bottom:2px" }, "Colour scale: predicted value (background), target (points)"), bar, ticks);
  let shown = Number.NaN;

  function show(range: number | null): void {
    root.hidden = range === null;
    if (range === null || range === shown) return;
    shown = range;
    ticks.replaceChildren(...scaleTicks(range).map((v) => h("span", {}, tickText(v))));
    root.setAttribute("aria-label", `Colour scale from ${tickText(-range)} (orange) through 0 (grey) to ${tickText(range)} (blue)`);
  }

  return { root, show };
}
