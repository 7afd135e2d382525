import { css, diverging } from "./colors.js";
import { h } from "./dom.js";
import { paintNeuron, type NeuronRange } from "./heatmap.js";
import { MAX_HIDDEN_LAYERS, MAX_NEURONS } from "../state/config.js";
import { createLegend, short } from "./legend.js";
import { NetworkHits } from "./network-hits.js";
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
  /** A regression run: the output is a number (its picture scaled to its largest |value|), not a probability. */
  valueOutput?: boolean;
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
  private lastBiases: number[][] | null = null;
  /** Links, bias squares, tooltip and editor on top of the units (see {@link NetworkHits}). */
  private readonly hits: NetworkHits;
  private readonly neuronLegend = createLegend("neuron-legend", "Neuron output");
  private readonly weightLegend = createLegend("weight-legend", "Weight and bias");
  private highlighted: number | null = null;
  private highlightedLink: [number, number] | undefined;

  constructor(private readonly events: NetworkEvents) {
    this.svg.setAttribute("class", "links");
    this.svg.setAttribute("aria-hidden", "true");
    this.hits = new NetworkHits({
      columns: () => this.columns,
      inputLabels: () => this.shape?.inputs.filter((i) => i.active).map((i) => i.label) ?? [],
      diagram: () => this.root.querySelector(".diagram"),
      unitName: (layer, unit) => this.unitName(layer, unit),
      weight: (layer, input, unit) => this.lastWeights?.[layer]?.[input]?.[unit],
      bias: (layer, unit) => this.lastBiases?.[layer]?.[unit],
      unit: (layer, unit) => this.unitAt({ layer, unit }),
      edit: events.editParameter?.bind(events),
    });
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
    const legends = h("div", { class: "value-legends" }, this.neuronLegend.root, this.weightLegend.root);
    this.root.replaceChildren(header, h("div", { class: "diagram" }, this.svg, row, this.hits.svg, this.hits.tooltip, this.hits.editorRoot), legends);
    this.setNeuronLegend(shape.hiddenRange, shape.valueOutput === true);
    this.weightLegend.set("–", "–");
    this.buildLinks();
    this.hits.build();
    if (focusLabel) this.root.querySelector<HTMLElement>(`[aria-label="${CSS.escape(focusLabel)}"]`)?.focus();
    this.lastWeights = null;
    this.lastBiases = null;
    requestAnimationFrame(() => this.layoutLinks());
  }

  /** Paints every unit's picture and restyles the links (and bias squares) from the snapshot's weights and biases. */
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
  }

  /**
   * Emphasizes weight layer `layer` (its links, its units and the units feeding it) or, with
   * `link = [input, unit]`, that one link and its two ends; null clears.
   */
  highlight(layer: number | null, link?: [number, number]): void {
    this.highlighted = layer;
    this.highlightedLink = link;
    this.root.querySelector(".diagram")?.classList.toggle("highlighting", layer !== null);
    const on = (l: number, i: number, j: number) => l === layer && (!link || (link[0] === i && link[1] === j));
    this.links.forEach((rows, l) => rows.forEach((row, i) => row.forEach((path, j) => path.classList.toggle("hl", on(l, i, j)))));
    this.columns.forEach((col, c) => col.forEach((el, k) => el.classList.toggle("hl", layer !== null &&
      (c === layer ? !link || link[0] === k : c === layer + 1 && (!link || link[1] === k)))));
  }

  /** "Layer 2, neuron 3" or "Output 1", as the unit pictures are labelled. */
  private unitName(layer: number, unit: number): string {
    return layer === this.shape?.hidden.length ? `Output ${unit + 1}` : `Layer ${layer + 1}, neuron ${unit + 1}`;
  }

  private setNeuronLegend(range: NeuronRange, valueOutput: boolean): void {
    // A classifier's outputs are probabilities; a regression's is the predicted number.
    const output = valueOutput ? "output: the predicted value, scaled to its largest |value|" : range === "tanh" ? "outputs: 0 (orange) to 1 (blue)" : "outputs: 0 to 1";
    if (range === "tanh") this.neuronLegend.set("−1", "1", output);
    else if (range === "unit") this.neuronLegend.set("0", "1", output);
    else this.neuronLegend.set("−max", "+max", `each picture scaled to its largest |value|; ${output}`);
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
        this.hits.showTooltip(this.unitAt(ref), () => this.hits.biasText(layer, unit));
      },
      onblur: () => {
        this.show(null, this.pointed);
        this.hits.hideTooltip();
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
      this.hits.hideTooltip();
      return this.show(null, this.pointed);
    }
    if (event.key === "Enter") {
      event.preventDefault();
      return this.hits.openBiasEditor(layer, unit);
    }
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    const to = clamp(layer + step[0], this.columns.length - 2);
    this.unitAt({ layer: to, unit: clamp(unit + step[1], this.columns[to + 1]!.length - 1) }).focus();
  }

  private buildLinks(): void {
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
    // Biases share the links' scale, so one legend reads both.
    for (const layer of this.lastBiases ?? []) for (const b of layer) max = Math.max(max, Math.abs(b));
    this.links.forEach((layer, l) => layer.forEach((row, i) => row.forEach((path, j) => {
      const w = weights[l]?.[i]?.[j] ?? 0;
      path.setAttribute("stroke", css(diverging(Math.sign(w) * Math.max(0.35, Math.abs(w) / max))));
      path.setAttribute("stroke-width", String(0.5 + 5.5 * Math.min(1, Math.abs(w) / max)));
      path.dataset.weight = w.toPrecision(3);
    })));
    this.hits.style(max);
    this.weightLegend.set(short(-max), short(max), "thicker lines: larger |weight|");
    this.highlight(this.highlighted, this.highlightedLink);
  }

  private layoutLinks(): void {
    const box = this.svg.getBoundingClientRect();
    if (box.width === 0) return;
    this.svg.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
    const anchor = (el: Element, side: "left" | "right") => {
      const r = el.getBoundingClientRect();
      return [(side === "left" ? r.left : r.right) - box.left, r.top + r.height / 2 - box.top] as const;
    };
    const curve = (l: number, i: number, j: number) => {
      const [x1, y1] = anchor(this.columns[l]![i]!, "right");
      const [x2, y2] = anchor(this.columns[l + 1]![j]!, "left");
      const mx = (x1 + x2) / 2;
      return `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
    };
    this.links.forEach((layer, l) => layer.forEach((row, i) => row.forEach((path, j) => path.setAttribute("d", curve(l, i, j)))));
    this.hits.layout(box, curve);
  }
}
