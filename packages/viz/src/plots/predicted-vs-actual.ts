import { classColor } from "../color/colormaps.js";
import { extent } from "../input/points.js";
import { linearScale } from "../scale/scale.js";
import { renderAxes } from "../svg/axes.js";
import { svgDocument } from "../svg/document.js";
import { num } from "../svg/escape.js";
import { plotFrame } from "../svg/frame.js";
import { renderPoints } from "../svg/points.js";
import { readPair, rSquared, type RegressionPlotOptions, type RegressionValues } from "./regression-values.js";

/** Options of {@link predictedVsActual}. Defaults: title `Predicted vs actual`, axes `actual` and `predicted`, 640×480 px. */
export type PredictedVsActualOptions = RegressionPlotOptions;

/**
 * A regression model's predictions against the true values: one point per sample at
 * `(yTrue[i], yPred[i])`, both axes on the same nice domain covering every value, and the line
 * `y = x` (`<line class="identity-line">`) where a perfect model's points would lie; the
 * description gives `R²`.
 * @throws RangeError for lists of different lengths, an empty list or a non-finite value, a
 *   Matrix with more than one column; TypeError for something that is not a list.
 * @example
 * const svg = predictedVsActual([1, 2, 3], [1.1, 1.8, 3.2]);
 * svg.match(/class="point"/g).length; // 3
 * svg.includes('class="identity-line"'); // true
 */
export function predictedVsActual(yTrue: RegressionValues, yPred: RegressionValues, options: PredictedVsActualOptions = {}): string {
  const where = "predictedVsActual";
  const { title = "Predicted vs actual", width = 640, height = 480 } = options;
  const v = readPair(where, yTrue, yPred);
  const [lo1, hi1] = extent(v.yTrue);
  const [lo2, hi2] = extent(v.yPred);
  const domain: [number, number] = [Math.min(lo1, lo2), Math.max(hi1, hi2)];
  const frame = plotFrame(width, height, {}, where);
  const x = linearScale(domain, [frame.left, frame.left + frame.width], true);
  const y = linearScale(domain, [frame.top + frame.height, frame.top], true);
  const [d0, d1] = x.domain;
  const line = `<line class="identity-line" x1="${num(x.map(d0))}" y1="${num(y.map(d0))}" x2="${num(x.map(d1))}" y2="${num(y.map(d1))}" stroke="#888" stroke-width="1.5" stroke-dasharray="6 4"/>\n`;
  return svgDocument({
    width,
    height,
    title,
    desc: `Predicted against actual values for ${v.yTrue.length} samples, R² ${rSquared(v.yTrue, v.yPred).toPrecision(4)}; both axes from ${d0} to ${d1}, with the line y = x.`,
    body:
      renderAxes(frame, x, y, { xLabel: options.xLabel ?? "actual", yLabel: options.yLabel ?? "predicted", grid: true }) +
      `<g class="plot-area">${line}${renderPoints({ x: v.yTrue, y: v.yPred }, undefined, x, y, () => classColor(0), 3.5)}</g>\n`,
  });
}
