import { classColor, css, diverging, NEUTRAL, type Rgb } from "./colors.js";

const scratch = new Map<number, HTMLCanvasElement>();

function scratchCanvas(size: number): HTMLCanvasElement {
  let canvas = scratch.get(size);
  if (!canvas) {
    canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    scratch.set(size, canvas);
  }
  return canvas;
}

/**
 * Paints a `size × size` grid (row 0 at the top) onto `canvas`, stretched with smoothing.
 * `colorAt(g, out)` fills the colour of grid cell `g = row·size + col`.
 */
export function paintGrid(canvas: HTMLCanvasElement, size: number, colorAt: (g: number, out: Rgb) => Rgb): void {
  const small = scratchCanvas(size);
  const sctx = small.getContext("2d")!;
  const image = sctx.createImageData(size, size);
  const rgb: Rgb = [0, 0, 0];
  for (let g = 0; g < size * size; g++) {
    colorAt(g, rgb);
    image.data[4 * g] = rgb[0];
    image.data[4 * g + 1] = rgb[1];
    image.data[4 * g + 2] = rgb[2];
    image.data[4 * g + 3] = 255;
  }
  sctx.putImageData(image, 0, 0);
  const ctx = canvas.getContext("2d")!;
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, canvas.width, canvas.height);
}

/** How a unit's values map to colours: tanh-like `[-1, 1]`, probability-like `[0, 1]`, or scaled by the largest |value|. */
export type NeuronRange = "tanh" | "unit" | "free";

/** Colours a unit's activations: bounded activations keep their range, unbounded ones are scaled by their largest |value|. */
export function paintNeuron(canvas: HTMLCanvasElement, grid: Float32Array, size: number, range: NeuronRange): void {
  let scale = 1;
  if (range === "free") {
    let max = 0;
    for (const v of grid) max = Math.max(max, Math.abs(v));
    scale = max > 0 ? 1 / max : 1;
  }
  paintGrid(canvas, size, (g, out) => diverging(range === "unit" ? 2 * grid[g]! - 1 : grid[g]! * scale, out));
}

/**
 * The output picture: `P(class 1)` for binary tasks, a probability-weighted mix of class colours
 * otherwise; `discrete` paints only the predicted class.
 */
export function paintOutput(canvas: HTMLCanvasElement, grid: Float32Array, size: number, classes: number, discrete = false): void {
  if (classes <= 2) {
    paintGrid(canvas, size, (g, out) => diverging(discrete ? (grid[g]! > 0.5 ? 1 : -1) : 2 * grid[g]! - 1, out));
    return;
  }
  const cells = size * size;
  paintGrid(canvas, size, (g, out) => {
    for (let c = 0; c < 3; c++) out[c] = 0;
    let best = 0;
    for (let k = 1; k < classes; k++) if (grid[k * cells + g]! > grid[best * cells + g]!) best = k;
    for (let k = 0; k < classes; k++) {
      const p = discrete ? (k === best ? 1 : 0) : grid[k * cells + g]!;
      const color = classColor(k, classes);
      for (let c = 0; c < 3; c++) out[c] = out[c]! + p * color[c]!;
    }
    // Lighten towards the neutral grey so points stay visible on top.
    for (let c = 0; c < 3; c++) out[c] = Math.round(0.55 * out[c]! + 0.45 * NEUTRAL[c]!);
    return out;
  });
}

export interface PointsToDraw {
  points: Float64Array;
  labels: Int32Array;
  isTrain: Uint8Array;
  classes: number;
  extent: number;
  showTest: boolean;
  /** Dot radius in canvas pixels (default: scaled to the canvas). */
  radius?: number;
  /** Draw the white/dark ring that tells training from test points (default true). */
  ring?: boolean;
  /** Regression: colour each point by its value on the diverging scale over `[-valueRange, valueRange]` instead of its label. */
  values?: ArrayLike<number>;
  valueRange?: number;
  /** Vertical half-range when it differs from `extent` (the 1-D sine plots its target upwards). */
  extentY?: number;
}

/** Draws data points: training points filled with a white ring, test points with a dark ring. */
export function drawPoints(canvas: HTMLCanvasElement, p: PointsToDraw): void {
  const ctx = canvas.getContext("2d")!;
  const w = canvas.width;
  const r = p.radius ?? Math.max(2.5, w / 90);
  for (let i = 0; i < p.labels.length; i++) {
    const train = p.isTrain[i] === 1;
    if (!train && !p.showTest) continue;
    const x = ((p.points[2 * i]! + p.extent) / (2 * p.extent)) * w;
    const ey = p.extentY ?? p.extent;
    const y = ((ey - p.points[2 * i + 1]!) / (2 * ey)) * canvas.height;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = css(p.values ? diverging(p.values[i]! / (p.valueRange ?? 1)) : classColor(p.labels[i]!, p.classes));
    ctx.fill();
    if (p.ring === false) continue;
    ctx.lineWidth = train ? 1 : 1.6;
    ctx.strokeStyle = train ? "#fff" : "#222";
    ctx.stroke();
  }
}

/** A regression output over the plane on the diverging scale: `-range` orange, 0 grey, `range` blue. */
export function paintValues(canvas: HTMLCanvasElement, grid: Float32Array, size: number, range: number): void {
  paintGrid(canvas, size, (g, out) => diverging(grid[g]! / range, out));
}
