import { h } from "./dom.js";
import { MAX_EDIT, type ParameterEdit } from "../model/trace-edit-types.js";

/** What the editor changes: weight `W[input][unit]` of weight layer `layer`, or that unit's bias. */
export type ParameterTarget =
  | { kind: "weight"; layer: number; input: number; unit: number }
  | { kind: "bias"; layer: number; input: "bias"; unit: number };

/**
 * The small form that sets one weight or bias: a number input named after the link or unit
 * ("Weight from x₁ to Layer 1, neuron 2"), "Set" and "Cancel". Enter sets, Escape cancels, and
 * focus goes back to the link or unit it was opened from.
 */
export function createParameterEditor(apply: (edit: ParameterEdit) => void) {
  const label = h("label", { for: "parameter-value" });
  const input = h("input", { id: "parameter-value", type: "number", step: "any", min: -MAX_EDIT, max: MAX_EDIT, required: true });
  const problem = h("p", { class: "editor-problem", role: "alert", hidden: true });
  const cancel = h("button", { type: "button" }, "Cancel");
  const root = h("form", { class: "parameter-editor", role: "dialog", "aria-label": "Edit value", hidden: true },
    label, input, problem, h("div", { class: "inline" }, h("button", { type: "submit" }, "Set"), cancel));
  let target: ParameterTarget | null = null;
  let returnTo: HTMLElement | null = null;

  const close = (refocus = true) => {
    root.hidden = true;
    target = null;
    if (refocus) returnTo?.focus();
    returnTo = null;
  };
  root.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = input.valueAsNumber;
    if (!target) return;
    if (!Number.isFinite(value) || Math.abs(value) > MAX_EDIT) {
      problem.hidden = false;
      problem.textContent = `Enter a number from −${MAX_EDIT} to ${MAX_EDIT}.`;
      return;
    }
    apply({ layer: target.layer, input: target.input, unit: target.unit, value });
    close();
  });
  cancel.addEventListener("click", () => close());
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });

  return {
    root,
    /** Opens at `[x, y]` (diagram coordinates) for `what`, named `name`, showing its current `value`. */
    open(what: ParameterTarget, name: string, value: number, [x, y]: [number, number], from: HTMLElement): void {
      target = what;
      returnTo = from;
      label.textContent = name;
      root.setAttribute("aria-label", `Edit ${name[0]!.toLowerCase()}${name.slice(1)}`);
      input.value = String(value);
      problem.hidden = true;
      root.style.left = `${Math.max(0, x - 90)}px`;
      root.style.top = `${y}px`;
      root.hidden = false;
      input.focus();
      input.select();
    },
    close,
  };
}
