import { heatColor } from "../color/colormaps.js";
import { classCount, toXY, toLabels, type Labels, type Points2D } from "../input/points.js";
import { linearScale } from "../scale/scale.js";
import { renderAxes } from "../svg/axes.js";
import { renderColorbar } from "../svg/colorbar.js";
import { svgDocument } from "../svg/document.js";
import { DEFAULT_MARGINS, plotFrame } from "../svg/frame.js";
import { renderHeatmap } from "../svg/heatmap.js";
import { legendSize, renderLegend, type LegendItem } from "../svg/legend.js";
import { renderPoints, renderTestPoints } from "../svg/points.js";
import { cellColors, classLegend, pointColor } from "./class-style.js";
import { evaluateGrid, paddedDomain, type Domain, type PredictFn } from "./grid.js";
import { checkResolution, classNameOf, type PointPlotOptions } from "./options.js";

/** Options of {@link decisionBoundary}. Defaults: title `Decision boundary`, 680×520 px. */
export interface DecisionBoundaryOptions extends PointPlotOptions {
  /** Grid cells along each axis. Default 120. */
  resolution?: number;
  /** Region to map. Default: the data range (training and test points) ± 1 (seed 000's `plot_decision_boundary`). */
  domain?: Domain;
  /** Held-out points, drawn as diamonds over the training dots (the legend then says which is which). */
  test?: { points: Points2D; labels: Labels };
}

/** Room from the plot area's right edge to the legend (and to the colour bar's ticks). */
const GAP = 16;
/** What the colour bar needs right of the plot: the gap, the bar, its ticks and its rotated label. */
const COLORBAR_ROOM = 24 + 14 + 50;

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
  const test = options.test && toXY(`${where} (test)`, options.test.points);
  const testCls = options.test && test && toLabels(where, options.test.labels, test.x.length, "test.labels");
  const domain = options.domain ?? paddedDomain(test ? { x: [...xy.x, ...test.x], y: [...xy.y, ...test.y] } : xy);
  const grid = evaluateGrid(where, predictFn, domain, resolution, resolution);
  const classes = classCount(grid.classes, cls, testCls ?? []);
  const extra: LegendItem[] = test ? [{ key: "train", label: "train", color: "#ffffff", kind: "point" }, { key: "test", label: "test", color: "#ffffff", kind: "diamond" }] : [];
  const { items: legendItems, more } = classLegend(classes, options.classNames, height - DEFAULT_MARGINS.top - DEFAULT_MARGINS.bottom, extra);
  const legend = legendSize(legendItems, more);
  // The right margin holds the legend (and a binary map's colour bar below it): as wide as they
  // need, so a multi-class map has no empty band beside it.
  const right = Math.max(legend.width + GAP + 8, grid.binary ? COLORBAR_ROOM : 0);
  const frame = plotFrame(width, height, { right }, where, grid.binary ? "the legend and colour bar" : "the legend, as wide as its longest class name");
  const x = linearScale(domain.x, [frame.left, frame.left + frame.width]);
  const y = linearScale(domain.y, [frame.top + frame.height, frame.top]);
  const colorOf = (k: number): string => pointColor(k, classes);
  const plotRight = frame.left + frame.width;
  const colorbarTop = frame.top + legend.height + 10;
  const colorbar = grid.binary
    ? renderColorbar(
        { left: plotRight + 24, top: colorbarTop, width: 14, height: frame.top + frame.height - colorbarTop },
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
      `${resolution}×${resolution} cells, with ${xy.x.length} data points coloured by class${test ? ` and ${test.x.length} test points as diamonds` : ""}.`,
    body:
      `<g class="plot-area">${renderHeatmap(frame, resolution, resolution, cellColors(grid, classes))}${renderPoints(xy, cls, x, y, colorOf)}` +
      `${test && testCls ? renderTestPoints(test, testCls, x, y, colorOf) : ""}</g>\n` +
      renderAxes(frame, x, y, { xLabel: options.xLabel ?? "Feature 1", yLabel: options.yLabel ?? "Feature 2" }) +
      renderLegend(legendItems, width - 8, frame.top, more) +
      colorbar,
  });
}
