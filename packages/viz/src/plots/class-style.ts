import { mix, fromHex, toHex } from "../color/color.js";
import { classColor, heatColor, rdYlBu } from "../color/colormaps.js";
import { legendRows, type LegendItem } from "../svg/legend.js";
import type { Grid } from "./grid.js";
import { classNameOf } from "./options.js";

const WHITE = [255, 255, 255] as const;

/**
 * Colour of class `k` in a plot of `classes` classes: the ends of red–yellow–blue for two classes
 * (matching the probability map beneath), the categorical palette otherwise.
 * @example
 * pointColor(0, 2); // "#a50026"
 */
export function pointColor(k: number, classes: number): string {
  return classes === 2 ? toHex(rdYlBu(k === 0 ? 0 : 1)) : classColor(k);
}

/**
 * One legend entry (a dot in {@link pointColor}) per class, named by `classNames` or `class k`.
 * @example
 * classLegendItems(2, ["no", "yes"])[1]; // { key: "1", label: "yes", color: "#313695", kind: "point" }
 */
export function classLegendItems(classes: number, classNames: readonly string[] | undefined, count = classes): LegendItem[] {
  return Array.from({ length: count }, (_, k) => ({
    key: String(k),
    label: classNameOf(classNames, k),
    color: pointColor(k, classes),
    kind: "point" as const,
  }));
}

/**
 * The class entries (then `extra`) that fit in a legend `maxHeight` px tall: all of them, or the
 * first classes and `more`, the number left for a "+N more" row.
 * @example
 * classLegend(300, undefined, 400).more; // 280: 21 rows fit, 20 classes and the "+280 more" row
 */
export function classLegend(classes: number, classNames: readonly string[] | undefined, maxHeight: number, extra: readonly LegendItem[] = []): { items: LegendItem[]; more: number } {
  const rows = legendRows(maxHeight);
  const shown = classes + extra.length <= rows ? classes : Math.max(1, rows - 1 - extra.length);
  return { items: [...classLegendItems(classes, classNames, shown), ...extra], more: classes - shown };
}

/**
 * The heat-map colour of every grid cell. Binary: `heatColor(p)` (red–yellow–blue, lightened) with `p` quantised to 1/50 (as
 * `contourf(levels=50)`). Multi-class: the winning class colour blended toward white, stronger
 * with confidence `t = (p − 1/k)/(1 − 1/k)` in eight steps, so it matches {@link pointColor}.
 * @example
 * cellColors(grid)[0]; // "#fee090"
 */
export function cellColors(grid: Grid, classes = grid.classes): string[] {
  const colors = new Array<string>(grid.cls.length);
  const k = grid.classes;
  for (let r = 0; r < colors.length; r++) {
    const p = grid.p[r] as number;
    if (grid.binary) {
      colors[r] = toHex(heatColor(Math.round(p * 50) / 50));
    } else {
      const t = Math.round(Math.max(0, (p - 1 / k) / (1 - 1 / k)) * 8) / 8;
      colors[r] = toHex(mix(WHITE, fromHex(pointColor(grid.cls[r] as number, classes)), 0.15 + 0.4 * t));
    }
  }
  return colors;
}
