import { css, diverging } from "./colors.js";
import { h } from "./dom.js";
import { paintNeuron, type NeuronRange } from "./heatmap.js";
import { MAX_HIDDEN_LAYERS, MAX_NEURONS } from "../state/config.js";

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
  /** The pointer rests on unit `unit` of weight layer `layer` (null when it leaves). */
  hover(unit: { layer: number; unit: number } | null): void;
}

const SVG = "http://www.w3.org/2000/svg";

/** The network column: inputs, hidden layers with their unit pictures, outputs, and weighted links. */
export class NetworkView {
  readonly root = h("div", { class: "network" });
  private readonly svg = document.createElementNS(SVG, "svg");
  private columns: HTMLCanvasElement[][] = [];
  private links: SVGPathElement[][][] = [];
  private shape: NetworkShape | null = null;
  private lastWeights: number[][][] | null = null;

  constructor(private readonly events: NetworkEvents) {
    this.svg.setAttribute("class", "links");
    this.svg.setAttribute("aria-hidden", "true");
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
    // Rebuilding replaces the buttons: keep keyboard focus on the one that was pressed.
    const active = document.activeElement;
    const focusLabel = active && this.root.contains(active) ? active.getAttribute("aria-label") : null;
    this.root.replaceChildren(header, h("div", { class: "diagram" }, this.svg, row));
    if (focusLabel) this.root.querySelector<HTMLElement>(`[aria-label="${CSS.escape(focusLabel)}"]`)?.focus();
    this.buildLinks();
    this.lastWeights = null;
    requestAnimationFrame(() => this.layoutLinks());
  }

  /** Paints every unit's picture and restyles the links from the snapshot's weights. */
  update(neuronGrids: Float32Array[][], weights: number[][][]): void {
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
    this.styleLinks();
  }

  /** A unit's picture; resting the pointer on it shows it large in the output panel. */
  private unitCanvas(layer: number, unit: number, title: string): HTMLCanvasElement {
    return h("canvas", {
      width: 32, height: 32, class: "unit", title,
      onpointerenter: () => this.events.hover({ layer, unit }),
      onpointerleave: () => this.events.hover(null),
    });
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
    this.links.forEach((layer, l) => layer.forEach((row, i) => row.forEach((path, j) => {
      const w = weights[l]?.[i]?.[j] ?? 0;
      path.setAttribute("stroke", css(diverging(Math.sign(w) * Math.max(0.35, Math.abs(w) / max))));
      path.setAttribute("stroke-width", String(0.5 + 5.5 * Math.min(1, Math.abs(w) / max)));
      path.dataset.weight = w.toPrecision(3);
    })));
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
    })));
  }
}
