import { escapeXml, num } from "./escape.js";

/** One legend entry: a swatch in `color` (a dot, a diamond or a line segment) and its label. */
export interface LegendItem {
  label: string;
  color: string;
  kind: "point" | "diamond" | "line";
  dashed?: boolean;
  /** Written as `data-key` so tests and styles can find the entry. */
  key: string;
}

/** Longest label drawn in a legend; a longer one is cut to {@link LABEL_CHARS} − 1 characters and `…`. */
export const LABEL_CHARS = 40;
const ROW = 18;

/** How many legend rows fit in `maxHeight` px (at least one). */
export function legendRows(maxHeight: number): number {
  return Math.max(1, Math.floor((maxHeight - 10) / ROW));
}

/** The label as drawn: at most {@link LABEL_CHARS} characters. */
function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length <= LABEL_CHARS ? label : `${chars.slice(0, LABEL_CHARS - 1).join("")}…`;
}

function moreText(more: number): string {
  return `+${more} more`;
}

/**
 * The pixel size of {@link renderLegend}'s box for `items` and a "+`more` more" row (0×0 for
 * nothing), for laying out around it.
 */
export function legendSize(items: readonly LegendItem[], more = 0): { width: number; height: number } {
  if (items.length === 0 && more === 0) return { width: 0, height: 0 };
  let longest = more > 0 ? moreText(more).length - 3 : 0;
  for (const item of items) longest = Math.max(longest, Array.from(shortLabel(item.label)).length);
  return { width: 36 + longest * 7, height: 10 + (items.length + (more > 0 ? 1 : 0)) * ROW };
}

/** An SVG path of a diamond (a square on its corner) centred at `(cx, cy)`, `r` from centre to corner. */
export function diamondPath(cx: number, cy: number, r: number): string {
  return `M${num(cx)} ${num(cy - r)}L${num(cx + r)} ${num(cy)}L${num(cx)} ${num(cy + r)}L${num(cx - r)} ${num(cy)}Z`;
}

/**
 * A legend box whose top-right corner is at `(right, top)`, one row per item, and when `more > 0`
 * a last row `+N more` (`<text class="legend-more">`) for entries left out to stay on the canvas.
 * @example
 * renderLegend([{ label: "train", color: "#1f77b4", kind: "line", key: "loss" }], 600, 50);
 */
export function renderLegend(items: readonly LegendItem[], right: number, top: number, more = 0): string {
  if (items.length === 0 && more === 0) return "";
  const { width, height } = legendSize(items, more);
  const left = right - width;
  const rows = items.map((item, i) => {
    const cy = num(top + 14 + i * ROW);
    const swatch =
      item.kind === "point"
        ? `<circle cx="${num(left + 14)}" cy="${cy}" r="5" fill="${item.color}" stroke="#222" stroke-width="0.8"/>`
        : item.kind === "diamond"
          ? `<path d="${diamondPath(left + 14, top + 14 + i * ROW, 6)}" fill="${item.color}" stroke="#222" stroke-width="0.8"/>`
          : `<line x1="${num(left + 6)}" y1="${cy}" x2="${num(left + 24)}" y2="${cy}" stroke="${item.color}" stroke-width="2.5"${item.dashed ? ' stroke-dasharray="5 3"' : ""}/>`;
    return (
      `<g class="legend-item" data-key="${escapeXml(item.key)}" data-color="${item.color}">${swatch}` +
      `<text x="${num(left + 30)}" y="${cy}" dominant-baseline="middle" font-size="12" fill="#222">${escapeXml(shortLabel(item.label))}</text></g>`
    );
  });
  if (more > 0) {
    const y = num(top + 14 + items.length * ROW);
    rows.push(`<text class="legend-more" data-more="${more}" x="${num(left + 30)}" y="${y}" dominant-baseline="middle" font-size="12" fill="#555">${moreText(more)}</text>`);
  }
  return (
    `<g class="legend"><rect x="${num(left)}" y="${num(top)}" width="${num(width)}" height="${num(height)}" ` +
    `fill="#ffffff" fill-opacity="0.85" stroke="#bbb" rx="4"/>${rows.join("")}</g>\n`
  );
}
