import { heatColor } from "../color/colormaps.js";
import { toXY, toLabels, type Labels, type Points2D } from "../input/points.js";
import { linearScale } from "../scale/scale.js";
import { renderAxes } from "../svg/axes.js";
import { renderColorbar } from "../svg/colorbar.js";
import { svgDocument } from "../svg/document.js";
import { plotFrame } from "../svg/frame.js";
import { renderHeatmap } from "../svg/heatmap.js";
import { renderLegend } from "../svg/legend.js";
import { renderPoints } from "../svg/points.js";
import { cellColors, classLegendItems, pointColor } from "./class-style.js";
import { evaluateGrid, paddedDomain, type Domain, type PredictFn } from "./grid.js";
import { checkResolution, classNameOf, type PointPlotOptions } from "./options.js";

/** Options of {@link decisionBoundary}. Defaults: title `Decision boundary`, 680×520 px. */
export interface DecisionBoundaryOptions extends PointPlotOptions {
  /** Grid cells along each axis. Default 120. */
  resolution?: number;
  /** Region to map. Default: the data range ± 1 (seed 000's `plot_decision_boundary`). */
  domain?: Domain;
}

/**
 * The model's output over the plane as a heat map with the data points on top. Binary models
 * (`n×1` output) get the red–yellow–blue probability scale and a colour bar; `n×k` models one
 * colour per class (argmax), lighter where the model is less sure.
 * @throws RangeError / ShapeError for bad points, labels, options or model output.
 * @example
 * const svg = decisionBoundary((g) => sigmoidOf(g), X, y, { title: "XOR" });
 * svg.match(/class="point"/g).length; // X.rows
 */
export function decisionBoundary(predictFn: PredictFn, points: Points2D, labels: Labels, options: DecisionBoundaryOptions = {}): string {
  const where = "decisionBoundary";
  const { resolution = 120, title = "Decision boundary", width = 680, height = 520 } = options;
  checkResolution(where, resolution);
  const xy = toXY(where, points);
  const cls = toLabels(where, labels, xy.x.length);
  const domain = options.domain ?? paddedDomain(xy);
  const grid = evaluateGrid(where, predictFn, domain, resolution, resolution);
  const classes = Math.max(grid.classes, ...Array.from(cls, (c) => c + 1));
  const frame = plotFrame(width, height, { right: 150 });
  const x = linearScale(domain.x, [frame.left, frame.left + frame.width]);
  const y = linearScale(domain.y, [frame.top + frame.height, frame.top]);
  const colorOf = (k: number): string => pointColor(k, classes);
  const right = frame.left + frame.width;
  const colorbarTop = frame.top + 20 + classes * 18;
  const colorbar = grid.binary
    ? renderColorbar(
        { left: right + 24, top: colorbarTop, width: 14, height: frame.top + frame.height - colorbarTop },
        linearScale([0, 1], [frame.top + frame.height, colorbarTop]),
        heatColor,
        `P(${classNameOf(options.classNames, 1)})`,
      )
    : "";
  return svgDocument({
    width,
    height,
    title,
    desc:
      `Decision map of a ${grid.binary ? "binary" : `${classes}-class`} model over x in [${domain.x.join(", ")}] and y in [${domain.y.join(", ")}], ` +
      `${resolution}×${resolution} cells, with ${xy.x.length} data points coloured by class.`,
    body:
      `<g class="plot-area">${renderHeatmap(frame, resolution, resolution, cellColors(grid, classes))}${renderPoints(xy, cls, x, y, colorOf)}</g>\n` +
      renderAxes(frame, x, y, { xLabel: options.xLabel ?? "Feature 1", yLabel: options.yLabel ?? "Feature 2" }) +
      renderLegend(classLegendItems(classes, options.classNames), width - 8, frame.top) +
      colorbar,
  });
}
