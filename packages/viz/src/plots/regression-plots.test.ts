import type { Element } from "@xmldom/xmldom";
import { Matrix } from "@backprop/linalg";
import { describe, expect, it } from "vitest";
import { byClass, checkStandalone, parseFiniteSvg, parseSvg, tickValues } from "../__fixtures__/parse-svg.js";
import { predictedVsActual } from "./predicted-vs-actual.js";
import { residualPlot } from "./residual-plot.js";

/** Pixel mappings read back from the SVG: the frame rectangle and the first/last tick of each axis (the nice domain's ends). */
function scalesOf(root: Element): { px: (v: number) => number; py: (v: number) => number; frame: { left: number; top: number; right: number; bottom: number } } {
  const rect = byClass(root, "frame")[0]!;
  const left = Number(rect.getAttribute("x")), top = Number(rect.getAttribute("y"));
  const right = left + Number(rect.getAttribute("width")), bottom = top + Number(rect.getAttribute("height"));
  const xs = tickValues(root, "x-tick"), ys = tickValues(root, "y-tick");
  const [x0, x1, y0, y1] = [xs[0]!, xs[xs.length - 1]!, ys[0]!, ys[ys.length - 1]!];
  return {
    px: (v) => left + ((v - x0) / (x1 - x0)) * (right - left),
    py: (v) => bottom - ((v - y0) / (y1 - y0)) * (bottom - top),
    frame: { left, top, right, bottom },
  };
}

const attr = (el: Element | undefined, name: string): number => Number(el?.getAttribute(name));

// A made-up regression: 40 targets from 25 to 346 (the diabetes range) and predictions off by a wave.
const yTrue = Float64Array.from({ length: 40 }, (_, i) => 25 + (i * 321) / 39);
const yPred = yTrue.map((v, i) => 0.8 * v + 30 + 25 * Math.sin(i));

describe("predictedVsActual", () => {
  it("puts each sample at (actual, predicted) on one shared nice domain, with y = x corner to corner", () => {
    const root = parseSvg(predictedVsActual(yTrue, yPred, { title: "Diabetes" }));
    expect(checkStandalone(root)).toBe("Diabetes");
    const xs = tickValues(root, "x-tick");
    expect(tickValues(root, "y-tick")).toEqual(xs);
    expect(xs[0]).toBeLessThanOrEqual(Math.min(...yTrue, ...yPred));
    expect(xs[xs.length - 1]).toBeGreaterThanOrEqual(Math.max(...yTrue, ...yPred));
    const { px, py, frame } = scalesOf(root);
    const points = byClass(root, "point");
    expect(points).toHaveLength(40);
    points.forEach((p, i) => {
      expect(Math.abs(attr(p, "cx") - px(yTrue[i]!))).toBeLessThanOrEqual(0.005);
      expect(Math.abs(attr(p, "cy") - py(yPred[i]!))).toBeLessThanOrEqual(0.005);
    });
    const line = byClass(root, "identity-line")[0];
    expect([attr(line, "x1"), attr(line, "y1"), attr(line, "x2"), attr(line, "y2")]).toEqual([frame.left, frame.bottom, frame.right, frame.top]);
    expect(root.getElementsByTagName("desc")[0]?.textContent).toMatch(/^Predicted against actual values for 40 samples, R² 0\.\d{4};/);
    expect(byClass(root, "x-label")[0]?.textContent).toBe("actual");
    expect(byClass(root, "y-label")[0]?.textContent).toBe("predicted");
  });

  it("draws a perfect model's points on the line, and takes a one-column Matrix (model.predict's output)", () => {
    const root = parseSvg(predictedVsActual([1, 2, 4], new Matrix(3, 1, Float64Array.from([1, 2, 4]))));
    const { frame } = scalesOf(root);
    const line = byClass(root, "identity-line")[0];
    const slope = (attr(line, "y2") - attr(line, "y1")) / (attr(line, "x2") - attr(line, "x1"));
    for (const p of byClass(root, "point")) expect(attr(p, "cy") - frame.bottom).toBeCloseTo(slope * (attr(p, "cx") - frame.left), 1);
    expect(root.getElementsByTagName("desc")[0]?.textContent).toMatch(/R² 1\.000;/);
    // r2_score([1, 2, 3], [1.1, 1.8, 3.2]) = 1 − (0.01 + 0.04 + 0.04)/2 = 0.955.
    expect(parseSvg(predictedVsActual([1, 2, 3], [1.1, 1.8, 3.2])).getElementsByTagName("desc")[0]?.textContent).toMatch(/R² 0\.9550;/);
  });

  it("rejects values it cannot draw", () => {
    expect(() => predictedVsActual([1, 2], [1])).toThrow(/^predictedVsActual: yTrue and yPred must have one value per sample each\. Received: yTrue\.length=2, yPred\.length=1\.$/);
    expect(() => predictedVsActual([], [])).toThrow(/^predictedVsActual: yTrue must hold at least one value\. Received: yTrue\.length=0\.$/);
    expect(() => predictedVsActual([1, NaN], [1, 2])).toThrow(/^predictedVsActual: yTrue must hold finite numbers\. Received: yTrue\[1\]=NaN\.$/);
    expect(() => predictedVsActual([1], new Matrix(1, 2))).toThrow(/^predictedVsActual: yPred must be one column of values\. Received: yPred\.shape=\[1,2\]\.$/);
    expect(() => predictedVsActual(3 as never, [1])).toThrow(TypeError);
  });
});

describe("residualPlot", () => {
  it("puts each sample at (ŷ, y − ŷ), with the zero line across the frame at y = 0", () => {
    const root = parseSvg(residualPlot(yTrue, yPred));
    expect(checkStandalone(root)).toBe("Residuals");
    const residuals = yTrue.map((t, i) => t - yPred[i]!);
    const { px, py, frame } = scalesOf(root);
    const xs = tickValues(root, "x-tick"), ys = tickValues(root, "y-tick");
    expect(xs[0]).toBeLessThanOrEqual(Math.min(...yPred));
    expect(xs[xs.length - 1]).toBeGreaterThanOrEqual(Math.max(...yPred));
    expect(ys[0]).toBeLessThanOrEqual(Math.min(...residuals));
    expect(ys[ys.length - 1]).toBeGreaterThanOrEqual(Math.max(...residuals));
    byClass(root, "point").forEach((p, i) => {
      expect(Math.abs(attr(p, "cx") - px(yPred[i]!))).toBeLessThanOrEqual(0.005);
      expect(Math.abs(attr(p, "cy") - py(residuals[i]!))).toBeLessThanOrEqual(0.005);
    });
    const zero = byClass(root, "zero-line")[0];
    expect([attr(zero, "x1"), attr(zero, "x2")]).toEqual([frame.left, frame.right]);
    expect(attr(zero, "y1")).toBeCloseTo(py(0), 2);
    expect(attr(zero, "y2")).toBe(attr(zero, "y1"));
    expect(byClass(root, "y-label")[0]?.textContent).toBe("residual (y − ŷ)");
  });

  it("keeps 0 on the axis when every residual has the same sign, and puts points above it for under-predictions", () => {
    const root = parseSvg(residualPlot([10, 20, 30], [9, 18, 27]));
    const ys = tickValues(root, "y-tick");
    expect(ys[0]).toBeLessThanOrEqual(0);
    const zeroY = attr(byClass(root, "zero-line")[0], "y1");
    for (const p of byClass(root, "point")) expect(attr(p, "cy")).toBeLessThan(zeroY);
    expect(root.getElementsByTagName("desc")[0]?.textContent).toBe("Residuals y − ŷ against the prediction ŷ for 3 samples, from 1.000 to 3.000 (mean absolute 2.000); x from 5 to 30, with a line at 0.");
  });

  it("rejects values it cannot draw", () => {
    expect(() => residualPlot([1], [Infinity])).toThrow(/^residualPlot: yPred must hold finite numbers\. Received: yPred\[0\]=Infinity\.$/);
  });
});

describe("regression plots near ±1e308", () => {
  it("predictedVsActual draws finite points and the R² of the scaled-down values", () => {
    // R² is scale-free: [1, −1, 0] against [0.5, −0.5, 0] has Σres² = 0.5, Σtot² = 2, R² = 0.75.
    const svg = predictedVsActual([1e308, -1e308, 0], [5e307, -5e307, 0]);
    const root = parseFiniteSvg(svg);
    expect(byClass(root, "point")).toHaveLength(3);
    expect(root.getElementsByTagName("desc")[0]?.textContent).toMatch(/R² 0\.7500;/);
    parseFiniteSvg(predictedVsActual([1e17, 1e17 + 64], [1e17, 1e17 + 32]));
  });

  it("residualPlot refuses residuals that overflow, naming the sample", () => {
    expect(() => residualPlot([1e308, -1e308], [-1e308, 1e308])).toThrow(
      /^residualPlot: residuals yTrue\[i\] − yPred\[i\] must be finite numbers \(they overflow past ±1\.8e308\)\. Received: yTrue\[0\]=1e\+308, yPred\[0\]=-1e\+308\.$/,
    );
    expect(byClass(parseFiniteSvg(residualPlot([1e308, -1e308], [0, 0])), "point")).toHaveLength(2);
  });
});
