import { toHex, type Rgb } from "../color/color.js";
import { ID } from "./document.js";
import { escapeXml, num } from "./escape.js";
import type { Frame } from "./frame.js";
import type { Scale } from "../scale/scale.js";

/**
 * A vertical colour bar in `box` (bottom = domain start) filled by a gradient of `colormap`,
 * with ticks from `scale` on its right and a rotated `label`.
 * @example
 * renderColorbar({ left: 600, top: 60, width: 14, height: 200 }, scale, rdYlBu, "P(class 1)");
 */
export function renderColorbar(box: Frame, scale: Scale, colormap: (t: number) => Rgb, label: string): string {
  const stops: string[] = [];
  for (let s = 0; s <= 10; s++) stops.push(`<stop offset="${s / 10}" stop-color="${toHex(colormap(s / 10))}"/>`);
  const right = box.left + box.width;
  const ticks = scale.ticks().map((tick) => {
    const py = num(scale.map(tick.value));
    return (
      `<g class="tick colorbar-tick" data-value="${tick.value}"><line x1="${num(right)}" y1="${py}" x2="${num(right + 4)}" y2="${py}" stroke="#333"/>` +
      `<text x="${num(right + 7)}" y="${py}" dominant-baseline="middle">${escapeXml(tick.label)}</text></g>`
    );
  });
  return (
    `<g class="colorbar" font-size="11" fill="#333"><defs><linearGradient id="${ID}-gradient" x1="0" y1="1" x2="0" y2="0">${stops.join("")}</linearGradient></defs>` +
    `<rect x="${num(box.left)}" y="${num(box.top)}" width="${num(box.width)}" height="${num(box.height)}" fill="url(#${ID}-gradient)" stroke="#333"/>` +
    ticks.join("") +
    `<text transform="translate(${num(right + 40)} ${num(box.top + box.height / 2)}) rotate(-90)" text-anchor="middle" font-size="12">${escapeXml(label)}</text></g>\n`
  );
}
