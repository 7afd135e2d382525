import { confusionMatrix } from "@backprop/viz";
import { h } from "./dom.js";
import { classColor, css } from "./colors.js";
import { drawPoints, paintNeuron, paintOutput, paintValues, type NeuronRange } from "./heatmap.js";
import { curveExtent, drawCurve } from "./curve.js";
import { createOutputScale } from "./output-scale.js";
import { setShown } from "./problem-controls.js";
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

function formatR2(v: number): string {
  return Number.isFinite(v) ? v.toFixed(3) : "–";
}

function formatLoss(v: number): string {
  return Number.isFinite(v) ? v.toFixed(3) : String(v);
}

/** The right-hand column: losses, the decision boundary with the points, the loss curve, Iris's confusion matrix, gradient health. */
export function createOutputPanel() {
  const testLoss = h("output", { id: "test-loss" }, "–");
  const trainLoss = h("output", { id: "train-loss" }, "–");
  const accuracy = h("output", { id: "accuracy" }, "–");
  // Regression shows R² (scikit-learn's r2_score) on the test set, and on the training set beside it.
  const r2 = h("output", { id: "r2", "aria-labelledby": "r2-label" }, "–");
  const trainR2 = h("output", { id: "train-r2", "aria-labelledby": "train-r2-label" }, "–");
  const accuracyRow = h("div", {}, h("dt", {}, "Test accuracy"), h("dd", {}, accuracy));
  const r2Rows = [
    h("div", { hidden: true, title: "Coefficient of determination on the test set: 1 − Σ(y − ŷ)² / Σ(y − ȳ)²" }, h("dt", { id: "r2-label" }, "R²"), h("dd", {}, r2)),
    h("div", { hidden: true }, h("dt", { id: "train-r2-label" }, "Training R²"), h("dd", {}, trainR2)),
  ];
  const scale = createOutputScale();
  const boundary = h("canvas", { id: "boundary", width: 400, height: 400, role: "img", "aria-label": "Decision boundary with the data points" });
  const axes = h("p", { class: "axes-note" });
  const showTest = h("input", { id: "show-test", type: "checkbox" });
  const discretize = h("input", { id: "discretize", type: "checkbox" });
  const chart = new LossChart(h("canvas", { id: "loss-chart", width: 400, height: 80, role: "img", "aria-label": "Training (grey) and test (black) loss per epoch" }));
  const confusion = h("div", { id: "confusion", hidden: true });
  const discretizeField = h("div", { class: "field checkbox" }, discretize, h("label", { for: "discretize" }, "Discretize output (predicted class only)"));
  const health = createHealthStrip();
  // The data colours: one swatch per class, named (regression runs use the scale below instead).
  const classLegend = h("p", { class: "legend class-legend", "aria-label": "Class colours" });
  const root = h("section", { class: "panel output", "aria-labelledby": "output-title" },
    h("h2", { id: "output-title" }, "Output"),
    h("dl", { class: "losses" },
      h("div", {}, h("dt", {}, "Test loss"), h("dd", {}, testLoss)),
      h("div", {}, h("dt", {}, "Training loss"), h("dd", {}, trainLoss)),
      accuracyRow,
      ...r2Rows,
    ),
    h("p", { class: "legend" }, h("span", { class: "swatch train" }), "training loss ", h("span", { class: "swatch test" }), "test loss"),
    chart.canvas,
    boundary,
    classLegend,
    scale.root,
    axes,
    h("div", { class: "field checkbox" }, showTest, h("label", { for: "show-test" }, "Show test data (dark rings)")),
    discretizeField,
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
    const range = dataset.targetRange;
    scale.show(range ?? null);
    setShown(discretizeField, range === undefined);
    if (dataset.oneD && !preview) {
      // A 1-D set: the prediction as a curve over x₁ (one row of the output grid) with the points.
      drawCurve(boundary, dataset, snapshot.outputGrid.subarray(0, snapshot.gridSize), showTest.checked);
      axes.textContent = `Horizontal: ${dataset.axisLabels[0]} (±${dataset.extent.toFixed(1)}) · vertical: ${dataset.axisLabels[1]} (±${curveExtent(dataset).toFixed(1)}) · line: the network's prediction`;
    } else {
      if (preview) paintNeuron(boundary, preview.grid, preview.size, preview.range);
      else if (range !== undefined) paintValues(boundary, snapshot.outputGrid, snapshot.gridSize, range);
      else paintOutput(boundary, snapshot.outputGrid, snapshot.gridSize, classes, discretize.checked);
      axes.textContent = `${preview ? `Showing ${preview.label}. ` : ""}Horizontal: ${dataset.axisLabels[0]} · vertical: ${dataset.axisLabels[1]} · range ±${dataset.extent.toFixed(1)}`;
      drawPoints(boundary, { ...dataset, classes, showTest: showTest.checked, ...(range !== undefined ? { values: dataset.targets, valueRange: range } : {}) });
    }
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
      const regression = next.targetRange !== undefined;
      boundary.setAttribute("aria-label", next.oneD ? "The data points and the network's prediction curve"
        : regression ? "The network's output over the plane with the data points" : "Decision boundary with the data points");
      accuracyRow.hidden = regression;
      for (const row of r2Rows) row.hidden = !regression;
      classLegend.hidden = regression;
      // The numeric scale comes and goes with the data set at once, not a frame later when the
      // output is drawn: its range is the data set's (an e2e race in CI, both ways).
      scale.show(next.targetRange ?? null);
      classLegend.replaceChildren(...(regression ? [] : next.classNames.map((name, k) =>
        h("span", { class: "class-key" }, h("span", { class: "swatch class", style: `background: ${css(classColor(k, next.classNames.length))}` }), name))));
      chart.clear();
    },
    /** Numbers change at once (with the epoch counter); the pictures wait for the next frame. */
    setSnapshot(next: Snapshot): void {
      snapshot = next;
      chart.add(next.losses);
      testLoss.value = formatLoss(next.testLoss);
      trainLoss.value = formatLoss(next.trainLoss);
      accuracy.value = `${(100 * next.testAccuracy).toFixed(1)}%`;
      if (next.testR2 !== undefined) r2.value = formatR2(next.testR2);
      if (next.trainR2 !== undefined) trainR2.value = formatR2(next.trainR2);
    },
    draw,
  };
}
