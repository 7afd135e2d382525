import { classColor } from "../color/colormaps.js";
import { extent } from "../input/points.js";
import { linearScale } from "../scale/scale.js";
import { renderAxes } from "../svg/axes.js";
import { svgDocument } from "../svg/document.js";
import { num } from "../svg/escape.js";
import { plotFrame } from "../svg/frame.js";
import { renderPoints } from "../svg/points.js";
import { readPair, type RegressionPlotOptions, type RegressionValues } from "./regression-values.js";

/** Options of {@link residualPlot}. Defaults: title `Residuals`, axes `predicted` and `residual (y − ŷ)`, 640×480 px. */
export type ResidualPlotOptions = RegressionPlotOptions;

/**
 * Residuals `yTrue[i] − yPred[i]` against the predictions `yPred[i]` (scikit-learn's
 * `PredictionErrorDisplay(kind="residual_vs_predicted")`): one point per sample, axes widened to
 * nice ticks covering the data and 0, and a zero line (`<line class="zero-line">`) that a model
 * with no error would put every point on.
 * @throws as {@link predictedVsActual}, and RangeError when a residual overflows to ±Infinity.
 * @example
 * const svg = residualPlot([1, 2, 3], [1.1, 1.8, 3.2]);
 * svg.match(/class="point"/g).length; // 3
 * svg.includes('class="zero-line"');  // true
 */
export function residualPlot(yTrue: RegressionValues, yPred: RegressionValues, options: ResidualPlotOptions = {}): string {
  const where = "residualPlot";
  const { title = "Residuals", width = 640, height = 480 } = options;
  const v = readPair(where, yTrue, yPred);
  const residuals = v.yTrue.map((t, i) => t - (v.yPred[i] as number));
  const overflow = residuals.findIndex((r) => !Number.isFinite(r));
  if (overflow >= 0) {
    throw new RangeError(
      `${where}: residuals yTrue[i] − yPred[i] must be finite numbers (they overflow past ±1.8e308). Received: yTrue[${overflow}]=${v.yTrue[overflow]}, yPred[${overflow}]=${v.yPred[overflow]}.`,
    );
  }
  const [lo, hi] = extent(residuals);
  const frame = plotFrame(width, height, {}, where);
  const x = linearScale(extent(v.yPred), [frame.left, frame.left + frame.width], true);
  const y = linearScale([Math.min(lo, 0), Math.max(hi, 0)], [frame.top + frame.height, frame.top], true);
  const zero = `<line class="zero-line" x1="${num(frame.left)}" y1="${num(y.map(0))}" x2="${num(frame.left + frame.width)}" y2="${num(y.map(0))}" stroke="#888" stroke-width="1.5" stroke-dasharray="6 4"/>\n`;
  const n = residuals.length;
  const sumAbs = residuals.reduce((a, r) => a + Math.abs(r), 0);
  // Σ|r| can overflow where each |r| does not: then sum |r|/n instead.
  const meanAbs = Number.isFinite(sumAbs) ? sumAbs / n : residuals.reduce((a, r) => a + Math.abs(r) / n, 0);
  return svgDocument({
    width,
    height,
    title,
    desc: `Residuals y − ŷ against the prediction ŷ for ${residuals.length} samples, from ${lo.toPrecision(4)} to ${hi.toPrecision(4)} (mean absolute ${meanAbs.toPrecision(4)}); x from ${x.domain[0]} to ${x.domain[1]}, with a line at 0.`,
    body:
      renderAxes(frame, x, y, { xLabel: options.xLabel ?? "predicted", yLabel: options.yLabel ?? "residual (y − ŷ)", grid: true }) +
      `<g class="plot-area">${zero}${renderPoints({ x: v.yPred, y: residuals }, undefined, x, y, () => classColor(0), 3.5)}</g>\n`,
  });
}
