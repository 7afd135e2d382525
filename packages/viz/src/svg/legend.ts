import { escapeXml, num } from "./escape.js";

/** One legend entry: a swatch in `color` (a dot or a line segment) and its label. */
export interface LegendItem {
  label: string;
  color: string;
  kind: "point" | "line";
  dashed?: boolean;
  /** Written as `data-key` so tests and styles can find the entry. */
  key: string;
}

/**
 * A legend box whose top-right corner is at `(right, top)`, one row per item.
 * @example
 * renderLegend([{ label: "train", color: "#1f77b4", kind: "line", key: "loss" }], 600, 50);
 */
export function renderLegend(items: readonly LegendItem[], right: number, top: number): string {
  if (items.length === 0) return "";
  const longest = Math.max(...items.map((item) => item.label.length));
  const width = 36 + longest * 7;
  const height = 10 + items.length * 18;
  const left = right - width;
  const rows = items.map((item, i) => {
    const cy = num(top + 14 + i * 18);
    const swatch =
      item.kind === "point"
        ? `<circle cx="${num(left + 14)}" cy="${cy}" r="5" fill="${item.color}" stroke="#222" stroke-width="0.8"/>`
        : `<line x1="${num(left + 6)}" y1="${cy}" x2="${num(left + 24)}" y2="${cy}" stroke="${item.color}" stroke-width="2.5"${item.dashed ? ' stroke-dasharray="5 3"' : ""}/>`;
    return (
      `<g class="legend-item" data-key="${escapeXml(item.key)}" data-color="${item.color}">${swatch}` +
      `<text x="${num(left + 30)}" y="${cy}" dominant-baseline="middle" font-size="12" fill="#222">${escapeXml(item.label)}</text></g>`
    );
  });
  return (
    `<g class="legend"><rect x="${num(left)}" y="${num(top)}" width="${num(width)}" height="${num(height)}" ` +
    `fill="#ffffff" fill-opacity="0.85" stroke="#bbb" rx="4"/>${rows.join("")}</g>\n`
  );
}
