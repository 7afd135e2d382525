import { toHex } from "../color/color.js";
import { rdYlBu } from "../color/colormaps.js";
import { svgDocument } from "../svg/document.js";
import { escapeXml, num } from "../svg/escape.js";
import { renderLegend } from "../svg/legend.js";
import { checkPixels } from "./options.js";
import { columnLayout, type ColumnLayout } from "./column-layout.js";
import { readModel, type DiagramModel, type ModelLike } from "./model-json.js";

/** Options of {@link networkDiagram}. */
export interface NetworkDiagramOptions {
  title?: string;
  width?: number;
  height?: number;
  /**
   * Most neurons drawn per column (default 16, at least 2; `Infinity` draws all). A wider layer
   * shows its first `⌈max/2⌉` and last `⌊max/2⌋` neurons around an ellipsis and a "+N more" label.
   */
  maxNeuronsPerLayer?: number;
}

/** Smallest canvas: 40 px between the first and last column (70 px margins each side), 40 px for the nodes (96 above, 40 below). */
export const MIN_WIDTH = 180;
export const MIN_HEIGHT = 176;

/** Link colours: blue for positive weights, red for negative (the ends of red–yellow–blue). */
export const POSITIVE_COLOR = toHex(rdYlBu(0.92));
export const NEGATIVE_COLOR = toHex(rdYlBu(0.08));

/**
 * Neurons as circles in one column per layer (inputs, hidden layers, outputs) and each weight
 * between two drawn neurons as a link `<line class="link" data-weight=w>` whose width is
 * `0.4 + 4.6·|w|/max|w|` px (`max` over the whole model) and whose colour gives the sign (blue +,
 * red −); stronger weights are also more opaque and drawn on top. A column of `n > max` neurons
 * (`maxNeuronsPerLayer`, default 16) draws `max` of them: the first `⌈max/2⌉`, a vertical ellipsis
 * with the label "+(n − max) more", and the last `⌊max/2⌋`. So the links number
 * `Σ min(inputSize, max)·min(units, max)`, and a model within the cap is drawn whole.
 * Dropout and batchNorm layers keep the width, so they are written under the column they follow.
 * @throws TypeError / RangeError when the model JSON, `maxNeuronsPerLayer`, or `width` (≥ 180) / `height` (≥ 176) is not valid.
 * @example
 * networkDiagram(model_2_4_3).match(/class="link"/g).length; // 2·4 + 4·3 = 20
 * networkDiagram(model_784_128_10).match(/class="link"/g).length; // 16·16 + 16·10 = 416
 */
export function networkDiagram(model: ModelLike, options: NetworkDiagramOptions = {}): string {
  const json = readModel(model);
  const { title = "Network", width = 640, height = 420, maxNeuronsPerLayer = 16 } = options;
  checkCap(maxNeuronsPerLayer);
  checkPixels("networkDiagram", "width", width, MIN_WIDTH);
  checkPixels("networkDiagram", "height", height, MIN_HEIGHT);
  const sizes = [(json.dense[0] as { inputSize: number }).inputSize, ...json.dense.map((l) => l.units)];
  const columns = sizes.map((n) => columnLayout(n, maxNeuronsPerLayer));
  const top = 96;
  const bottom = height - 40;
  const colX = (c: number): number => 70 + (c * (width - 140)) / Math.max(1, sizes.length - 1);
  const gap = (c: number): number => Math.min(48, (bottom - top) / Math.max(1, (columns[c] as ColumnLayout).slots));
  const rowY = (c: number, slot: number): number => (top + bottom) / 2 + (slot - ((columns[c] as ColumnLayout).slots - 1) / 2) * gap(c);
  const radius = Math.max(2, Math.min(12, ((bottom - top) / columns.reduce((most, col) => Math.max(most, col.slots), 1)) * 0.35));
  const weights = listWeights(json, columns);
  const maxAbs = largestWeight(json);
  // Weak links first, so the strong ones are drawn on top.
  weights.sort((a, b) => Math.abs(a.w) - Math.abs(b.w));
  const links: string[] = ['<g class="links" stroke-linecap="round">'];
  for (const { l, i, j, w, from, to } of weights) {
    const m = maxAbs === 0 ? 0 : Math.abs(w) / maxAbs;
    links.push(
      `<line class="link" data-layer="${l}" data-from="${i}" data-to="${j}" data-weight="${w}" x1="${num(colX(l))}" y1="${num(rowY(l, from))}" x2="${num(colX(l + 1))}" y2="${num(rowY(l + 1, to))}" ` +
        `stroke="${w < 0 ? NEGATIVE_COLOR : POSITIVE_COLOR}" stroke-width="${num(0.4 + 4.6 * m)}" stroke-opacity="${num(0.35 + 0.6 * m)}"/>`,
    );
  }
  links.push("</g>\n");
  const nodes: string[] = ['<g class="nodes" font-size="12" fill="#333">'];
  sizes.forEach((n, c) => {
    const column = columns[c] as ColumnLayout;
    for (const { slot } of column.shown) nodes.push(`<circle class="node" data-column="${c}" cx="${num(colX(c))}" cy="${num(rowY(c, slot))}" r="${num(radius)}" fill="#f4f4f4" stroke="#333" stroke-width="1.2"/>`);
    if (column.hidden > 0) nodes.push(renderEllipsis(c, column.hidden, colX(c), rowY(c, column.ellipsisSlot), gap(c), radius));
    const caption = c === 0 ? `input (${n})` : `${json.dense[c - 1]?.activation} (${n})`;
    nodes.push(`<text class="column-label" x="${num(colX(c))}" y="${num(height - 16)}" text-anchor="middle">${escapeXml(caption)}</text>`);
    const note = json.notes[c]?.join(", ");
    if (note) nodes.push(`<text class="column-note" x="${num(colX(c))}" y="${num(height - 3)}" text-anchor="middle" font-size="10" fill="#666">${escapeXml(note)}</text>`);
  });
  nodes.push("</g>\n");
  const legend = renderLegend(
    [
      { key: "positive", label: "positive weight", color: POSITIVE_COLOR, kind: "line" },
      { key: "negative", label: "negative weight", color: NEGATIVE_COLOR, kind: "line" },
    ],
    width - 8,
    40,
  );
  const linkCount = json.dense.reduce((s, l) => s + l.inputSize * l.units, 0);
  const drawn =
    weights.length === linkCount
      ? `${linkCount} weights drawn as links`
      : `${weights.length} of ${linkCount} weights drawn as links (layers wider than ${maxNeuronsPerLayer} neurons show their first ${Math.ceil(maxNeuronsPerLayer / 2)} and last ${Math.floor(maxNeuronsPerLayer / 2)})`;
  return svgDocument({
    width,
    height,
    title,
    desc: `Diagram of a dense network with layer sizes ${sizes.join("-")}: ${drawn}, width by magnitude (largest |w| = ${maxAbs.toPrecision(3)}), blue positive, red negative.`,
    body: links.join("") + nodes.join("") + legend,
  });
}

interface PlacedWeight {
  /** Layer `l`, from input `i` to unit `j`, with the row slots of both ends. */
  l: number;
  i: number;
  j: number;
  w: number;
  from: number;
  to: number;
}

/** Every weight between two drawn neurons, with its place. */
function listWeights(json: DiagramModel, columns: readonly ColumnLayout[]): PlacedWeight[] {
  const out: PlacedWeight[] = [];
  json.dense.forEach((layer, l) => {
    for (const { neuron: i, slot: from } of (columns[l] as ColumnLayout).shown) {
      for (const { neuron: j, slot: to } of (columns[l + 1] as ColumnLayout).shown) out.push({ l, i, j, w: layer.weights[i]?.[j] as number, from, to });
    }
  });
  return out;
}

/** `max|w|` over every weight of the model, drawn or not, so a link's width means the same at any cap. */
function largestWeight(json: DiagramModel): number {
  let max = 0;
  for (const layer of json.dense) for (let i = 0; i < layer.inputSize; i++) for (let j = 0; j < layer.units; j++) max = Math.max(max, Math.abs(layer.weights[i]?.[j] as number));
  return max;
}

/** Three dots in the ellipsis slot of column `c`, and beside them the "+N more" label. */
function renderEllipsis(c: number, hidden: number, x: number, y: number, gap: number, radius: number): string {
  const dots = [-1, 0, 1].map((k) => `<circle cx="${num(x)}" cy="${num(y + k * Math.min(gap / 4, 8))}" r="${num(Math.max(1.2, radius / 4))}" fill="#333"/>`);
  return (
    `<g class="ellipsis" data-column="${c}" data-hidden="${hidden}">${dots.join("")}` +
    `<text class="more" x="${num(x + radius + 5)}" y="${num(y)}" dominant-baseline="middle" font-size="11" fill="#555" stroke="#fff" stroke-width="3" paint-order="stroke">+${hidden} more</text></g>`
  );
}

/** The cap must leave room for a first and a last neuron. */
function checkCap(max: number): void {
  if (typeof max !== "number") throw new TypeError(`networkDiagram: options.maxNeuronsPerLayer must be a number. Received: maxNeuronsPerLayer=${JSON.stringify(max)}.`);
  if (!((Number.isInteger(max) || max === Infinity) && max >= 2)) {
    throw new RangeError(`networkDiagram: options.maxNeuronsPerLayer must be an integer ≥ 2 or Infinity. Received: maxNeuronsPerLayer=${max}.`);
  }
}
