import { h } from "./dom.js";
import type { LayerHealth } from "../worker/protocol.js";

function percent(share: number): string {
  return `${Math.round(100 * share)}%`;
}

/**
 * One cell per weight layer: mean |dW| (bar on a log scale from 1e-7 to 10), dead ReLUs and
 * saturated units, then the plain-language warning when gradients vanish or explode.
 */
export function renderHealth(root: HTMLElement, health: LayerHealth[], warning: string | null): void {
  const cells = health.map((layer, l) => {
    const logMean = Math.log10(Math.max(layer.gradMean, 1e-12));
    const fill = Math.max(0, Math.min(1, (logMean + 7) / 8));
    const label = l === health.length - 1 ? "Out" : `L${l + 1}`;
    return h("div", { class: "health-cell", title: `Layer ${label}: mean |dW| ${layer.gradMean.toExponential(2)}, max |dW| ${layer.gradMax.toExponential(2)}` },
      h("div", { class: "health-name" }, label),
      h("div", { class: "health-bar" }, h("div", { style: `width:${(100 * fill).toFixed(1)}%` })),
      h("div", { class: "health-num" }, `|dW| ${layer.gradMean.toExponential(1)}`),
      h("div", { class: "health-num" }, `dead ${percent(layer.deadShare)} · sat ${percent(layer.saturatedShare)}`),
    );
  });
  root.replaceChildren(
    h("div", { class: "health-cells" }, ...cells),
    h("p", { class: warning ? "health-warning bad" : "health-warning", role: "status" }, warning ?? "Gradients look healthy."),
  );
}
