import { h } from "./dom.js";
import { callout, CALLOUTS } from "./callouts.js";
import { buildSteps, predictedClass, type Step, type StepContext } from "./step-steps.js";
import type { PointTrace } from "../model/trace.js";
import type { DatasetView } from "../worker/protocol.js";

export interface StepPanelEvents {
  /** "Step through" was pressed: the page pauses training. */
  open(): void;
  /** Ask the worker for the trace of data point `point`. */
  requestTrace(point: number): void;
  /** Light up weight layer `layer` in the network picture, and within it the link `[input, unit]` when given (null: nothing). */
  highlight(layer: number | null, link?: [number, number]): void;
  /** The chosen point changed: the output picture marks it. */
  pointChanged(point: number | null): void;
}

/**
 * The "Step through" button and panel: pick a training point (number, "Random point", or a click
 * on the output picture), then walk with "Back"/"Next" through its forward pass, loss, backward
 * pass and the optimizer's update, with that point's live numbers (from the worker's trace).
 */
export function createStepPanel(events: StepPanelEvents) {
  const button = h("button", { type: "button", id: "step-through", class: "step-through", onclick: () => openPanel() }, "Step through");
  const pointInput = h("input", { id: "step-point", type: "number", min: 1, step: 1 });
  const random = h("button", { type: "button" }, "Random point");
  const info = h("p", { id: "step-point-info", class: "step-info", role: "status" }, "Pick a training point: type its number, press Random point, or click a point on the output picture.");
  const back = h("button", { type: "button", disabled: true }, "Back");
  const next = h("button", { type: "button", disabled: true }, "Next");
  const counter = h("span", { class: "step-counter", "aria-live": "polite" });
  const heading = h("h3", { id: "step-heading", class: "step-heading" });
  const body = h("div", { class: "step-body" });
  const close = h("button", { type: "button", class: "step-close" }, "Close");
  const root = h("section", { class: "step-panel", "aria-labelledby": "step-title", hidden: true },
    h("h2", { id: "step-title" }, "Step through backprop"),
    callout(CALLOUTS["step-title"]!),
    h("div", { class: "step-pick" }, h("label", { for: "step-point" }, "Training point"), pointInput, random),
    info,
    h("div", { class: "step-nav" }, back, counter, next, close),
    heading,
    body,
  );

  let dataset: DatasetView | null = null;
  let context: StepContext = { inputNames: [], classNames: [], batchSize: 1 };
  /** Data set rows of the training points, in data set order: "Training point k" is `train[k − 1]`. */
  let train: number[] = [];
  let predictions: Int32Array | null = null;
  let epoch = 0;
  /** The epoch whose numbers the panel shows (the latest snapshot's when the trace arrived). */
  let traceEpoch = 0;
  let playing = false;
  let point: number | null = null;
  let steps: Step[] = [];
  let index = 0;

  function openPanel(): void {
    events.open();
    root.hidden = false;
    button.setAttribute("aria-expanded", "true");
    pointInput.focus();
  }

  function closePanel(): void {
    root.hidden = true;
    button.setAttribute("aria-expanded", "false");
    events.highlight(null);
    button.focus();
  }

  function choose(row: number | null): void {
    point = row;
    steps = [];
    index = 0;
    render();
    events.pointChanged(row);
    if (row !== null) events.requestTrace(row);
  }

  function describe(): void {
    if (point === null || !dataset) return;
    const k = train.indexOf(point) + 1;
    const label = dataset.labels[point]!;
    const [px, py] = [dataset.points[2 * point]!, dataset.points[2 * point + 1]!];
    const predicted = predictions?.[point];
    info.textContent = `Training point ${k} of ${train.length} at (${px.toFixed(2)}, ${py.toFixed(2)}), ${dataset.classNames[label] ?? label}. ` +
      (predicted === undefined ? "" : `The network now predicts ${dataset.classNames[predicted] ?? predicted}. `) + `Numbers of epoch ${traceEpoch}` +
      (playing && epoch !== traceEpoch ? `; training is at epoch ${epoch}: pause to follow it.` : ".");
    info.dataset.predicted = predicted === undefined ? "" : String(predicted);
  }

  function render(): void {
    const step = steps[index];
    back.disabled = !step || index === 0;
    next.disabled = !step || index === steps.length - 1;
    counter.textContent = step ? `Step ${index + 1} of ${steps.length}` : "";
    heading.textContent = step?.title ?? "";
    body.replaceChildren(...(step ? [step.body] : []));
    events.highlight(root.hidden ? null : step?.layer ?? null);
  }

  back.addEventListener("click", () => {
    index = Math.max(0, index - 1);
    render();
  });
  next.addEventListener("click", () => {
    index = Math.min(steps.length - 1, index + 1);
    render();
  });
  close.addEventListener("click", closePanel);
  // Resting on a cell of W, dW or ΔW lights up that one link in the network picture.
  const cellLink = (event: Event) => {
    const cell = (event.target as Element).closest?.("td[data-input]") as HTMLElement | null;
    const layer = steps[index]?.layer ?? null;
    if (root.hidden || layer === null) return;
    events.highlight(layer, cell ? [Number(cell.dataset.input), Number(cell.dataset.unit)] : undefined);
  };
  body.addEventListener("pointerover", cellLink);
  body.addEventListener("pointerleave", cellLink);
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closePanel();
  });
  random.addEventListener("click", () => {
    if (train.length === 0) return;
    const k = Math.floor(Math.random() * train.length);
    pointInput.value = String(k + 1);
    choose(train[k]!);
  });
  pointInput.addEventListener("change", () => {
    const k = pointInput.valueAsNumber;
    if (Number.isInteger(k) && k >= 1 && k <= train.length) choose(train[k - 1]!);
    else info.textContent = `Enter a whole number from 1 to ${train.length}.`;
  });

  return {
    button,
    root,
    get open(): boolean {
      return !root.hidden;
    },
    /** A new data set (or network): the chosen point and its trace are gone. */
    setDataset(view: DatasetView, ctx: StepContext): void {
      dataset = view;
      context = ctx;
      train = [];
      view.isTrain.forEach((t, i) => t === 1 && train.push(i));
      pointInput.max = String(train.length);
      pointInput.value = "";
      predictions = null;
      choose(null);
      info.textContent = "Pick a training point: type its number, press Random point, or click a point on the output picture.";
    },
    /** The latest snapshot: the page's predictions; a paused run re-traces the point so the numbers stay live. */
    setSnapshot(snapshotEpoch: number, snapshotPredictions: Int32Array, running: boolean): void {
      predictions = snapshotPredictions;
      epoch = snapshotEpoch;
      playing = running;
      if (root.hidden || point === null) return;
      if (!playing) events.requestTrace(point);
      else describe();
    },
    /** Training started or stopped: once it stops, the open panel follows the network again. */
    setPlaying(running: boolean): void {
      const stopped = playing && !running;
      playing = running;
      if (stopped && !root.hidden && point !== null) events.requestTrace(point);
    },
    setTrace(trace: PointTrace): void {
      if (trace.point !== point) return;
      const keep = index;
      steps = buildSteps(trace, context);
      traceEpoch = epoch;
      index = Math.min(keep, steps.length - 1);
      describe();
      body.dataset.predicted = String(predictedClass(trace.layers.at(-1)!.a));
      render();
    },
    /** Picks the training point nearest to plane position `(x, y)` (a click on the output picture). */
    pickNear(x: number, y: number): void {
      if (!dataset || root.hidden || train.length === 0) return;
      let best = train[0]!;
      let bestD = Infinity;
      for (const i of train) {
        const d = (dataset.points[2 * i]! - x) ** 2 + (dataset.points[2 * i + 1]! - y) ** 2;
        if (d < bestD) [best, bestD] = [i, d];
      }
      pointInput.value = String(train.indexOf(best) + 1);
      choose(best);
    },
    get point(): number | null {
      return point;
    },
  };
}

/** Rings the chosen point on the output picture (drawn after the points). */
export function markPoint(canvas: HTMLCanvasElement, view: DatasetView, point: number): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const x = ((view.points[2 * point]! + view.extent) / (2 * view.extent)) * canvas.width;
  const y = ((view.extent - view.points[2 * point + 1]!) / (2 * view.extent)) * canvas.height;
  ctx.beginPath();
  ctx.arc(x, y, Math.max(7, canvas.width / 40), 0, 2 * Math.PI);
  ctx.lineWidth = 3;
  ctx.strokeStyle = "#111";
  ctx.stroke();
}
