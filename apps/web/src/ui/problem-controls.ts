import {
  PROBLEM_TYPES, REGRESSION_DATASETS, REGRESSION_LOSSES, problemOf, regressionDatasetOf, regressionLossOf,
  type PlaygroundConfig, type RegressionDatasetName,
} from "../state/config.js";
import { h, labelledSelect } from "./dom.js";
import { drawPoints } from "./heatmap.js";
import type { RegressionThumbnail } from "../model/regression-thumbnails.js";

/**
 * Shows or hides an element. `hidden` alone loses to the stylesheet's `display` on classes such
 * as `.field` and `.datasets`, so the inline style says it too.
 */
export function setShown(el: HTMLElement, shown: boolean): void {
  el.hidden = !shown;
  el.style.display = shown ? "" : "none";
}

export const PROBLEM_LABELS: Record<string, string> = { classification: "Classification", regression: "Regression" };
export const REGRESSION_DATASET_LABELS: Record<RegressionDatasetName, string> = { plane: "Plane", multiGauss: "Multi-Gaussian", sine: "Sine (1-D)" };
const REGRESSION_LOSS_LABELS: Record<string, string> = { mse: "Squared error (MSE)", mae: "Absolute error (MAE)", huber: "Huber" };

/**
 * The "Problem type" select (Classification / Regression, as TF Playground's), the regression
 * data set buttons and the "Regression loss" select. `attach` places them beside the controls the
 * classification run uses (found by their ids, so the two control sets stay in their own files)
 * and `sync` shows one problem type's controls at a time.
 */
export function createProblemControls(change: (patch: Partial<PlaygroundConfig>) => void) {
  const problem = labelledSelect("problem", "Problem type", PROBLEM_TYPES, (v) => PROBLEM_LABELS[v]!);
  const loss = labelledSelect("reg-loss", "Regression loss", REGRESSION_LOSSES, (v) => REGRESSION_LOSS_LABELS[v]!);
  const thumbs = new Map(REGRESSION_DATASETS.map((name) => [name, h("canvas", { width: 56, height: 56, class: "thumb", "aria-hidden": "true" })]));
  const buttons = REGRESSION_DATASETS.map((name) =>
    h("button", { type: "button", class: "dataset", id: `reg-data-${name}`, "data-regression": name, "aria-pressed": "false",
      onclick: () => change({ regressionDataset: name }) }, thumbs.get(name)!, h("span", {}, REGRESSION_DATASET_LABELS[name])));
  const datasets = h("div", { class: "datasets", role: "group", "aria-label": "Regression data set" }, ...buttons);
  problem.select.addEventListener("change", () => change({ problem: problem.select.value as PlaygroundConfig["problem"] }));
  loss.select.addEventListener("change", () => change({ regressionLoss: loss.select.value as PlaygroundConfig["regressionLoss"] }));

  let classificationData: HTMLElement | null = null;
  let classificationLoss: HTMLElement | null = null;

  function attach(bar: HTMLElement, data: HTMLElement): void {
    bar.querySelector(".hyper")?.prepend(problem.wrap);
    classificationLoss = bar.querySelector<HTMLElement>("#loss")?.closest<HTMLElement>(".field") ?? null;
    classificationLoss?.after(loss.wrap);
    classificationData = data.querySelector<HTMLElement>('[role="group"][aria-label="Data set"]');
    if (classificationData) classificationData.after(datasets);
    else data.append(datasets);
  }

  function sync(config: PlaygroundConfig): void {
    const regression = problemOf(config) === "regression";
    problem.select.value = problemOf(config);
    loss.select.value = regressionLossOf(config);
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.regression === regressionDatasetOf(config)));
    setShown(datasets, regression);
    setShown(loss.wrap, regression);
    if (classificationData) setShown(classificationData, !regression);
    if (classificationLoss) setShown(classificationLoss, !regression);
    // Iris's axis pickers and its fixed noise belong to the classification sets (their own sync shows them there).
    const panel = classificationData?.parentElement;
    const iris = panel?.querySelector<HTMLElement>(".iris-axes");
    if (iris) iris.style.display = regression ? "none" : "";
    const noise = panel?.querySelector<HTMLInputElement>("#noise");
    if (noise && regression) noise.disabled = false;
  }

  function setThumbnails(all: Record<RegressionDatasetName, RegressionThumbnail>): void {
    for (const [name, canvas] of thumbs) {
      const t = all[name];
      drawPoints(canvas, { points: t.points, labels: new Int32Array(t.values.length), isTrain: new Uint8Array(t.values.length).fill(1), classes: 1, extent: 1.1, showTest: true, radius: 1.4, ring: false, values: t.values, valueRange: 1 });
    }
  }

  return { attach, sync, setThumbnails };
}
