import { num } from "./escape.js";
import { diamondPath } from "./legend.js";
import type { Scale } from "../scale/scale.js";

/**
 * One `<circle class="point" data-class=k>` per point, filled with its class colour and
 * outlined in black (as the tutorials' `edgecolors='black'`).
 * @example
 * renderPoints({ x: [0], y: [0] }, new Int32Array([1]), xs, ys, () => "#313695");
 */
export function renderPoints(
  xy: { x: ArrayLike<number>; y: ArrayLike<number> },
  labels: Int32Array | undefined,
  x: Scale,
  y: Scale,
  colorOf: (label: number) => string,
  radius = 4.5,
): string {
  const parts: string[] = ['<g class="points" stroke="#111" stroke-width="0.9">'];
  for (let i = 0; i < xy.x.length; i++) {
    const label = labels ? (labels[i] as number) : 0;
    parts.push(
      `<circle class="point" data-class="${label}" cx="${num(x.map(xy.x[i] as number))}" cy="${num(y.map(xy.y[i] as number))}" r="${radius}" fill="${colorOf(label)}"/>`,
    );
  }
  parts.push("</g>\n");
  return parts.join("");
}

/**
 * One `<path class="test-point" data-class=k>` diamond per point, in its class colour with a
 * heavier outline, so held-out points read apart from the training dots.
 * @example
 * renderTestPoints({ x: [0], y: [0] }, new Int32Array([1]), xs, ys, () => "#313695");
 */
export function renderTestPoints(
  xy: { x: ArrayLike<number>; y: ArrayLike<number> },
  labels: Int32Array,
  x: Scale,
  y: Scale,
  colorOf: (label: number) => string,
  radius = 6,
): string {
  const parts: string[] = ['<g class="test-points" stroke="#111" stroke-width="1.4">'];
  for (let i = 0; i < xy.x.length; i++) {
    const label = labels[i] as number;
    const d = diamondPath(x.map(xy.x[i] as number), y.map(xy.y[i] as number), radius);
    parts.push(`<path class="test-point" data-class="${label}" d="${d}" fill="${colorOf(label)}"/>`);
  }
  parts.push("</g>\n");
  return parts.join("");
}
