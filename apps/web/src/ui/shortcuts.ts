/** What a key does on the page: Space plays or pauses, S steps one epoch, R resets. */
export type Shortcut = "togglePlay" | "step" | "reset";

/**
 * What the focused element does with keys itself: `"text"` takes typed letters (a text or number
 * field, a select's type-ahead, an editable region), `"activates"` answers Space (a button, a
 * checkbox, a `<summary>`), `"none"` neither.
 */
export type FocusKind = "text" | "activates" | "none";

const ACTIVATED_INPUTS = new Set(["button", "submit", "reset", "checkbox", "radio", "file", "color", "image"]);

/** The {@link FocusKind} of the element a key goes to. */
export function focusKind(target: Element | null): FocusKind {
  if (target === null) return "none";
  if ((target as HTMLElement).isContentEditable || target.closest("textarea, select")) return "text";
  const input = target.closest("input");
  if (input !== null) return ACTIVATED_INPUTS.has(input.type) ? "activates" : input.type === "range" ? "none" : "text";
  return target.closest("button, summary, a[href]") ? "activates" : "none";
}

/**
 * The shortcut a key press means, or null: never with Ctrl, Meta or Alt (the browser's own), never
 * while typing in a field, and Space not where it already activates the focused control (it would
 * play and press the button at once). S and R work with a button focused, as after any click on one.
 * @example
 * shortcutFor({ key: "S", ctrlKey: false, metaKey: false, altKey: false }, "activates"); // "step"
 */
export function shortcutFor(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, focus: FocusKind): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || focus === "text") return null;
  const key = event.key.toLowerCase();
  if (key === " ") return focus === "activates" ? null : "togglePlay";
  if (key === "s") return "step";
  if (key === "r") return "reset";
  return null;
}
