import { brightness, toHex } from "../color/color.js";
import { blues } from "../color/colormaps.js";
import type { Labels } from "../input/points.js";
import { svgDocument } from "../svg/document.js";
import { escapeXml, num } from "../svg/escape.js";
import { countWithin } from "./confusion-counts.js";
import { checkPixels, classNameOf } from "./options.js";

/** Options of {@link confusionMatrix}. */
export interface ConfusionMatrixOptions {
  title?: string;
  /** Side of one cell in px. Default 64. */
  cellSize?: number;
}

/** Most classes drawn: 200² = 40,000 cells is already a 12 MB SVG. */
export const MAX_CLASSES = 200;

/**
 * The confusion matrix as a grid: rows are the true class, columns the predicted class, each
 * cell shows its count and is shaded by the row-normalised share `C[i][j] / Σⱼ C[i][j]`.
 * @throws RangeError for arrays of different lengths, labels beyond `classNames`, more than
 * {@link MAX_CLASSES} classes, or a `cellSize` that is not a finite number ≥ 1; TypeError for a non-number `cellSize`.
 * @example
 * confusionMatrix([0, 1, 1], [0, 1, 0], ["no", "yes"]).includes('data-count="1"'); // true
 */
export function confusionMatrix(labels: Labels, predictions: Labels, classNames?: readonly string[], options: ConfusionMatrixOptions = {}): string {
  const cell = options.cellSize ?? 64;
  checkPixels("confusionMatrix", "cellSize", cell, 1);
  // The class limit is checked before the k×k counts are allocated.
  const counts = countWithin(labels, predictions, classNames?.length, MAX_CLASSES, "drawn (k² cells)");
  const k = counts.length;
  let longest = 4;
  for (let i = 0; i < k; i++) longest = Math.max(longest, classNameOf(classNames, i).length);
  const left = 40 + longest * 7;
  const top = 92;
  const width = left + k * cell + 24;
  const height = top + k * cell + 56;
  const parts: string[] = ['<g class="plot-area" font-size="13">'];
  let correct = 0;
  for (let i = 0; i < k; i++) {
    const row = counts[i] as number[];
    const total = row.reduce((a, b) => a + b, 0);
    correct += row[i] as number;
    for (let j = 0; j < k; j++) {
      const count = row[j] as number;
      const share = total === 0 ? 0 : count / total;
      const fill = blues(share);
      const cx = left + j * cell;
      const cy = top + i * cell;
      parts.push(
        `<g class="cell" data-true="${i}" data-predicted="${j}" data-count="${count}" data-share="${share}">` +
          `<rect x="${num(cx)}" y="${num(cy)}" width="${cell}" height="${cell}" fill="${toHex(fill)}" stroke="#fff"/>` +
          `<text x="${num(cx + cell / 2)}" y="${num(cy + cell / 2)}" text-anchor="middle" dominant-baseline="middle" fill="${brightness(fill) < 0.55 ? "#fff" : "#111"}">${count}</text></g>`,
      );
    }
  }
  parts.push("</g>\n", '<g class="axes" font-size="12" fill="#333">');
  for (let c = 0; c < k; c++) {
    const name = escapeXml(classNameOf(classNames, c));
    parts.push(
      `<text class="tick x-tick" x="${num(left + (c + 0.5) * cell)}" y="${num(top - 8)}" text-anchor="middle">${name}</text>`,
      `<text class="tick y-tick" x="${num(left - 8)}" y="${num(top + (c + 0.5) * cell)}" text-anchor="end" dominant-baseline="middle">${name}</text>`,
    );
  }
  parts.push(
    `<text class="x-label" x="${num(left + (k * cell) / 2)}" y="${num(top - 30)}" text-anchor="middle" font-size="13">predicted</text>`,
    `<text class="y-label" transform="translate(16 ${num(top + (k * cell) / 2)}) rotate(-90)" text-anchor="middle" font-size="13">true</text>`,
    `<text class="accuracy" x="${num(left + (k * cell) / 2)}" y="${num(top + k * cell + 30)}" text-anchor="middle" font-size="13">accuracy ${labels.length === 0 ? "n/a" : `${((100 * correct) / labels.length).toFixed(1)}%`} (${correct}/${labels.length})</text>`,
    "</g>\n",
  );
  const n = labels.length;
  return svgDocument({
    width,
    height,
    title: options.title ?? "Confusion matrix",
    desc: `Confusion matrix of ${n} predictions over ${k} classes (rows: true class, columns: predicted class); ${correct} of ${n} on the diagonal.`,
    body: parts.join(""),
  });
}
