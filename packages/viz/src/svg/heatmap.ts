import { num } from "./escape.js";
import type { Frame } from "./frame.js";

/**
 * A colour grid drawn as few rects as possible: consecutive cells of one row with the same colour
 * become one `<rect class="cell-run">`. Row 0 is the top. Interior rects overlap their neighbours
 * by half a pixel so anti-aliasing leaves no seams.
 * @example
 * renderHeatmap(frame, 2, 1, ["#fff", "#fff"]); // one rect spanning the frame
 */
export function renderHeatmap(frame: Frame, nx: number, ny: number, colors: readonly string[]): string {
  const cw = frame.width / nx;
  const ch = frame.height / ny;
  const parts: string[] = ['<g class="heatmap" shape-rendering="crispEdges">'];
  for (let j = 0; j < ny; j++) {
    const top = frame.top + j * ch;
    const h = ch + (j < ny - 1 ? 0.5 : 0);
    let start = 0;
    for (let i = 1; i <= nx; i++) {
      if (i < nx && colors[j * nx + i] === colors[j * nx + start]) continue;
      const left = frame.left + start * cw;
      const w = (i - start) * cw + (i < nx ? 0.5 : 0);
      parts.push(`<rect class="cell-run" x="${num(left)}" y="${num(top)}" width="${num(w)}" height="${num(h)}" fill="${colors[j * nx + start]}"/>`);
      start = i;
    }
  }
  parts.push("</g>\n");
  return parts.join("");
}
