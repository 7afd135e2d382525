import { classCount, extent, toLabels, toXY, type Labels, type Points2D } from "../input/points.js";
import { linearScale } from "../scale/scale.js";
import { renderAxes } from "../svg/axes.js";
import { svgDocument } from "../svg/document.js";
import { plotFrame } from "../svg/frame.js";
import { renderLegend } from "../svg/legend.js";
import { renderPoints } from "../svg/points.js";
import { classLegend, pointColor } from "./class-style.js";
import type { PointPlotOptions } from "./options.js";

/** Options of {@link scatter}. Defaults: title `Data`, 640×480 px. */
export type ScatterOptions = PointPlotOptions;

/**
 * A scatter plot of 2-D points coloured by class (red/blue for two classes, the categorical
 * palette for more), axes widened to nice ticks covering the data, a legend per class.
 * @throws RangeError for points that are not `n×2` finite values or labels that do not match.
 * @example
 * scatter([[0, 0], [1, 1]], [0, 1]).match(/class="point"/g).length; // 2
 */
export function scatter(points: Points2D, labels?: Labels, options: ScatterOptions = {}): string {
  const where = "scatter";
  const { title = "Data", width = 640, height = 480 } = options;
  const xy = toXY(where, points);
  const n = xy.x.length;
  const cls = labels === undefined ? undefined : toLabels(where, labels, n);
  const classes = cls ? classCount(Math.max(1, options.classNames?.length ?? 0), cls) : 1;
  const hasLegend = cls !== undefined;
  const frame = plotFrame(width, height, { right: hasLegend ? 140 : 24 }, where, hasLegend ? "the legend" : "");
  const x = linearScale(extent(xy.x), [frame.left, frame.left + frame.width], true);
  const y = linearScale(extent(xy.y), [frame.top + frame.height, frame.top], true);
  const colorOf = (k: number): string => pointColor(k, classes);
  const fitted = classLegend(classes, options.classNames, height - frame.top - 8);
  const legend = hasLegend ? renderLegend(fitted.items, width - 8, frame.top, fitted.more) : "";
  return svgDocument({
    width,
    height,
    title,
    desc: `Scatter plot of ${n} points${hasLegend ? ` in ${classes} classes` : ""}, x from ${x.domain[0]} to ${x.domain[1]}, y from ${y.domain[0]} to ${y.domain[1]}.`,
    body:
      renderAxes(frame, x, y, { xLabel: options.xLabel ?? "Feature 1", yLabel: options.yLabel ?? "Feature 2", grid: true }) +
      `<g class="plot-area">${renderPoints(xy, cls, x, y, colorOf)}</g>\n` +
      legend,
  });
}
