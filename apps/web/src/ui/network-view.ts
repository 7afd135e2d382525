import { css, diverging } from "./colors.js";
import { h } from "./dom.js";
import { paintNeuron, type NeuronRange } from "./heatmap.js";
import { MAX_HIDDEN_LAYERS, MAX_NEURONS } from "../state/config.js";
import { createLegend, short } from "./legend.js";
import { createParameterEditor, type ParameterTarget } from "./step-editor.js";
import type { ParameterEdit } from "../model/trace-edit-types.js";

export interface InputNode {
  id: string;
  label: string;
  active: boolean;
  /** The feature's own picture over the plane (none for Iris). */
  grid?: Float32Array;
}

export interface NetworkShape {
  inputs: InputNode[];
  hidden: number[];
  outputs: number;
  gridSize: number;
  /** How unit pictures are coloured: tanh in [-1,1], sigmoid/softmax in [0,1], others scaled. */
  hiddenRange: NeuronRange;
  /** Only 2-D data sets let the user pick features. */
  editableInputs: boolean;
}

export interface NetworkEvents {
  toggleFeature(id: string): void;
  setLayers(count: number): void;
  setNeurons(layer: number, count: number): void;
  /** Show unit `unit` of weight layer `layer` large: the pointer rests on it or it has focus (null: neither). */
  hover(unit: UnitRef | null): void;
  /** Set one weight or bias of the running model (the link or bias editor's "Set"). */
  editParameter?(edit: ParameterEdit): void;
}

/** A hidden or output unit: `layer` counts weight layers from 0, so the output layer is `hidden.length`. */
export interface UnitRef {
  layer: number;
  unit: number;
}

/** Arrow keys move focus between units: `[layers, units]` to step. */
const ARROWS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));

const SVG = "http://www.w3.org/2000/svg";

/**
 * The network column: inputs, hidden layers with their unit pictures, outputs, and weighted links.
 * The units are one Tab stop (a roving tabindex, so Tab does not walk through up to 51 pictures):
 * arrow keys move between them, a focused unit shows large as a hovered one does, Escape hides it.
 */
export class NetworkView {
  readonly root = h("div", { class: "network" });
  private readonly svg = document.createElementNS(SVG, "svg");
  private columns: HTMLCanvasElement[][] = [];
  private links: SVGPathElement[][][] = [];
  private shape: NetworkShape | null = null;
  private lastWeights: number[][][] | null = null;
  /** The unit under the pointer, and the focused unit unless Escape hid it: the pointer wins. */
  private pointed: UnitRef | null = null;
  private focused: UnitRef | null = null;
  /** The unit Tab reaches (the last one focused), kept across rebuilds. */
  private current: UnitRef = { layer: 0, unit: 0 };
  /** Wide transparent copies of the links on top of the units: what the pointer and keyboard reach. */
  private readonly hits = document.createElementNS(SVG, "svg");
  private hitLinks: SVGPathElement[][][] = [];
  /** The link Tab reaches (`[layer, input, unit]`), a roving tabindex like the units'. */
  private currentLink: [number, number, number] = [0, 0, 0];
  /** `biasMarks[layer][unit]`: the small square at each hidden and output unit's corner. */
  private biasMarks: SVGRectElement[][] = [];
  private lastBiases: number[][] | null = null;
  /** Largest |weight| and |bias| of the last snapshot: the colour scale's ends. */
  private scale = 1;
  private readonly tooltip = h("div", { class: "net-tooltip", role: "tooltip", id: "net-tooltip", hidden: true });
  private readonly editor = createParameterEditor((edit) => this.events.editParameter?.(edit));
  private readonly neuronLegend = createLegend("neuron-legend", "Neuron output");
  private readonly weightLegend = createLegend("weight-legend", "Weight and bias");
  private highlighted: number | null = null;
  private highlightedLink: [number, number] | null = null;
  /** What the tooltip shows now, re-read when a snapshot brings new values. */
  private tipText: (() => string) | null = null;

  constructor(private readonly events: NetworkEvents) {
    this.svg.setAttribute("class", "links");
    this.svg.setAttribute("aria-hidden", "true");
    this.hits.setAttribute("class", "link-hits");
    this.hits.setAttribute("role", "group");
    this.hits.setAttribute("aria-label", "Weights (arrow keys move, Enter edits)");
    new ResizeObserver(() => this.layoutLinks()).observe(this.root);
  }

  render(shape: NetworkShape): void {
    this.shape = shape;
    const { events } = this;
    const layers = shape.hidden.length;
    const header = h("div", { class: "layer-controls" },
      h("button", { type: "button", "aria-label": "Add hidden layer", disabled: layers >= MAX_HIDDEN_LAYERS, onclick: () => events.setLayers(layers + 1) }, "+"),
      h("button", { type: "button", "aria-label": "Remove hidden layer", disabled: layers === 0, onclick: () => events.setLayers(layers - 1) }, "−"),
      h("span", { id: "layer-count" }, `${layers} hidden layer${layers === 1 ? "" : "s"}`),
    );
    const row = h("div", { class: "columns" });
    const inputCol = h("div", { class: "column inputs" }, h("div", { class: "col-title" }, "Inputs"));
    const inputCanvases: HTMLCanvasElement[] = [];
    for (const input of shape.inputs) {
      const canvas = h("canvas", { width: 32, height: 32, class: "unit" });
      if (input.grid) paintNeuron(canvas, input.grid, shape.gridSize, "free");
      const node = shape.editableInputs
        ? h("button", { type: "button", class: "feature", "aria-pressed": String(input.active), "data-feature": input.id,
            "aria-label": `Input feature ${input.label}`, onclick: () => events.toggleFeature(input.id) }, canvas, h("span", {}, input.label))
        : h("div", { class: "feature" }, canvas, h("span", {}, input.label));
      inputCol.append(node);
      if (input.active) inputCanvases.push(canvas);
    }
    row.append(inputCol);
    this.columns = [inputCanvases];
    shape.hidden.forEach((units, l) => {
      const col = h("div", { class: "column hidden-layer", "data-layer": l },
        h("div", { class: "neuron-controls" },
          h("button", { type: "button", "aria-label": `Add neuron to layer ${l + 1}`, disabled: units >= MAX_NEURONS, onclick: () => events.setNeurons(l, units + 1) }, "+"),
          h("button", { type: "button", "aria-label": `Remove neuron from layer ${l + 1}`, disabled: units <= 1, onclick: () => events.setNeurons(l, units - 1) }, "−"),
        ),
        h("div", { class: "col-title" }, `${units} neuron${units === 1 ? "" : "s"}`),
      );
      const canvases = Array.from({ length: units }, (_, j) => this.unitCanvas(l, j, `Layer ${l + 1}, neuron ${j + 1}`));
      col.append(...canvases);
      row.append(col);
      this.columns.push(canvases);
    });
    const outCol = h("div", { class: "column outputs" }, h("div", { class: "col-title" }, "Output"));
    const outs = Array.from({ length: shape.outputs }, (_, j) => this.unitCanvas(shape.hidden.length, j, `Output ${j + 1}`));
    outCol.append(...outs);
    row.append(outCol);
    this.columns.push(outs);
    const layer = clamp(this.current.layer, this.columns.length - 2);
    this.current = { layer, unit: clamp(this.current.unit, this.columns[layer + 1]!.length - 1) };
    this.unitAt(this.current).tabIndex = 0;
    // The shown unit's node goes away; the unit focused again below shows itself again.
    if (this.pointed || this.focused) {
      this.pointed = this.focused = null;
      this.events.hover(null);
    }
    // Rebuilding replaces the buttons and units: keep keyboard focus on the one that had it.
    const active = document.activeElement;
    const focusLabel = active && this.root.contains(active) ? active.getAttribute("aria-label") : null;
    this.editor.close(false);
    this.hideTooltip();
    const legends = h("div", { class: "value-legends" }, this.neuronLegend.root, this.weightLegend.root);
    this.root.replaceChildren(header, h("div", { class: "diagram" }, this.svg, row, this.hits, this.tooltip, this.editor.root), legends);
    this.setNeuronLegend(shape.hiddenRange);
    this.weightLegend.set("–", "–");
    this.buildLinks();
    if (focusLabel) this.root.querySelector<HTMLElement>(`[aria-label="${CSS.escape(focusLabel)}"]`)?.focus();
    this.lastWeights = null;
    this.lastBiases = null;
    requestAnimationFrame(() => this.layoutLinks());
  }

  /** Paints every unit's picture and restyles the links (and bias marks) from the snapshot's weights and biases. */
  update(neuronGrids: Float32Array[][], weights: number[][][], biases?: number[][]): void {
    const shape = this.shape;
    if (!shape) return;
    neuronGrids.forEach((layer, l) => {
      const canvases = this.columns[l + 1];
      const last = l === neuronGrids.length - 1;
      layer.forEach((grid, j) => {
        const canvas = canvases?.[j];
        if (canvas) paintNeuron(canvas, grid, shape.gridSize, last ? "unit" : shape.hiddenRange);
      });
    });
    this.lastWeights = weights;
    this.lastBiases = biases ?? null;
    this.styleLinks();
    if (this.tipText && !this.tooltip.hidden) this.tooltip.textContent = this.tipText();
  }

  /**
   * Emphasizes weight layer `layer` (its links, its units and the units feeding it) or, with
   * `link = [input, unit]`, that one link and its two ends; null clears.
   */
  highlight(layer: number | null, link?: [number, number]): void {
    this.highlighted = layer;
    this.highlightedLink = link ?? null;
    this.root.querySelector(".diagram")?.classList.toggle("highlighting", layer !== null);
    const on = (l: number, i: number, j: number) => l === layer && (!link || (link[0] === i && link[1] === j));
    this.links.forEach((rows, l) => rows.forEach((row, i) => row.forEach((path, j) => path.classList.toggle("hl", on(l, i, j)))));
    this.columns.forEach((col, c) => col.forEach((el, k) => el.classList.toggle("hl", layer !== null &&
      (c === layer ? !link || link[0] === k : c === layer + 1 && (!link || link[1] === k)))));
  }

  /** A unit's picture; resting the pointer on it or focusing it shows it large in the output panel. */
  private unitCanvas(layer: number, unit: number, label: string): HTMLCanvasElement {
    const ref = { layer, unit };
    return h("canvas", {
      width: 32, height: 32, class: "unit", title: label, role: "img", "aria-label": label, tabindex: -1,
      onpointerenter: () => this.show(this.focused, ref),
      onpointerleave: () => this.show(this.focused, null),
      onfocus: () => {
        this.unitAt(this.current).tabIndex = -1;
        this.unitAt(ref).tabIndex = 0;
        this.current = ref;
        this.show(ref, this.pointed);
        this.showTooltip(this.unitAt(ref), () => this.biasText(ref));
      },
      onblur: () => {
        this.show(null, this.pointed);
        this.hideTooltip();
      },
      onkeydown: (event) => this.unitKey(event as KeyboardEvent, ref),
    });
  }

  private unitAt({ layer, unit }: UnitRef): HTMLCanvasElement {
    return this.columns[layer + 1]![unit]!;
  }

  private show(focused: UnitRef | null, pointed: UnitRef | null): void {
    this.focused = focused;
    this.pointed = pointed;
    this.events.hover(pointed ?? focused);
  }

  /** Up/down within a layer; left/right to the same row of the layer beside it (or its last unit). */
  private unitKey(event: KeyboardEvent, { layer, unit }: UnitRef): void {
    if (event.key === "Escape") {
      this.hideTooltip();
      return this.show(null, this.pointed);
    }
    if (event.key === "Enter") {
      event.preventDefault();
      return this.openEditor({ kind: "bias", layer, input: "bias", unit }, this.unitAt({ layer, unit }));
    }
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    const to = clamp(layer + step[0], this.columns.length - 2);
    this.unitAt({ layer: to, unit: clamp(unit + step[1], this.columns[to + 1]!.length - 1) }).focus();
  }

  private buildLinks(): void {
    this.buildHits();
    this.svg.replaceChildren();
    this.links = [];
    for (let l = 0; l + 1 < this.columns.length; l++) {
      const from = this.columns[l]!.length;
      const to = this.columns[l + 1]!.length;
      const layer: SVGPathElement[][] = [];
      for (let i = 0; i < from; i++) {
        const row: SVGPathElement[] = [];
        for (let j = 0; j < to; j++) {
          const path = document.createElementNS(SVG, "path");
          path.setAttribute("fill", "none");
          this.svg.append(path);
          row.push(path);
        }
        layer.push(row);
      }
      this.links.push(layer);
    }
  }

  private styleLinks(): void {
    const weights = this.lastWeights;
    if (!weights) return;
    let max = 1e-9;
    for (const layer of weights) for (const row of layer) for (const w of row) max = Math.max(max, Math.abs(w));
    for (const layer of this.lastBiases ?? []) for (const b of layer) max = Math.max(max, Math.abs(b));
    this.links.forEach((layer, l) => layer.forEach((row, i) => row.forEach((path, j) => {
      const w = weights[l]?.[i]?.[j] ?? 0;
      path.setAttribute("stroke", css(diverging(Math.sign(w) * Math.max(0.35, Math.abs(w) / max))));
      path.setAttribute("stroke-width", String(0.5 + 5.5 * Math.min(1, Math.abs(w) / max)));
      path.dataset.weight = w.toPrecision(3);
    })));
    this.biasMarks.forEach((row, l) => row.forEach((mark, j) => {
      const b = this.lastBiases?.[l]?.[j];
      mark.setAttribute("fill", b === undefined ? "#fff" : css(diverging(b / max)));
    }));
    this.scale = max;
    this.weightLegend.set(short(-max), short(max), "thicker lines: larger |weight|");
    this.highlight(this.highlighted, this.highlightedLink ?? undefined);
  }

  private layoutLinks(): void {
    const box = this.svg.getBoundingClientRect();
    if (box.width === 0) return;
    this.svg.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
    const anchor = (el: Element, side: "left" | "right") => {
      const r = el.getBoundingClientRect();
      return [(side === "left" ? r.left : r.right) - box.left, r.top + r.height / 2 - box.top] as const;
    };
    this.links.forEach((layer, l) => layer.forEach((row, i) => row.forEach((path, j) => {
      const [x1, y1] = anchor(this.columns[l]![i]!, "right");
      const [x2, y2] = anchor(this.columns[l + 1]![j]!, "left");
      const mx = (x1 + x2) / 2;
      path.setAttribute("d", `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`);
      this.hitLinks[l]?.[i]?.[j]?.setAttribute("d", `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`);
    })));
    this.hits.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
    this.biasMarks.forEach((row, l) => row.forEach((mark, j) => {
      const r = this.columns[l + 1]![j]!.getBoundingClientRect();
      mark.setAttribute("x", String(r.left - box.left - 4));
      mark.setAttribute("y", String(r.bottom - box.top - 6));
    }));
  }

  /** The link hit paths (one roving Tab stop; arrows move, Enter edits) and the bias marks. */
  private buildHits(): void {
    this.hits.replaceChildren();
    this.hitLinks = [];
    const shape = this.shape!;
    const inputs = shape.inputs.filter((i) => i.active).map((i) => i.label);
    const name = (column: number, k: number) => (column === 0 ? inputs[k] ?? `input ${k + 1}` : this.unitName(column - 1, k));
    const [cl, ci, cj] = this.currentLink;
    const layers = this.columns.length - 1;
    const at: [number, number, number] = [Math.min(cl, layers - 1), 0, 0];
    at[1] = Math.min(ci, this.columns[at[0]]!.length - 1);
    at[2] = Math.min(cj, this.columns[at[0] + 1]!.length - 1);
    this.currentLink = at;
    for (let l = 0; l < layers; l++) {
      const layer: SVGPathElement[][] = [];
      this.columns[l]!.forEach((_, i) => {
        const row: SVGPathElement[] = [];
        this.columns[l + 1]!.forEach((__, j) => {
          const path = document.createElementNS(SVG, "path");
          const label = `Weight from ${name(l, i)} to ${name(l + 1, j)}`;
          const target: ParameterTarget = { kind: "weight", layer: l, input: i, unit: j };
          path.setAttribute("role", "button");
          path.setAttribute("aria-label", label);
          path.setAttribute("tabindex", l === at[0] && i === at[1] && j === at[2] ? "0" : "-1");
          path.addEventListener("pointerenter", () => this.showTooltip(path, () => this.weightText(target, label)));
          path.addEventListener("pointerleave", () => this.hideTooltip());
          path.addEventListener("focus", () => {
            this.hitLinks[this.currentLink[0]]?.[this.currentLink[1]]?.[this.currentLink[2]]?.setAttribute("tabindex", "-1");
            path.setAttribute("tabindex", "0");
            this.currentLink = [l, i, j];
            this.showTooltip(path, () => this.weightText(target, label));
          });
          path.addEventListener("blur", () => this.hideTooltip());
          path.addEventListener("click", () => this.openEditor(target, path));
          path.addEventListener("keydown", (event) => this.linkKey(event, l, i, j, target, path));
          this.hits.append(path);
          row.push(path);
        });
        layer.push(row);
      });
      this.hitLinks.push(layer);
    }
    this.biasMarks = this.columns.slice(1).map((col, l) => col.map((_, j) => {
      const mark = document.createElementNS(SVG, "rect");
      const target: ParameterTarget = { kind: "bias", layer: l, input: "bias", unit: j };
      mark.setAttribute("class", "bias");
      mark.setAttribute("width", "8");
      mark.setAttribute("height", "8");
      mark.addEventListener("pointerenter", () => this.showTooltip(mark, () => this.biasText({ layer: l, unit: j })));
      mark.addEventListener("pointerleave", () => this.hideTooltip());
      mark.addEventListener("click", () => this.openEditor(target, this.unitAt({ layer: l, unit: j })));
      this.hits.append(mark);
      return mark;
    }));
  }

  /** "Layer 2, neuron 3" or "Output 1", as the unit pictures are labelled. */
  private unitName(layer: number, unit: number): string {
    return layer === this.shape!.hidden.length ? `Output ${unit + 1}` : `Layer ${layer + 1}, neuron ${unit + 1}`;
  }

  private weightText(t: ParameterTarget, label: string): string {
    const w = this.lastWeights?.[t.layer]?.[t.input as number]?.[t.unit];
    return `${label}: ${w === undefined ? "–" : exact(w)}`;
  }

  private biasText({ layer, unit }: UnitRef): string {
    const b = this.lastBiases?.[layer]?.[unit];
    return `${this.unitName(layer, unit)}, bias ${b === undefined ? "–" : exact(b)}${this.events.editParameter ? " (Enter edits)" : ""}`;
  }

  /** Up/down: the next link of the layer; left/right: the layer before or after; Enter/Space: edit; Escape: hide the value. */
  private linkKey(event: KeyboardEvent, l: number, i: number, j: number, target: ParameterTarget, path: SVGPathElement): void {
    if (event.key === "Enter" || event.key === " ") {
      // Space would also reach the page's play/pause shortcut: a link is a button here.
      event.preventDefault();
      event.stopPropagation();
      return this.openEditor(target, path);
    }
    if (event.key === "Escape") return this.hideTooltip();
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    const to = clamp(l + step[0], this.hitLinks.length - 1);
    const layer = this.hitLinks[to]!;
    const units = layer[0]!.length;
    const flat = clamp((to === l ? i * units + j : Math.min(i, layer.length - 1) * units + Math.min(j, units - 1)) + step[1], layer.length * units - 1);
    (layer[Math.floor(flat / units)]![flat % units] as unknown as HTMLElement).focus();
  }

  private openEditor(target: ParameterTarget, anchor: Element): void {
    if (!this.events.editParameter) return;
    const value = target.kind === "bias" ? this.lastBiases?.[target.layer]?.[target.unit] : this.lastWeights?.[target.layer]?.[target.input as number]?.[target.unit];
    if (value === undefined) return;
    const name = target.kind === "bias"
      ? `Bias of ${this.unitName(target.layer, target.unit)}`
      : anchor.getAttribute("aria-label") ?? "Weight";
    this.hideTooltip();
    this.editor.open(target, name, value, this.placeAt(anchor), anchor as HTMLElement);
  }

  /** A point just below the middle of `el`, in the diagram's coordinates. */
  private placeAt(el: Element): [number, number] {
    const diagram = this.root.querySelector(".diagram");
    if (!diagram) return [0, 0];
    const box = diagram.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return [r.left + r.width / 2 - box.left + diagram.scrollLeft, r.top + r.height / 2 - box.top + 10];
  }

  private showTooltip(el: Element, text: () => string): void {
    const [x, y] = this.placeAt(el);
    this.tipText = text;
    this.tooltip.textContent = text();
    this.tooltip.style.left = `${Math.max(0, x - 60)}px`;
    this.tooltip.style.top = `${y}px`;
    this.tooltip.hidden = false;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
    this.tipText = null;
  }

  private setNeuronLegend(range: NeuronRange): void {
    if (range === "tanh") this.neuronLegend.set("−1", "1", "outputs: 0 (orange) to 1 (blue)");
    else if (range === "unit") this.neuronLegend.set("0", "1", "outputs: 0 to 1");
    else this.neuronLegend.set("−max", "+max", "each picture scaled to its largest |value|; outputs: 0 to 1");
  }
}

/** A value as a tooltip shows it: 6 significant digits (the title-free exact value is in the editor). */
function exact(v: number): string {
  return String(Number(v.toPrecision(6)));
}
