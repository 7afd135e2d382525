import { describe, expect, it } from "vitest";
import { byClass, checkStandalone, parseSvg, tickValues } from "../__fixtures__/parse-svg.js";
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
