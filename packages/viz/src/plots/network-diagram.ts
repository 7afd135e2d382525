import { toHex } from "../color/color.js";
import { rdYlBu } from "../color/colormaps.js";
import { svgDocument } from "../svg/document.js";
import { escapeXml, num } from "../svg/escape.js";
import { renderLegend } from "../svg/legend.js";
import { readModel, type DiagramModel, type ModelLike } from "./model-json.js";

/** Options of {@link networkDiagram}. */
export interface NetworkDiagramOptions {
  title?: string;
  width?: number;
  height?: number;
}

/** Link colours: blue for positive weights, red for negative (the ends of red–yellow–blue). */
export const POSITIVE_COLOR = toHex(rdYlBu(0.92));
export const NEGATIVE_COLOR = toHex(rdYlBu(0.08));

/**
 * Neurons as circles in one column per layer (inputs, hidden layers, outputs) and every weight as
 * a link `<line class="link" data-weight=w>` whose width is `0.4 + 4.6·|w|/max|w|` px and whose
 * colour gives the sign (blue +, red −); stronger weights are also more opaque and drawn on top.
 * Dropout and batchNorm layers keep the width, so they are written under the column they follow.
 * @throws TypeError / RangeError when the model JSON is not valid.
 * @example
 * networkDiagram(model).match(/class="link"/g).length; // Σ inputSize·units
 */
export function networkDiagram(model: ModelLike, options: NetworkDiagramOptions = {}): string {
  const json = readModel(model);
  const { title = "Network", width = 640, height = 420 } = options;
  const sizes = [(json.dense[0] as { inputSize: number }).inputSize, ...json.dense.map((l) => l.units)];
  const top = 96;
  const bottom = height - 40;
  const colX = (c: number): number => 70 + (c * (width - 140)) / Math.max(1, sizes.length - 1);
  const rowY = (c: number, i: number): number => {
    const n = sizes[c] as number;
    const gap = Math.min(48, (bottom - top) / Math.max(1, n));
    return (top + bottom) / 2 + (i - (n - 1) / 2) * gap;
  };
  const radius = Math.max(2, Math.min(12, ((bottom - top) / Math.max(...sizes)) * 0.35));
  const weights = listWeights(json);
  const maxAbs = weights.reduce((m, { w }) => Math.max(m, Math.abs(w)), 0);
  // Weak links first, so the strong ones are drawn on top.
  weights.sort((a, b) => Math.abs(a.w) - Math.abs(b.w));
  const links: string[] = ['<g class="links" stroke-linecap="round">'];
  for (const { l, i, j, w } of weights) {
    const m = maxAbs === 0 ? 0 : Math.abs(w) / maxAbs;
    links.push(
      `<line class="link" data-layer="${l}" data-from="${i}" data-to="${j}" data-weight="${w}" x1="${num(colX(l))}" y1="${num(rowY(l, i))}" x2="${num(colX(l + 1))}" y2="${num(rowY(l + 1, j))}" ` +
        `stroke="${w < 0 ? NEGATIVE_COLOR : POSITIVE_COLOR}" stroke-width="${num(0.4 + 4.6 * m)}" stroke-opacity="${num(0.35 + 0.6 * m)}"/>`,
    );
  }
  links.push("</g>\n");
  const nodes: string[] = ['<g class="nodes" font-size="12" fill="#333">'];
  sizes.forEach((n, c) => {
    for (let i = 0; i < n; i++) nodes.push(`<circle class="node" data-column="${c}" cx="${num(colX(c))}" cy="${num(rowY(c, i))}" r="${num(radius)}" fill="#f4f4f4" stroke="#333" stroke-width="1.2"/>`);
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
  return svgDocument({
    width,
    height,
    title,
    desc: `Diagram of a dense network with layer sizes ${sizes.join("-")}: ${linkCount} weights drawn as links, width by magnitude (largest |w| = ${maxAbs.toPrecision(3)}), blue positive, red negative.`,
    body: links.join("") + nodes.join("") + legend,
  });
}

/** Every weight with its place: layer `l`, from input `i` to unit `j`. */
function listWeights(json: DiagramModel): Array<{ l: number; i: number; j: number; w: number }> {
  const out: Array<{ l: number; i: number; j: number; w: number }> = [];
  json.dense.forEach((layer, l) => {
    for (let i = 0; i < layer.inputSize; i++) for (let j = 0; j < layer.units; j++) out.push({ l, i, j, w: layer.weights[i]?.[j] as number });
  });
  return out;
}
