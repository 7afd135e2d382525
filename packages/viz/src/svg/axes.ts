import { escapeXml, num } from "./escape.js";
import type { Frame } from "./frame.js";
import type { Scale } from "../scale/scale.js";

/** Axis titles and whether to draw light grid lines at the ticks. */
export interface AxesOptions {
  xLabel: string;
  yLabel: string;
  grid?: boolean;
}

/**
 * Draws the frame border, both axes with their ticks (`<g class="tick x-tick" data-value=…>`),
 * tick labels, optional grid lines and the axis titles. Every plot uses this one function.
 * @example
 * renderAxes(frame, xScale, yScale, { xLabel: "epoch", yLabel: "loss" }); // '<g class="axes">…</g>'
 */
export function renderAxes(frame: Frame, x: Scale, y: Scale, options: AxesOptions): string {
  const { left, top, width, height } = frame;
  const bottom = top + height;
  const parts: string[] = ['<g class="axes" font-size="12" fill="#333">'];
  for (const tick of x.ticks()) {
    const px = num(x.map(tick.value));
    parts.push(
      `<g class="tick x-tick" data-value="${tick.value}">` +
        (options.grid ? `<line x1="${px}" y1="${num(top)}" x2="${px}" y2="${num(bottom)}" stroke="#e6e6e6"/>` : "") +
        `<line x1="${px}" y1="${num(bottom)}" x2="${px}" y2="${num(bottom + 5)}" stroke="#333"/>` +
        `<text x="${px}" y="${num(bottom + 18)}" text-anchor="middle">${escapeXml(tick.label)}</text></g>`,
    );
  }
  for (const tick of y.ticks()) {
    const py = num(y.map(tick.value));
    parts.push(
      `<g class="tick y-tick" data-value="${tick.value}">` +
        (options.grid ? `<line x1="${num(left)}" y1="${py}" x2="${num(left + width)}" y2="${py}" stroke="#e6e6e6"/>` : "") +
        `<line x1="${num(left - 5)}" y1="${py}" x2="${num(left)}" y2="${py}" stroke="#333"/>` +
        `<text x="${num(left - 8)}" y="${py}" text-anchor="end" dominant-baseline="middle">${escapeXml(tick.label)}</text></g>`,
    );
  }
  parts.push(
    `<rect class="frame" x="${num(left)}" y="${num(top)}" width="${num(width)}" height="${num(height)}" fill="none" stroke="#333"/>`,
    `<text class="x-label" x="${num(left + width / 2)}" y="${num(bottom + 40)}" text-anchor="middle" font-size="13">${escapeXml(options.xLabel)}</text>`,
    `<text class="y-label" transform="translate(${num(left - 52)} ${num(top + height / 2)}) rotate(-90)" text-anchor="middle" font-size="13">${escapeXml(options.yLabel)}</text>`,
    "</g>\n",
  );
  return parts.join("");
}
