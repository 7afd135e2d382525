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

/** The pixel size of {@link renderLegend}'s box for `items` (0×0 for none), for laying out around it. */
export function legendSize(items: readonly LegendItem[]): { width: number; height: number } {
  if (items.length === 0) return { width: 0, height: 0 };
  const longest = Math.max(...items.map((item) => item.label.length));
  return { width: 36 + longest * 7, height: 10 + items.length * 18 };
}

/** An SVG path of a diamond (a square on its corner) centred at `(cx, cy)`, `r` from centre to corner. */
export function diamondPath(cx: number, cy: number, r: number): string {
  return `M${num(cx)} ${num(cy - r)}L${num(cx + r)} ${num(cy)}L${num(cx)} ${num(cy + r)}L${num(cx - r)} ${num(cy)}Z`;
}

/**
 * A legend box whose top-right corner is at `(right, top)`, one row per item.
 * @example
 * renderLegend([{ label: "train", color: "#1f77b4", kind: "line", key: "loss" }], 600, 50);
 */
export function renderLegend(items: readonly LegendItem[], right: number, top: number): string {
  if (items.length === 0) return "";
  const { width, height } = legendSize(items);
  const left = right - width;
  const rows = items.map((item, i) => {
    const cy = num(top + 14 + i * 18);
    const swatch =
      item.kind === "point"
        ? `<circle cx="${num(left + 14)}" cy="${cy}" r="5" fill="${item.color}" stroke="#222" stroke-width="0.8"/>`
        : item.kind === "diamond"
          ? `<path d="${diamondPath(left + 14, top + 14 + i * 18, 6)}" fill="${item.color}" stroke="#222" stroke-width="0.8"/>`
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
