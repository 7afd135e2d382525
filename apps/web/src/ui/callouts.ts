import { h } from "./dom.js";
import "./inspect.css";

/** The localStorage key that remembers the "Hide explanations" choice. */
export const HIDE_KEY = "backprop.hideExplanations";

/** The one or two sentences beside each panel, keyed by the id of the panel's heading. */
export const CALLOUTS: Readonly<Record<string, string>> = {
  "data-title": "The points the network learns from; the colour is the class (for regression, the target value). Training points have a white ring; test points (dark ring) are held back to check that what it learned carries over.",
  "network-title": "Each square is one neuron's output over the whole plane; lines are weights (blue positive, orange negative, thicker is larger) and the small square at a neuron's corner is its bias. Rest on a line to read its weight, click it to change it.",
  "output-title": "The network's answer over the plane, with the data on top, and the loss per epoch: it falls as the network learns. Test loss rising while training loss falls means it is memorizing.",
  "health-title": "How large the gradients reaching each layer are: tiny ones (vanishing) leave a layer unable to learn, huge ones (exploding) make training jump around.",
  "step-title": "One training point's trip through the network: forward to a prediction, the loss, backward to every weight's gradient, and the step the optimizer would take from it.",
};

/** An explanatory callout; the "Hide explanations" toggle hides them all. */
export function callout(text: string): HTMLParagraphElement {
  return h("p", { class: "callout" }, text);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage can be disabled; the toggle still works for this visit
  }
}

/**
 * Puts a callout after each panel heading `root` holds (see {@link CALLOUTS}); the gradient
 * health heading is found by its text, as it has no id.
 */
export function addCallouts(root: ParentNode): void {
  for (const heading of root.querySelectorAll<HTMLElement>("h2[id], h3")) {
    const key = heading.id || (heading.textContent === "Gradient health" ? "health-title" : "");
    const text = CALLOUTS[key];
    if (text && !heading.nextElementSibling?.classList.contains("callout")) heading.after(callout(text));
  }
}

/** The "Hide explanations" checkbox: hides every callout, remembered in localStorage. */
export function createExplanationsToggle(): HTMLElement {
  const input = h("input", { id: "hide-explanations", type: "checkbox" });
  const apply = (hidden: boolean) => document.documentElement.classList.toggle("hide-callouts", hidden);
  input.checked = storage()?.getItem(HIDE_KEY) === "1";
  apply(input.checked);
  input.addEventListener("change", () => {
    apply(input.checked);
    try {
      storage()?.setItem(HIDE_KEY, input.checked ? "1" : "0");
    } catch {
      // a full or blocked storage only forgets the choice
    }
  });
  return h("div", { class: "field checkbox explanations-toggle" }, input, h("label", { for: "hide-explanations" }, "Hide explanations"));
}
