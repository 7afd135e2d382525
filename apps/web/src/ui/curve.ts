import { css, NEUTRAL } from "./colors.js";
import { drawPoints } from "./heatmap.js";
import type { DatasetView } from "../worker/protocol.js";

/** The 1-D set's vertical half-range: the colour scale's plus a fifth, so the curve's peaks stay off the edge. */
export function curveExtent(dataset: DatasetView): number {
  return 1.2 * (dataset.targetRange ?? 1);
}

/**
 * A 1-D regression drawn as TF Playground cannot: the points `(x₁, target)` coloured by target,
 * and the model's prediction as a curve over x₁ (`curve[c]` at the centre of column `c` of
 * `[-extent, extent]`). The output grid's rows are equal for a 1-D set, so any row is the curve.
 */
export function drawCurve(canvas: HTMLCanvasElement, dataset: DatasetView, curve: ArrayLike<number>, showTest: boolean): void {
  const ctx = canvas.getContext("2d")!;
  const { width: w, height: hgt } = canvas;
  const ey = curveExtent(dataset);
  ctx.fillStyle = css(NEUTRAL);
  ctx.fillRect(0, 0, w, hgt);
  ctx.strokeStyle = "rgba(0,0,0,0.25)";
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, hgt / 2);
  ctx.lineTo(w, hgt / 2);
  ctx.stroke();
  drawPoints(canvas, { points: dataset.points, labels: dataset.labels, isTrain: dataset.isTrain, classes: 1, extent: dataset.extent, extentY: ey, showTest, values: dataset.targets, valueRange: dataset.targetRange ?? 1 });
  ctx.strokeStyle = "#222";
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  for (let c = 0; c < curve.length; c++) {
    const x = ((c + 0.5) / curve.length) * w;
    const y = ((ey - Math.max(-2 * ey, Math.min(2 * ey, curve[c]!))) / (2 * ey)) * hgt;
    if (c === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
}
