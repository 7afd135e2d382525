import type { LossPoint } from "../worker/protocol.js";

const MAX_POINTS = 20_000;

/**
 * The live loss curve: training loss in grey, test loss in black. x is the epoch (first to last
 * kept), for the curve and the replay marker alike, so they agree however the points were thinned;
 * a loss that is not finite is left out (a gap), never drawn as 0.
 */
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
      let open = false;
      for (let i = 0; i < n; i += stride) {
        const p = this.history[i]!;
        const v = pick(p);
        if (!Number.isFinite(v)) {
          open = false;
          continue;
        }
        const x = this.xOf(p.epoch);
        const y = hgt - 2 - (v / max) * (hgt - 4);
        if (open) ctx.lineTo(x, y);
        else ctx.moveTo(x, y);
        open = true;
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

  /** The x of `epoch`: the kept epochs' range over the canvas width, less a pixel each side. */
  private xOf(epoch: number): number {
    const w = this.canvas.width;
    const first = this.history[0]!.epoch;
    const last = this.history[this.history.length - 1]!.epoch;
    return last > first ? ((epoch - first) / (last - first)) * (w - 2) + 1 : 1;
  }

  private drawMarker(ctx: CanvasRenderingContext2D, epoch: number, max: number): void {
    const hgt = this.canvas.height;
    const x = this.xOf(epoch);
    ctx.strokeStyle = "#d97706";
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, hgt);
    ctx.stroke();
    const at = this.history.find((p) => p.epoch >= epoch);
    if (at === undefined || !Number.isFinite(at.test)) return;
    ctx.fillStyle = "#d97706";
    ctx.beginPath();
    ctx.arc(x, hgt - 2 - (finite(at.test) / max) * (hgt - 4), 3, 0, 2 * Math.PI);
    ctx.fill();
  }
}

function finite(v: number): number {
  return Number.isFinite(v) ? v : 0;
}
