import { describe, expect, it } from "vitest";
import { byClass, checkStandalone, parseFiniteSvg, parseSvg, tickValues } from "../__fixtures__/parse-svg.js";
import { history } from "../__fixtures__/samples.js";
import { lossCurve } from "./loss-curve.js";

/** The path's vertices as [x, y] pixel pairs. */
function vertices(d: string): number[][] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("lossCurve", () => {
  const h = history();

  it("draws one line per series with one vertex per epoch, labelled train and validation", () => {
    const root = parseSvg(lossCurve(h, { title: "History" }));
    expect(checkStandalone(root)).toBe("History");
    const paths = byClass(root, "series");
    expect(paths.map((p) => p.getAttribute("data-key"))).toEqual(["loss", "valLoss"]);
    for (const p of paths) expect(vertices(p.getAttribute("d") ?? "")).toHaveLength(400);
    const legend = byClass(root, "legend-item").map((g) => g.getElementsByTagName("text")[0]?.textContent);
    expect(legend).toEqual(["train", "validation"]);
  });

  it("has y ticks covering every loss value and x ticks covering every epoch", () => {
    const root = parseSvg(lossCurve(h));
    const ys = tickValues(root, "y-tick");
    const all = [...h.loss, ...h.valLoss];
    expect(ys[0]).toBeLessThanOrEqual(Math.min(...all));
    expect(ys[ys.length - 1]).toBeGreaterThanOrEqual(Math.max(...all));
    const xs = tickValues(root, "x-tick");
    expect(xs[0]).toBeLessThanOrEqual(0);
    expect(xs[xs.length - 1]).toBeGreaterThanOrEqual(399);
  });

  it("puts log-scale ticks at powers of ten bracketing the data", () => {
    const root = parseSvg(lossCurve({ loss: [2.5, 0.3, 0.004] }, { logScale: true }));
    const ys = tickValues(root, "y-tick");
    expect(ys).toEqual([0.001, 0.01, 0.1, 1, 10]);
    // Equal pixel distance per decade: 0.3 sits log10(0.3/0.001)/4 of the way up.
    const [p0, , p2] = vertices(byClass(root, "series")[0]?.getAttribute("d") ?? "");
    const bottom = Number(byClass(root, "frame")[0]?.getAttribute("y")) + Number(byClass(root, "frame")[0]?.getAttribute("height"));
    const top = Number(byClass(root, "frame")[0]?.getAttribute("y"));
    expect((bottom - (p2?.[1] as number)) / (bottom - top)).toBeCloseTo(Math.log10(4) / 4, 2);
    expect((bottom - (p0?.[1] as number)) / (bottom - top)).toBeCloseTo(Math.log10(2500) / 4, 2);
  });

  it("keeps a long history small without losing its spikes", () => {
    const loss = Array.from({ length: 20000 }, (_, i) => 1 / (1 + i / 100));
    loss[12345] = 3;
    loss[777] = 1e-4;
    const path = byClass(parseSvg(lossCurve(loss)), "series")[0]!;
    const points = vertices(path.getAttribute("d") ?? "");
    expect(path.getAttribute("data-points")).toBe("20000");
    expect(points.length).toBeLessThanOrEqual(4 * 546);
    const ys = points.map((p) => p[1]!);
    const root = parseSvg(lossCurve(loss));
    const frame = byClass(root, "frame")[0]!;
    const top = Number(frame.getAttribute("y"));
    const bottom = top + Number(frame.getAttribute("height"));
    const ticks = tickValues(root, "y-tick");
    const [d0, d1] = [ticks[0]!, ticks[ticks.length - 1]!];
    const py = (v: number) => bottom - ((v - d0) / (d1 - d0)) * (bottom - top);
    // The spike (3) and the dip (1e-4) survive as the highest and lowest vertices.
    expect(Math.min(...ys)).toBeCloseTo(py(3), 1);
    expect(Math.max(...ys)).toBeCloseTo(py(1e-4), 1);
  });

  it("accepts a bare array and named series picked with `series`", () => {
    expect(byClass(parseSvg(lossCurve([1, 0.5])), "series")).toHaveLength(1);
    const root = parseSvg(lossCurve({ train: [1, 0.5], validation: [1.2, 0.7], lr: [0.1, 0.1] }, { series: ["train", "validation"] }));
    expect(byClass(root, "series").map((p) => p.getAttribute("data-key"))).toEqual(["train", "validation"]);
  });

  it("rejects losses that cannot be drawn", () => {
    expect(() => lossCurve({ loss: [1, NaN] })).toThrow(/^lossCurve: loss values must be finite numbers\. Received: history\.loss\[1\]=NaN\.$/);
    expect(() => lossCurve({ loss: [1, 0] }, { logScale: true })).toThrow(/positive finite numbers on a log scale\. Received: history\.loss\[1\]=0\./);
    expect(() => lossCurve({ loss: [] })).toThrow(TypeError);
    expect(() => lossCurve({ loss: [1] }, { series: ["valLoss"] })).toThrow(/^lossCurve: history has no series "valLoss"\. Expected one of: loss\.$/);
  });
});

describe("lossCurve with hostile or extreme input", () => {
  it("escapes a series name in data-key, so it can neither inject markup nor break the XML", () => {
    const key = 'x"/><script>alert(1)</script><path data-x="';
    const histories: Record<string, number[]>[] = [{ [key]: [1, 0.5], loss: [1, 0.4] }, { "train & val": [1, 0.5] }, { 'say "hi"': [1, 0.5], "\u001b[31m": [2, 1] }];
    for (const history of histories) {
      const root = parseSvg(lossCurve(history));
      expect(root.getElementsByTagName("script")).toHaveLength(0);
      const keys = byClass(root, "series").map((p) => p.getAttribute("data-key"));
      expect(keys).toEqual(Object.keys(history).map((k) => k.replace("\u001b", "")));
    }
  });

  it("draws the other series when valLoss is still empty (a live plot before the first validation loss)", () => {
    const root = parseFiniteSvg(lossCurve({ loss: [0.7, 0.5, 0.4], valLoss: [] }));
    expect(byClass(root, "series").map((p) => p.getAttribute("data-key"))).toEqual(["loss"]);
    expect(root.getElementsByTagName("desc")[0]?.textContent).toMatch(/final values: train 0\.4000\.$/);
    expect(() => lossCurve({ loss: [], valLoss: [] })).toThrow(/^lossCurve: history must hold at least one non-empty array of losses\. Received: keys=\[loss,valLoss\]\.$/);
  });

  it("terminates and draws finite coordinates for values far from zero or near ±1e308", () => {
    for (const loss of [[1e20, 1e20 + 32768], [1e308, -1e308], [Number.MAX_VALUE, -Number.MAX_VALUE, 0], [Number.MAX_VALUE, Number.MAX_VALUE]]) {
      const root = parseFiniteSvg(lossCurve({ loss }));
      const [frame] = byClass(root, "frame");
      const [top, bottom] = [Number(frame?.getAttribute("y")), Number(frame?.getAttribute("y")) + Number(frame?.getAttribute("height"))];
      const ys = vertices(byClass(root, "series")[0]?.getAttribute("d") ?? "").map(([, y]) => y as number);
      expect(ys).toHaveLength(loss.length);
      for (const y of ys) expect(y >= top && y <= bottom).toBe(true);
    }
    // 1e308 and −1e308 sit at the top and bottom of the nice domain [−1e308, 1e308].
    const ys = vertices(byClass(parseSvg(lossCurve([1e308, -1e308])), "series")[0]?.getAttribute("d") ?? "").map(([, y]) => y);
    expect(ys).toEqual([44, 344]);
  });

  it("keeps a legend of many series on the canvas, ending in +N more", () => {
    const history = Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`run ${k}`, [1, 0.5 / (k + 1)]]));
    const root = parseFiniteSvg(lossCurve(history));
    expect(byClass(root, "series")).toHaveLength(40);
    const box = byClass(root, "legend")[0]?.getElementsByTagName("rect")[0];
    const shown = byClass(root, "legend-item").length;
    expect(shown + Number(byClass(root, "legend-more")[0]?.getAttribute("data-more"))).toBe(40);
    expect(Number(box?.getAttribute("y")) + Number(box?.getAttribute("height"))).toBeLessThanOrEqual(400);
  });
});
