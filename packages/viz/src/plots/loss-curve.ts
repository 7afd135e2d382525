import { classColor } from "../color/colormaps.js";
import { renderAxes } from "../svg/axes.js";
import { svgDocument } from "../svg/document.js";
import { escapeXml, num } from "../svg/escape.js";
import { plotFrame } from "../svg/frame.js";
import { legendRows, renderLegend } from "../svg/legend.js";
import { linearScale, logScale as makeLogScale } from "../scale/scale.js";
import { decimate } from "./decimate.js";
import { lossSeries, type LossHistory } from "./loss-series.js";

/** Options of {@link lossCurve}. */
export interface LossCurveOptions {
  /** Log-10 y axis with ticks at powers of ten (the tutorials' `plt.yscale('log')`). Default false. */
  logScale?: boolean;
  /** Keys of `history` to draw, in order. Default: every array of numbers in it. */
  series?: readonly string[];
  title?: string;
  width?: number;
  height?: number;
}

/**
 * The training-history plot: loss per epoch (x = epoch index from 0, as `plt.plot(losses)`),
 * one line per series (`<path class="series" data-key=… data-points=n>`), a legend when there are
 * several. Histories longer than four points per pixel are drawn through {@link decimate}.
 * @throws TypeError / RangeError for an empty history or a non-finite (or, on a log scale,
 * non-positive) loss.
 * @example
 * const svg = lossCurve({ loss: [0.69, 0.4, 0.2], valLoss: [0.7, 0.5, 0.3] }, { logScale: true });
 * svg.includes('data-key="valLoss"'); // true
 */
export function lossCurve(history: LossHistory, options: LossCurveOptions = {}): string {
  const { logScale = false, title = "Training loss", width = 640, height = 400 } = options;
  const series = lossSeries(history, options.series, logScale);
  const frame = plotFrame(width, height, {}, "lossCurve");
  const n = series.reduce((most, s) => Math.max(most, s.values.length), 0);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) for (let i = 0; i < s.values.length; i++) {
    lo = Math.min(lo, s.values[i] as number);
    hi = Math.max(hi, s.values[i] as number);
  }
  const x = linearScale([0, Math.max(1, n - 1)], [frame.left, frame.left + frame.width], true);
  const yRange = [frame.top + frame.height, frame.top] as const;
  const y = logScale ? makeLogScale([lo, hi], yRange) : linearScale([lo, hi], yRange, true);
  const lines = series.map((s, k) => {
    const d = decimate(s.values, Math.ceil(frame.width)).map((i, v) => `${v === 0 ? "M" : "L"}${num(x.map(i))} ${num(y.map(s.values[i] as number))}`);
    const dash = k > 0 ? ' stroke-dasharray="6 3"' : "";
    return `<path class="series" data-key="${escapeXml(s.key)}" data-points="${s.values.length}" d="${d.join("")}" fill="none" stroke="${classColor(k)}" stroke-width="2" stroke-linejoin="round"${dash}/>\n`;
  });
  const rows = legendRows(frame.height - 16);
  const keyed = series.length <= rows ? series : series.slice(0, rows - 1);
  const legend =
    series.length > 1
      ? renderLegend(
          keyed.map((s, k) => ({ key: s.key, label: s.label, color: classColor(k), kind: "line", dashed: k > 0 })),
          frame.left + frame.width - 8,
          frame.top + 8,
          series.length - keyed.length,
        )
      : "";
  const last = series.map((s) => `${s.label} ${(s.values[s.values.length - 1] as number).toPrecision(4)}`).join(", ");
  return svgDocument({
    width,
    height,
    title,
    desc: `Line chart of loss against epoch over ${n} epochs${logScale ? " on a log scale" : ""}; final values: ${last}.`,
    body:
      renderAxes(frame, x, y, { xLabel: "epoch", yLabel: logScale ? "loss (log scale)" : "loss", grid: true }) +
      `<g class="plot-area">${lines.join("")}</g>\n` +
      legend,
  });
}
