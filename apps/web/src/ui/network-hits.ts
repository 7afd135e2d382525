import { css, diverging } from "./colors.js";
import { h } from "./dom.js";
import { createParameterEditor, type ParameterTarget } from "./step-editor.js";
import type { ParameterEdit } from "../model/trace-edit-types.js";

const SVG = "http://www.w3.org/2000/svg";
const ARROWS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));

/** What the hit layer needs from the network view it sits on. */
export interface HitHost {
  /** `[inputs, layer 1, …, outputs]`: the elements links run between. */
  columns(): Element[][];
  /** Labels of the active inputs, in column order. */
  inputLabels(): string[];
  /** "Layer 2, neuron 3" or "Output 1". */
  unitName(layer: number, unit: number): string;
  weight(layer: number, input: number, unit: number): number | undefined;
  bias(layer: number, unit: number): number | undefined;
  /** The element a unit is drawn as (its bias editor returns focus there). */
  unit(layer: number, unit: number): HTMLElement;
  /** The positioned box the tooltip and editor are placed in. */
  diagram(): Element | null;
  /** Set one weight or bias (absent: nothing is editable). */
  edit?: ((edit: ParameterEdit) => void) | undefined;
}

/**
 * What the pointer and keyboard reach in the network picture, drawn on top of the units: a wide
 * transparent copy of every link (role "button", named "Weight from x₁ to Layer 1, neuron 2"; one
 * roving Tab stop, the arrow keys move, Enter or Space edits), a small square at each unit's corner
 * coloured by its bias, the tooltip that reads a value out and the editor that sets it.
 */
export class NetworkHits {
  readonly svg = document.createElementNS(SVG, "svg");
  readonly tooltip = h("div", { class: "net-tooltip", role: "tooltip", id: "net-tooltip", hidden: true });
  private readonly editor = createParameterEditor((edit) => this.host.edit?.(edit));
  private links: SVGPathElement[][][] = [];
  /** The link Tab reaches (`[layer, input, unit]`). */
  private current: [number, number, number] = [0, 0, 0];
  /** `marks[layer][unit]`: each hidden and output unit's bias square. */
  private marks: SVGRectElement[][] = [];
  /** What the tooltip shows now, re-read when a snapshot brings new values. */
  private tipText: (() => string) | null = null;

  constructor(private readonly host: HitHost) {
    this.svg.setAttribute("class", "link-hits");
    this.svg.setAttribute("role", "group");
    this.svg.setAttribute("aria-label", "Weights (arrow keys move, Enter edits)");
  }

  get editorRoot(): HTMLElement {
    return this.editor.root;
  }

  /** Rebuilds the hit paths and bias squares for the host's current columns. */
  build(): void {
    this.editor.close(false);
    this.hideTooltip();
    this.svg.replaceChildren();
    const columns = this.host.columns();
    const inputs = this.host.inputLabels();
    const layers = columns.length - 1;
    const name = (column: number, k: number) => (column === 0 ? inputs[k] ?? `input ${k + 1}` : this.host.unitName(column - 1, k));
    const l0 = Math.min(this.current[0], layers - 1);
    this.current = [l0, Math.min(this.current[1], columns[l0]!.length - 1), Math.min(this.current[2], columns[l0 + 1]!.length - 1)];
    this.links = Array.from({ length: layers }, (_, l) => columns[l]!.map((_i, i) => columns[l + 1]!.map((_j, j) => {
      const label = `Weight from ${name(l, i)} to ${name(l + 1, j)}`;
      const target: ParameterTarget = { kind: "weight", layer: l, input: i, unit: j };
      const text = () => `${label}: ${shown(this.host.weight(l, i, j))}`;
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("role", "button");
      path.setAttribute("aria-label", label);
      path.setAttribute("tabindex", this.current.join() === [l, i, j].join() ? "0" : "-1");
      path.addEventListener("pointerenter", () => this.showTooltip(path, text));
      path.addEventListener("pointerleave", () => this.hideTooltip());
      path.addEventListener("focus", () => {
        this.linkAt(this.current)?.setAttribute("tabindex", "-1");
        path.setAttribute("tabindex", "0");
        this.current = [l, i, j];
        this.showTooltip(path, text);
      });
      path.addEventListener("blur", () => this.hideTooltip());
      path.addEventListener("click", () => this.openEditor(target, label, path));
      path.addEventListener("keydown", (event) => this.linkKey(event, l, i, j, () => this.openEditor(target, label, path)));
      this.svg.append(path);
      return path;
    })));
    this.marks = columns.slice(1).map((col, l) => col.map((_, j) => {
      const mark = document.createElementNS(SVG, "rect");
      mark.setAttribute("class", "bias");
      mark.setAttribute("width", "8");
      mark.setAttribute("height", "8");
      mark.addEventListener("pointerenter", () => this.showTooltip(mark, () => this.biasText(l, j)));
      mark.addEventListener("pointerleave", () => this.hideTooltip());
      mark.addEventListener("click", () => this.openBiasEditor(l, j));
      this.svg.append(mark);
      return mark;
    }));
  }

  /** Gives link `[l, i, j]` the path `d` (as its drawn twin) and puts the bias squares at their units' lower left corners. */
  layout(box: DOMRect, paths: (l: number, i: number, j: number) => string): void {
    this.svg.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
    this.links.forEach((layer, l) => layer.forEach((row, i) => row.forEach((path, j) => path.setAttribute("d", paths(l, i, j)))));
    this.marks.forEach((row, l) => row.forEach((mark, j) => {
      const r = this.host.columns()[l + 1]![j]!.getBoundingClientRect();
      mark.setAttribute("x", String(r.left - box.left - 4));
      mark.setAttribute("y", String(r.bottom - box.top - 6));
    }));
  }

  /** Colours the bias squares on the links' scale (`max`: the largest |weight| or |bias|) and refreshes a shown value. */
  style(max: number): void {
    this.marks.forEach((row, l) => row.forEach((mark, j) => {
      const b = this.host.bias(l, j);
      mark.setAttribute("fill", b === undefined ? "#fff" : css(diverging(b / max)));
    }));
    if (this.tipText && !this.tooltip.hidden) this.tooltip.textContent = this.tipText();
  }

  /** "Layer 1, neuron 2, bias 0.25 (Enter edits)": what a focused unit shows. */
  biasText(layer: number, unit: number): string {
    return `${this.host.unitName(layer, unit)}, bias ${shown(this.host.bias(layer, unit))}${this.host.edit ? " (Enter edits)" : ""}`;
  }

  openBiasEditor(layer: number, unit: number): void {
    this.openEditor({ kind: "bias", layer, input: "bias", unit }, `Bias of ${this.host.unitName(layer, unit)}`, this.host.unit(layer, unit));
  }

  showTooltip(el: Element, text: () => string): void {
    const [x, y] = this.placeAt(el);
    this.tipText = text;
    this.tooltip.textContent = text();
    this.tooltip.style.left = `${Math.max(0, x - 60)}px`;
    this.tooltip.style.top = `${y}px`;
    this.tooltip.hidden = false;
  }

  hideTooltip(): void {
    this.tooltip.hidden = true;
    this.tipText = null;
  }

  private linkAt([l, i, j]: [number, number, number]): SVGPathElement | undefined {
    return this.links[l]?.[i]?.[j];
  }

  /** Up/down: the next link of the layer; left/right: the layer before or after; Enter/Space: edit; Escape: hide the value. */
  private linkKey(event: KeyboardEvent, l: number, i: number, j: number, edit: () => void): void {
    if (event.key === "Enter" || event.key === " ") {
      // Space would also reach the page's play/pause shortcut: a link is a button here.
      event.preventDefault();
      event.stopPropagation();
      return edit();
    }
    if (event.key === "Escape") return this.hideTooltip();
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    const to = clamp(l + step[0], this.links.length - 1);
    const layer = this.links[to]!;
    const units = layer[0]!.length;
    const start = to === l ? i * units + j : Math.min(i, layer.length - 1) * units + Math.min(j, units - 1);
    const flat = clamp(start + step[1], layer.length * units - 1);
    (layer[Math.floor(flat / units)]![flat % units] as unknown as HTMLElement).focus();
  }

  private openEditor(target: ParameterTarget, name: string, anchor: Element): void {
    if (!this.host.edit) return;
    const value = target.kind === "bias" ? this.host.bias(target.layer, target.unit) : this.host.weight(target.layer, target.input, target.unit);
    if (value === undefined) return;
    this.hideTooltip();
    this.editor.open(target, name, value, this.placeAt(anchor), anchor as HTMLElement);
  }

  /** A point just below the middle of `el`, in the diagram's coordinates. */
  private placeAt(el: Element): [number, number] {
    const diagram = this.host.diagram();
    if (!diagram) return [0, 0];
    const box = diagram.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return [r.left + r.width / 2 - box.left + diagram.scrollLeft, r.top + r.height / 2 - box.top + 10];
  }
}

/** A value as the tooltip shows it: 6 significant digits (the editor holds the exact value). */
function shown(v: number | undefined): string {
  return v === undefined ? "–" : String(Number(v.toPrecision(6)));
}
