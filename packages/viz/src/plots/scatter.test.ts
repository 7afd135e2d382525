import { describe, expect, it } from "vitest";
import { byClass, checkStandalone, parseFiniteSvg, parseSvg, tickValues } from "../__fixtures__/parse-svg.js";
import { blobs } from "../__fixtures__/samples.js";
import { scatter } from "./scatter.js";

describe("scatter", () => {
  const { points, labels } = blobs();

  it("draws one circle per point with axes covering the data", () => {
    const root = parseSvg(scatter(points, labels, { title: "Blobs" }));
    expect(checkStandalone(root)).toBe("Blobs");
    expect(byClass(root, "point")).toHaveLength(points.rows);
    for (const [axis, col] of [["x-tick", 0], ["y-tick", 1]] as const) {
      const values = Array.from({ length: points.rows }, (_, i) => points.data[2 * i + col] as number);
      const ticks = tickValues(root, axis);
      expect(ticks[0]).toBeLessThanOrEqual(Math.min(...values));
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(...values));
    }
  });

  it("gives each class one distinct colour, the same on its points and in the legend", () => {
    const root = parseSvg(scatter(points, labels, { classNames: ["a", "b", "c"] }));
    const legend = new Map(byClass(root, "legend-item").map((g) => [g.getAttribute("data-key"), g.getAttribute("data-color")]));
    expect(new Set(legend.values()).size).toBe(3);
    for (const circle of byClass(root, "point")) {
      expect(circle.getAttribute("fill")).toBe(legend.get(circle.getAttribute("data-class")));
    }
    expect(byClass(root, "legend-item").map((g) => g.getElementsByTagName("text")[0]?.textContent)).toEqual(["a", "b", "c"]);
  });

  it("places points by their coordinates (y up)", () => {
    const root = parseSvg(scatter([[0, 0], [1, 1]], [0, 1]));
    const [a, b] = byClass(root, "point");
    expect(Number(b?.getAttribute("cx"))).toBeGreaterThan(Number(a?.getAttribute("cx")));
    expect(Number(b?.getAttribute("cy"))).toBeLessThan(Number(a?.getAttribute("cy")));
  });

  it("accepts number[][] without labels and rejects bad points", () => {
    expect(byClass(parseSvg(scatter([[1, 2], [3, 4], [5, 6]])), "point")).toHaveLength(3);
    expect(() => scatter([[1, 2, 3]])).toThrow(/^scatter: every point must have exactly 2 coordinates\. Received: points\[0\]\.length=3\.$/);
    expect(() => scatter([[1, NaN]])).toThrow(/^scatter: point coordinates must be finite numbers\. Received: points\[0\]=\[1,NaN\]\.$/);
    expect(() => scatter([[1, 2]], [0.5])).toThrow(/^scatter: labels must be non-negative integers\. Received: labels\[0\]=0\.5\.$/);
    expect(() => scatter([[1, 2]], [0, 1])).toThrow(/^scatter: labels must have one entry per point\. Received: labels\.length=2, points=1\.$/);
  });
});

describe("scatter with extreme input", () => {
  it("draws finite points inside the frame for coordinates near ±1e308 and far from zero", () => {
    for (const points of [[[1e308, -1e308], [-1e308, 1e308]], [[Number.MAX_VALUE, 0], [-Number.MAX_VALUE, 1]], [[1e17, 0], [1e17 + 64, 1]]]) {
      const root = parseFiniteSvg(scatter(points, [0, 1]));
      const frame = byClass(root, "frame")[0];
      const [x0, y0] = [Number(frame?.getAttribute("x")), Number(frame?.getAttribute("y"))];
      const [x1, y1] = [x0 + Number(frame?.getAttribute("width")), y0 + Number(frame?.getAttribute("height"))];
      const dots = byClass(root, "point");
      expect(dots).toHaveLength(2);
      for (const d of dots) {
        const [cx, cy] = [Number(d.getAttribute("cx")), Number(d.getAttribute("cy"))];
        expect(cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1).toBe(true);
      }
    }
  });

  it("takes 200,000 labelled points (no Math.max spread over the labels)", () => {
    const n = 200_000;
    const points = Array.from({ length: n }, (_, i) => [i % 7, i % 11]);
    const root = parseSvg(scatter(points, Array.from({ length: n }, (_, i) => i % 3)));
    expect(byClass(root, "legend-item")).toHaveLength(3);
    // Parsing the 16 MB document takes seconds on a loaded machine: room beyond the default 5 s.
  }, 60_000);

  it("keeps a legend of 300 classes on the canvas: the first classes, then +N more", () => {
    const root = parseFiniteSvg(scatter([[0, 0], [1, 1]], [0, 299]));
    const box = byClass(root, "legend")[0]?.getElementsByTagName("rect")[0];
    expect(Number(box?.getAttribute("y")) + Number(box?.getAttribute("height"))).toBeLessThanOrEqual(480);
    const shown = byClass(root, "legend-item").map((g) => g.getAttribute("data-key"));
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, k) => String(k)));
    expect(shown.length + Number(byClass(root, "legend-more")[0]?.getAttribute("data-more"))).toBe(300);
    // One class far beyond the points still gets a bounded legend.
    expect(byClass(parseSvg(scatter([[0, 0]], [1_000_000])), "legend-item").length).toBe(shown.length);
  });

  it("drops control characters from class names and labels instead of writing invalid XML", () => {
    const root = parseSvg(scatter([[0, 0], [1, 1]], [0, 1], { classNames: ["\u001b[31mred\u001b[0m", "b\u000b"], xLabel: "x\u0001", title: "t\u0000" }));
    expect(byClass(root, "legend-item").map((g) => g.getElementsByTagName("text")[0]?.textContent)).toEqual(["[31mred[0m", "b"]);
  });
});
