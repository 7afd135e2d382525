import { fromHex, mix, type Rgb } from "../color/color.js";
import { classCount, toLabels, toXY, type Labels, type Points2D } from "../input/points.js";
import { cellColors, pointColor } from "../plots/class-style.js";
import { evaluateGrid, paddedDomain, type Domain, type Grid, type PredictFn } from "../plots/grid.js";
import { checkSize } from "../plots/options.js";
import { ANSI_RESET, ansiColor } from "./ansi.js";

/** Options of {@link decisionMap}. */
export interface DecisionMapOptions {
  /** Characters per line (e.g. `process.stdout.columns`). */
  width: number;
  /** Lines of text. */
  height: number;
  /** Region to map. Default: the data range ± 1. */
  domain?: Domain;
  /** 24-bit ANSI colour with half-blocks `▀` (two grid rows per line). Default false: plain text. */
  color?: boolean;
}

const SHADES = " ░▒▓█";
/** Plain-text marks of the data points, by class. */
export const MARKS = "ox+*#@%&=~";

/**
 * A coarse decision map for a terminal: `height` lines of exactly `width` visible characters.
 * Plain: each character is one grid cell, shaded `" ░▒▓█"` by `P(class 1)` (binary) or by class
 * index (multi-class), with data points drawn as their class mark (`o` class 0, `x` class 1,
 * `+`, `*`, …). With `color`, each character is two cells (`▀`: foreground top, background
 * bottom) in the SVG plot's colours and points are `●` in their class colour.
 * @throws RangeError / ShapeError for bad sizes, points, labels or model output.
 * @example
 * decisionMap(predict, X, y, { width: 40, height: 12 }).length; // 12
 */
export function decisionMap(predictFn: PredictFn, points: Points2D, labels: Labels, options: DecisionMapOptions): string[] {
  const where = "decisionMap";
  const { width, height, color = false } = options;
  checkSize(where, "width", width);
  checkSize(where, "height", height);
  const xy = toXY(where, points);
  const cls = toLabels(where, labels, xy.x.length);
  const domain = options.domain ?? paddedDomain(xy);
  const rows = color ? height * 2 : height;
  const grid = evaluateGrid(where, predictFn, domain, width, rows);
  const classes = classCount(grid.classes, cls);
  // Which data point (if any) falls in each character cell: the last one drawn wins.
  const marks = new Int32Array(width * height).fill(-1);
  for (let i = 0; i < xy.x.length; i++) {
    const c = Math.floor((((xy.x[i] as number) - domain.x[0]) / (domain.x[1] - domain.x[0])) * width);
    const r = Math.floor(((domain.y[1] - (xy.y[i] as number)) / (domain.y[1] - domain.y[0])) * height);
    if (c >= 0 && c < width && r >= 0 && r < height) marks[r * width + c] = cls[i] as number;
  }
  return color ? colorLines(grid, marks, classes) : plainLines(grid, marks);
}

function plainLines(grid: Grid, marks: Int32Array): string[] {
  const lines: string[] = [];
  for (let r = 0; r < grid.ny; r++) {
    let line = "";
    for (let c = 0; c < grid.nx; c++) {
      const mark = marks[r * grid.nx + c] as number;
      const cell = r * grid.nx + c;
      const shade = grid.binary ? Math.round((grid.p[cell] as number) * 4) : (grid.cls[cell] as number) % SHADES.length;
      line += mark >= 0 ? MARKS[mark % MARKS.length] : SHADES[shade];
    }
    lines.push(line);
  }
  return lines;
}

function colorLines(grid: Grid, marks: Int32Array, classes: number): string[] {
  const colors = cellColors(grid, classes).map(fromHex);
  const lines: string[] = [];
  for (let r = 0; r < grid.ny / 2; r++) {
    let line = "";
    for (let c = 0; c < grid.nx; c++) {
      const top = colors[2 * r * grid.nx + c] as Rgb;
      const bottom = colors[(2 * r + 1) * grid.nx + c] as Rgb;
      const mark = marks[r * grid.nx + c] as number;
      line +=
        mark >= 0
          ? ansiColor(fromHex(pointColor(mark, classes))) + ansiColor(mix(top, bottom, 0.5), true) + "●"
          : ansiColor(top) + ansiColor(bottom, true) + "▀";
    }
    lines.push(line + ANSI_RESET);
  }
  return lines;
}
