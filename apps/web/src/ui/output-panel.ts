import { confusionMatrix } from "@backprop/viz";
import { h } from "./dom.js";
import { drawPoints, paintNeuron, paintOutput, type NeuronRange } from "./heatmap.js";
import { LossChart } from "./loss-chart.js";
import { createHealthStrip } from "./health-strip.js";
import type { DatasetView, Snapshot } from "../worker/protocol.js";

/** A unit's picture shown in place of the output while the pointer rests on that unit or it has focus. */
export interface Preview {
  grid: Float32Array;
  size: number;
  range: NeuronRange;
  label: string;
}

function formatLoss(v: number): string {
  return Number.isFinite(v) ? v.toFixed(3) : String(v);
}

/** The right-hand column: losses, the decision boundary with the points, the loss curve, Iris's confusion matrix, gradient health. */
export function createOutputPanel() {
  const testLoss = h("output", { id: "test-loss" }, "–");
  const trainLoss = h("output", { id: "train-loss" }, "–");
  const accuracy = h("output", { id: "accuracy" }, "–");
  const boundary = h("canvas", { id: "boundary", width: 400, height: 400, role: "img", "aria-label": "Decision boundary with the data points" });
  const axes = h("p", { class: "axes-note" });
  const showTest = h("input", { id: "show-test", type: "checkbox" });
  const discretize = h("input", { id: "discretize", type: "checkbox" });
  const chart = new LossChart(h("canvas", { id: "loss-chart", width: 400, height: 80, role: "img", "aria-label": "Training (grey) and test (black) loss per epoch" }));
  const confusion = h("div", { id: "confusion", hidden: true });
  const health = createHealthStrip();
  const root = h("section", { class: "panel output", "aria-labelledby": "output-title" },
    h("h2", { id: "output-title" }, "Output"),
    h("dl", { class: "losses" },
      h("div", {}, h("dt", {}, "Test loss"), h("dd", {}, testLoss)),
      h("div", {}, h("dt", {}, "Training loss"), h("dd", {}, trainLoss)),
      h("div", {}, h("dt", {}, "Test accuracy"), h("dd", {}, accuracy)),
    ),
    h("p", { class: "legend" }, h("span", { class: "swatch train" }), "training loss ", h("span", { class: "swatch test" }), "test loss"),
    chart.canvas,
    boundary,
    axes,
    h("div", { class: "field checkbox" }, showTest, h("label", { for: "show-test" }, "Show test data (dark rings)")),
    h("div", { class: "field checkbox" }, discretize, h("label", { for: "discretize" }, "Discretize output (predicted class only)")),
    confusion,
    h("h3", {}, "Gradient health"),
    health.root,
  );

  let dataset: DatasetView | null = null;
  let snapshot: Snapshot | null = null;
  let confusionSvg = "";

  function draw(preview: Preview | null = null): void {
    if (!dataset || !snapshot) return;
    const classes = dataset.classNames.length;
    if (preview) paintNeuron(boundary, preview.grid, preview.size, preview.range);
    else paintOutput(boundary, snapshot.outputGrid, snapshot.gridSize, classes, discretize.checked);
    axes.textContent = `${preview ? `Showing ${preview.label}. ` : ""}Horizontal: ${dataset.axisLabels[0]} · vertical: ${dataset.axisLabels[1]} · range ±${dataset.extent.toFixed(1)}`;
    drawPoints(boundary, { ...dataset, classes, showTest: showTest.checked });
    boundary.dataset.epoch = String(snapshot.epoch);
    chart.draw();
    health.render(snapshot.health, snapshot.warning);
    confusion.hidden = classes <= 2;
    if (!confusion.hidden) {
      const truth: number[] = [];
      const predicted: number[] = [];
      dataset.isTrain.forEach((train, i) => {
        if (train) return;
        truth.push(dataset!.labels[i]!);
        predicted.push(snapshot!.predictions[i]!);
      });
      const svg = confusionMatrix(truth, predicted, dataset.classNames, { title: "Test-set confusion matrix", cellSize: 64 });
      // Re-parsing the same SVG every frame would only cost layout; the counts change now and then.
      if (svg !== confusionSvg) confusion.innerHTML = confusionSvg = svg;
    }
  }
  showTest.addEventListener("change", () => draw());
  discretize.addEventListener("change", () => draw());

  return {
    root,
    chart,
    setDataset(next: DatasetView): void {
      dataset = next;
      snapshot = null;
      chart.clear();
    },
    /** Numbers change at once (with the epoch counter); the pictures wait for the next frame. */
    setSnapshot(next: Snapshot): void {
      snapshot = next;
      chart.add(next.losses);
      testLoss.value = formatLoss(next.testLoss);
      trainLoss.value = formatLoss(next.trainLoss);
      accuracy.value = `${(100 * next.testAccuracy).toFixed(1)}%`;
    },
    draw,
  };
}
