import type { LossPoint } from "../worker/protocol.js";

const MAX_POINTS = 20_000;

/** The live loss curve: training loss in grey, test loss in black, every epoch kept. */
export class LossChart {
  private history: LossPoint[] = [];
  /** The epoch a replay shows (a vertical line and a dot on the test curve), or null when live. */
  marker: number | null = null;

  constructor(readonly canvas: HTMLCanvasElement) {}

  clear(): void {
    this.history = [];
    this.draw();
  }

  add(points: LossPoint[]): void {
    for (const p of points) this.history.push(p);
    // Hours of play would keep millions of points; halve the resolution instead (the curve keeps its shape).
    if (this.history.length > MAX_POINTS) this.history = this.history.filter((_, i) => i % 2 === 1);
  }

  draw(): void {
    const { canvas } = this;
    const ctx = canvas.getContext("2d")!;
    const w = canvas.width;
    const hgt = canvas.height;
    ctx.clearRect(0, 0, w, hgt);
    const n = this.history.length;
    if (n < 2) return;
    let max = 0;
    for (const p of this.history) max = Math.max(max, finite(p.train), finite(p.test));
    if (max <= 0) max = 1;
    const line = (pick: (p: LossPoint) => number, color: string) => {
      ctx.beginPath();
      const stride = Math.max(1, Math.floor(n / w));
      for (let i = 0; i < n; i += stride) {
        const x = (i / (n - 1)) * (w - 2) + 1;
        const y = hgt - 2 - (finite(pick(this.history[i]!)) / max) * (hgt - 4);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    };
    line((p) => p.train, "#999");
    line((p) => p.test, "#111");
    ctx.fillStyle = "#666";
    ctx.font = "11px system-ui, sans-serif";
    ctx.textAlign = "left";
    ctx.fillText(`max ${max.toPrecision(2)}`, 6, 11);
    ctx.textAlign = "right";
    ctx.fillText(`epoch ${this.history[n - 1]!.epoch}`, w - 4, 11);
    if (this.marker !== null) this.drawMarker(ctx, this.marker, max);
  }

  private drawMarker(ctx: CanvasRenderingContext2D, epoch: number, max: number): void {
    const { width: w, height: hgt } = this.canvas;
    const n = this.history.length;
    const first = this.history[0]!.epoch;
    const last = this.history[n - 1]!.epoch;
    const x = last > first ? ((epoch - first) / (last - first)) * (w - 2) + 1 : 1;
    ctx.strokeStyle = "#d97706";
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, hgt);
    ctx.stroke();
    const at = this.history.find((p) => p.epoch >= epoch);
    if (at === undefined) return;
    ctx.fillStyle = "#d97706";
    ctx.beginPath();
    ctx.arc(x, hgt - 2 - (finite(at.test) / max) * (hgt - 4), 3, 0, 2 * Math.PI);
    ctx.fill();
  }
}

function finite(v: number): number {
  return Number.isFinite(v) ? v : 0;
}
