import { Matrix, ShapeError } from "@backprop/linalg";
import { describe, expect, it } from "vitest";
import { fromHex, mix, toHex } from "../color/color.js";
import { classColor, heatColor, rdYlBu } from "../color/colormaps.js";
import type { Element } from "@xmldom/xmldom";
import { byClass, checkStandalone, parseFiniteSvg, parseSvg } from "../__fixtures__/parse-svg.js";
import { moons, moonsModel } from "../__fixtures__/samples.js";
import { decisionBoundary } from "./decision-boundary.js";

const quadrants = (grid: Matrix): Matrix => {
  const out = new Matrix(grid.rows, 3);
  for (let r = 0; r < grid.rows; r++) {
    const k = grid.data[2 * r]! < 0 ? 0 : grid.data[2 * r + 1]! < 0 ? 1 : 2;
    out.data[3 * r + k] = 1;
  }
  return out;
};

describe("decisionBoundary", () => {
  const { points, labels } = moons();

  it("draws every data point over a heat map, as a standalone SVG with a title", () => {
    const root = parseSvg(decisionBoundary(moonsModel, points, labels, { title: "Moons" }));
    expect(checkStandalone(root)).toBe("Moons");
    expect(byClass(root, "point")).toHaveLength(points.rows);
    expect(byClass(root, "cell-runs").length).toBeGreaterThan(0);
  });

  it("asks the model about the data range ± 1 (seed 000's mesh) by default", () => {
    let seen: Matrix | undefined;
    decisionBoundary((g) => ((seen = g), Matrix.fill(g.rows, 1, 0.5)), [[0, 1], [2, 5]], [0, 1], { resolution: 4 });
    const xs = Array.from({ length: 16 }, (_, i) => seen!.data[2 * i]!);
    const ys = Array.from({ length: 16 }, (_, i) => seen!.data[2 * i + 1]!);
    // Cell centres of a 4×4 grid over [-1, 3] × [0, 6]: x0 + (i + ½)·1 and y0 + (j + ½)·1.5.
    expect([...new Set(xs)].sort((a, b) => a - b)).toEqual([-0.5, 0.5, 1.5, 2.5]);
    expect([...new Set(ys)].sort((a, b) => a - b)).toEqual([0.75, 2.25, 3.75, 5.25]);
  });

  it("merges equal cells of a row into one rect: a vertical boundary gives two runs per row", () => {
    const step = (g: Matrix): Matrix => new Matrix(g.rows, 1, Float64Array.from({ length: g.rows }, (_, r) => (g.data[2 * r]! < 0.5 ? 0 : 1)));
    const root = parseSvg(decisionBoundary(step, [[0, 0], [1, 1]], [0, 1], { resolution: 50 }));
    const paths = byClass(root, "cell-runs");
    expect(paths.map((p) => p.getAttribute("fill")).sort()).toEqual([toHex(heatColor(0)), toHex(heatColor(1))].sort());
    for (const p of paths) {
      expect(p.getAttribute("d")?.match(/M/g)).toHaveLength(50);
      expect(p.getAttribute("data-runs")).toBe("50");
    }
  });

  it("colours a binary map by probability on red–yellow–blue, with class 0 red and class 1 blue", () => {
    const root = parseSvg(decisionBoundary(() => Matrix.fill(100, 1, 0.5), [[0, 0], [1, 1]], [0, 1], { resolution: 10 }));
    const fills = new Set(byClass(root, "cell-runs").map((r) => r.getAttribute("fill")));
    expect(fills).toEqual(new Set([toHex(heatColor(0.5))]));
    const [p0, p1] = byClass(root, "point").map((c) => c.getAttribute("fill"));
    expect([p0, p1]).toEqual([toHex(rdYlBu(0)), toHex(rdYlBu(1))]);
    expect(byClass(root, "colorbar")).toHaveLength(1);
  });

  it("colours a multi-class map by argmax class, consistent with points and legend", () => {
    const pts = [[-1, 1], [1, -1], [1, 1]];
    const root = parseSvg(decisionBoundary(quadrants, pts, [0, 1, 2], { resolution: 20, classNames: ["a", "b", "c"] }));
    const legend = byClass(root, "legend-item").map((g) => g.getAttribute("data-color"));
    expect(legend).toEqual([classColor(0), classColor(1), classColor(2)]);
    expect(byClass(root, "point").map((c) => c.getAttribute("fill"))).toEqual(legend);
    // Certain predictions (p = 1) get the strongest tint of the class colour.
    const tint = (k: number): string => toHex(mix([255, 255, 255], fromHex(classColor(k)), 0.55));
    const runs = byClass(root, "cell-runs");
    expect(new Set(runs.map((r) => r.getAttribute("fill")))).toEqual(new Set([tint(0), tint(1), tint(2)]));
    expect(byClass(root, "colorbar")).toHaveLength(0);
  });

  it("keeps a two-column (softmax) model's map in the same red/blue as its points", () => {
    const softmax2 = (g: Matrix): Matrix => {
      const out = new Matrix(g.rows, 2);
      for (let r = 0; r < g.rows; r++) out.data[2 * r + (g.data[2 * r]! < 0.5 ? 0 : 1)] = 1;
      return out;
    };
    const root = parseSvg(decisionBoundary(softmax2, [[0, 0], [1, 1]], [0, 1], { resolution: 10 }));
    const tint = (k: number): string => toHex(mix([255, 255, 255], rdYlBu(k), 0.55));
    expect(new Set(byClass(root, "cell-runs").map((r) => r.getAttribute("fill")))).toEqual(new Set([tint(0), tint(1)]));
    expect(byClass(root, "point").map((c) => c.getAttribute("fill"))).toEqual([toHex(rdYlBu(0)), toHex(rdYlBu(1))]);
  });

  /** The plot frame's and the legend box's rectangles, in SVG pixels. */
  const layout = (root: Element): { plotRight: number; legendLeft: number; legendRight: number } => {
    const [frame] = byClass(root, "frame");
    const box = byClass(root, "legend")[0]?.getElementsByTagName("rect")[0];
    const n = (el: Element | null | undefined, a: string): number => Number(el?.getAttribute(a));
    return { plotRight: n(frame, "x") + n(frame, "width"), legendLeft: n(box, "x"), legendRight: n(box, "x") + n(box, "width") };
  };

  it("places a multi-class legend just right of the plot: no empty band beside it, whatever the names' length", () => {
    for (const classNames of [["a", "b", "c"], ["setosa", "versicolor", "virginica"], ["a much longer class name", "b", "c"]]) {
      const { plotRight, legendLeft, legendRight } = layout(parseSvg(decisionBoundary(quadrants, [[-1, 1], [1, -1], [1, 1]], [0, 1, 2], { resolution: 8, classNames })));
      expect(legendLeft - plotRight).toBe(16);
      expect(680 - legendRight).toBe(8);
    }
  });

  it("keeps room for a binary map's colour bar and its label", () => {
    const root = parseSvg(decisionBoundary(() => Matrix.fill(16, 1, 0.5), [[0, 0], [1, 1]], [0, 1], { resolution: 4 }));
    const { plotRight, legendLeft } = layout(root);
    expect(legendLeft).toBeGreaterThan(plotRight);
    const texts = Array.from(byClass(root, "colorbar")[0]?.getElementsByTagName("text") ?? []);
    const label = texts.find((t) => t.hasAttribute("transform"))?.getAttribute("transform") ?? "";
    const labelX = Number(/translate\(([\d.]+)/.exec(label)?.[1]);
    // The rotated label (12 px font, centred on its x) stays inside the canvas.
    expect(labelX).toBeGreaterThan(plotRight);
    expect(labelX + 8).toBeLessThanOrEqual(680);
  });

  it("draws test points as diamonds in their class colour, apart from the training dots, and says so in the legend", () => {
    const root = parseSvg(decisionBoundary(quadrants, [[-1, 1], [1, -1]], [0, 1], { resolution: 8, classNames: ["a", "b", "c"], test: { points: [[1, 1], [-1, 2], [2, -1]], labels: [2, 0, 1] } }));
    expect(byClass(root, "point")).toHaveLength(2);
    const diamonds = byClass(root, "test-point");
    expect(diamonds.map((d) => d.tagName.toLowerCase())).toEqual(["path", "path", "path"]);
    expect(diamonds.map((d) => d.getAttribute("fill"))).toEqual([classColor(2), classColor(0), classColor(1)]);
    const keys = byClass(root, "legend-item").map((g) => g.getAttribute("data-key"));
    expect(keys).toEqual(["0", "1", "2", "train", "test"]);
    const swatches = byClass(root, "legend-item").slice(3).map((g) => g.getElementsByTagName("*")[0]?.tagName.toLowerCase());
    expect(swatches).toEqual(["circle", "path"]);
  });

  it("maps the test points' range too by default, and checks their labels", () => {
    let seen: Matrix | undefined;
    decisionBoundary((g) => ((seen = g), Matrix.fill(g.rows, 1, 0.5)), [[0, 1], [2, 5]], [0, 1], { resolution: 4, test: { points: [[6, 1]], labels: [1] } });
    const xs = [...new Set(Array.from({ length: 16 }, (_, i) => seen!.data[2 * i]!))].sort((a, b) => a - b);
    // [-1, 7] in 4 cells of 2.
    expect(xs).toEqual([0, 2, 4, 6]);
    expect(() => decisionBoundary(moonsModel, [[0, 0]], [0], { test: { points: [[1, 1]], labels: [0, 1] } })).toThrow(
      /^decisionBoundary: test\.labels must have one entry per point\. Received: test\.labels\.length=2, points=1\.$/,
    );
  });

  it("rejects model output it cannot draw", () => {
    const pts = [[0, 0], [1, 1]];
    expect(() => decisionBoundary(() => Matrix.zeros(3, 1), pts, [0, 1], { resolution: 4 })).toThrow(ShapeError);
    expect(() => decisionBoundary(() => Matrix.zeros(3, 1), pts, [0, 1], { resolution: 4 })).toThrow(
      /^decisionBoundary: predictFn must return one row per grid point\. Received: output\.shape=\[3,1\], expected \[16,k\]\.$/,
    );
    expect(() => decisionBoundary(() => Matrix.fill(16, 1, 1.5), pts, [0, 1], { resolution: 4 })).toThrow(
      /^decisionBoundary: predictFn must return probabilities in \[0, 1\]\. Received: output\[0\]\[0\]=1\.5\.$/,
    );
    const nan = new Matrix(16, 2);
    nan.data[5] = NaN;
    expect(() => decisionBoundary(() => nan, pts, [0, 1], { resolution: 4 })).toThrow(/finite scores\. Received: output\[2\]\[1\]=NaN\./);
    expect(() => decisionBoundary(moonsModel, pts, [0, 1], { resolution: 1 })).toThrow(/^decisionBoundary: resolution must be an integer from 2 to 1000\. Received: resolution=1\.$/);
    expect(() => decisionBoundary(moonsModel, pts, [0, 1], { domain: { x: [1, 1], y: [0, 1] } })).toThrow(
      /^decisionBoundary: domain must be finite with x0 < x1 and y0 < y1\. Received: domain\.x=\[1,1\], domain\.y=\[0,1\]\.$/,
    );
    expect(() => decisionBoundary(moonsModel, Matrix.zeros(2, 3), [0, 1])).toThrow(/points must have exactly 2 columns\. Received: points\.shape=\[2,3\]\./);
  });
});

describe("decisionBoundary errors and limits", () => {
  const half = (grid: Matrix) => Matrix.fill(grid.rows, 1, 0.5);

  it("pads the default domain around a point beyond 9e15 instead of blaming a domain nobody passed", () => {
    const root = parseFiniteSvg(decisionBoundary(half, [[1e17, 0]], [1], { resolution: 4 }));
    // 10 % of 1e17 each side: [9e16, 1.1e17].
    expect(root.getElementsByTagName("desc")[0]?.textContent).toMatch(/^Decision map of a binary model over x in \[90000000000000000, 110000000000000000\] and y in \[-1, 1\]/);
  });

  it("cuts a long class name in the legend, and names the legend when the canvas is too narrow for it", () => {
    const long = "n".repeat(100);
    const root = parseSvg(decisionBoundary(half, [[0, 0]], [1], { resolution: 4, classNames: ["a", long] }));
    expect(byClass(root, "legend-item")[1]?.getElementsByTagName("text")[0]?.textContent).toBe(`${"n".repeat(39)}…`);
    expect(() => decisionBoundary(half, [[0, 0]], [1], { resolution: 4, classNames: ["a", long], width: 400 })).toThrow(
      /^decisionBoundary: width and height must leave at least 40 px for the plot inside margins of 70 px left, 340 px right \(the legend and colour bar\), 44 px top and 56 px bottom\. Received: width=400, height=520\.$/,
    );
  });

  it("keeps a 500-class legend on the canvas, with the train/test entries", () => {
    const k = 500;
    const scores = (grid: Matrix) => Matrix.fill(grid.rows, k, 1 / k);
    const root = parseFiniteSvg(decisionBoundary(scores, [[0, 0]], [0], { resolution: 2, test: { points: [[1, 1]], labels: [1] } }));
    const keys = byClass(root, "legend-item").map((g) => g.getAttribute("data-key"));
    expect(keys.slice(-2)).toEqual(["train", "test"]);
    expect(keys.length - 2 + Number(byClass(root, "legend-more")[0]?.getAttribute("data-more"))).toBe(k);
    const box = byClass(root, "legend")[0]?.getElementsByTagName("rect")[0];
    expect(Number(box?.getAttribute("y")) + Number(box?.getAttribute("height"))).toBeLessThanOrEqual(520);
  });
});
