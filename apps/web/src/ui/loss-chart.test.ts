import { describe, expect, it } from "vitest";
import { LossChart } from "./loss-chart.js";
import type { LossPoint } from "../worker/protocol.js";

type Vertex = { x: number; y: number; move: boolean };

/** A 2-D context that keeps each stroked path (its colour and vertices) instead of drawing. */
function recordingCanvas(width = 400, height = 80) {
  const strokes: { color: string; vertices: Vertex[] }[] = [];
  let path: Vertex[] = [];
  const ctx = {
    strokeStyle: "", fillStyle: "", lineWidth: 1, font: "", textAlign: "left",
    clearRect() {}, fillText() {}, arc() {}, fill() {},
    beginPath() { path = []; },
    moveTo(x: number, y: number) { path.push({ x, y, move: true }); },
    lineTo(x: number, y: number) { path.push({ x, y, move: false }); },
    stroke() { strokes.push({ color: ctx.strokeStyle, vertices: path }); },
  };
  const canvas = { width, height, getContext: () => ctx } as unknown as HTMLCanvasElement;
  return { canvas, strokes };
}

const TEST = "#111";
const MARKER = "#d97706";

describe("LossChart", () => {
  it("puts the replay marker where the curve shows the same epoch, after 30,000 epochs thinned to fit", () => {
    const { canvas, strokes } = recordingCanvas();
    const chart = new LossChart(canvas);
    // The loss steps from 1 to 0.5 after epoch 22,140 (a live change), and arrives 100 epochs a snapshot.
    const change = 22_140;
    for (let from = 1; from <= 30_000; from += 100) {
      const batch: LossPoint[] = [];
      for (let e = from; e < from + 100; e++) batch.push({ epoch: e, train: e <= change ? 1 : 0.5, test: e <= change ? 1 : 0.5 });
      chart.add(batch);
    }
    chart.marker = change;
    chart.draw();
    const curve = strokes.find((s) => s.color === TEST)!.vertices;
    const low = 80 - 2 - 0.5 * (80 - 4);
    const stepX = curve.find((v) => Math.abs(v.y - low) < 1e-9)!.x;
    const markerX = strokes.find((s) => s.color === MARKER)!.vertices[0]!.x;
    // The curve is drawn with at most one vertex per pixel: the step lands within 2 px of the marker.
    expect(Math.abs(stepX - markerX)).toBeLessThan(2);
  });

  it("leaves epochs whose loss is NaN off the curve instead of drawing them at 0", () => {
    const { canvas, strokes } = recordingCanvas();
    const chart = new LossChart(canvas);
    chart.add([
      { epoch: 0, train: 1, test: 1.2 },
      { epoch: 1, train: 11.7, test: 11.7 },
      { epoch: 2, train: Number.NaN, test: Number.NaN },
      { epoch: 3, train: Number.NaN, test: Number.NaN },
    ]);
    chart.draw();
    const zero = 80 - 2;
    for (const stroke of strokes) {
      expect(stroke.vertices).toHaveLength(2);
      for (const v of stroke.vertices) expect(v.y).not.toBeCloseTo(zero, 6);
    }
  });
});
