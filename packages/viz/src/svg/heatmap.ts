import { num } from "./escape.js";
import type { Frame } from "./frame.js";

/**
 * A colour grid drawn compactly: consecutive cells of one row with the same colour become one
 * run, and all runs of one colour become one `<path class="cell-runs" fill=…>` with a
 * `M x y h w v h h −w z` subpath per run. Row 0 is the top. Interior runs overlap their
 * neighbours by half a pixel so anti-aliasing leaves no seams.
 * @example
 * renderHeatmap(frame, 2, 1, ["#fff", "#fff"]); // one path with one run spanning the frame
 */
export function renderHeatmap(frame: Frame, nx: number, ny: number, colors: readonly string[]): string {
  const cw = frame.width / nx;
  const ch = frame.height / ny;
  const runs = new Map<string, string[]>();
  for (let j = 0; j < ny; j++) {
    const top = frame.top + j * ch;
    const h = ch + (j < ny - 1 ? 0.5 : 0);
    let start = 0;
    for (let i = 1; i <= nx; i++) {
      const color = colors[j * nx + start] as string;
      if (i < nx && colors[j * nx + i] === color) continue;
      const w = num((i - start) * cw + (i < nx ? 0.5 : 0));
      const list = runs.get(color) ?? [];
      list.push(`M${num(frame.left + start * cw)} ${num(top)}h${w}v${num(h)}h-${w}z`);
      runs.set(color, list);
      start = i;
    }
  }
  const paths = [...runs].map(([color, list]) => `<path class="cell-runs" data-runs="${list.length}" fill="${color}" d="${list.join("")}"/>`);
  return `<g class="heatmap" shape-rendering="crispEdges">${paths.join("\n")}</g>\n`;
}
