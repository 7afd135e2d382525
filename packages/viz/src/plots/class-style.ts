import { mix, fromHex, toHex } from "../color/color.js";
import { classColor, heatColor, rdYlBu } from "../color/colormaps.js";
import type { LegendItem } from "../svg/legend.js";
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
export function classLegendItems(classes: number, classNames: readonly string[] | undefined): LegendItem[] {
  return Array.from({ length: classes }, (_, k) => ({
    key: String(k),
    label: classNameOf(classNames, k),
    color: pointColor(k, classes),
    kind: "point" as const,
  }));
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
