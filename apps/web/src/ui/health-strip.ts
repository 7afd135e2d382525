import { h } from "./dom.js";
import type { LayerHealth } from "../worker/protocol.js";

function percent(share: number): string {
  return `${Math.round(100 * share)}%`;
}

function cell(layer: LayerHealth, label: string): HTMLElement {
  const logMean = Math.log10(Math.max(layer.gradMean, 1e-12));
  const fill = Math.max(0, Math.min(1, (logMean + 7) / 8));
  return h("div", { class: "health-cell", title: `Layer ${label}: mean |dW| ${layer.gradMean.toExponential(2)}, max |dW| ${layer.gradMax.toExponential(2)}` },
    h("div", { class: "health-name" }, label),
    h("div", { class: "health-bar" }, h("div", { style: `width:${(100 * fill).toFixed(1)}%` })),
    h("div", { class: "health-num" }, `|dW| ${layer.gradMean.toExponential(1)}`),
    h("div", { class: "health-num" }, `dead ${percent(layer.deadShare)} · sat ${percent(layer.saturatedShare)}`),
  );
}

/**
 * The gradient-health strip: one cell per weight layer (mean |dW| as a bar on a log scale from
 * 1e-7 to 10, dead ReLUs, saturated units), then the plain-language warning when gradients vanish
 * or explode, units die or saturate, the loss diverges or the network overfits, or the loss has
 * stopped improving (see `adviceFor`). The warning is one live region that keeps its node, so a screen reader announces a
 * new verdict once instead of never (a freshly inserted region is not read out).
 */
export function createHealthStrip() {
  const cells = h("div", { class: "health-cells" });
  const warning = h("p", { class: "health-warning", role: "status" });
  const root = h("div", { id: "health", class: "health" }, cells, warning);
  let shown = "";

  function render(health: LayerHealth[], message: string | null): void {
    const labels = health.map((_, l) => (l === health.length - 1 ? "Out" : `L${l + 1}`));
    // Snapshots arrive every frame while training: touch the DOM only when what it shows changes.
    const key = health.map((layer) => `${layer.gradMean.toExponential(1)} ${percent(layer.deadShare)} ${percent(layer.saturatedShare)}`).join("|");
    if (key !== shown) {
      cells.replaceChildren(...health.map((layer, l) => cell(layer, labels[l]!)));
      shown = key;
    }
    const text = message ?? "Gradients look healthy.";
    if (warning.textContent !== text) {
      warning.textContent = text;
      warning.classList.toggle("bad", message !== null);
    }
  }

  return { root, render };
}
