type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Builds an element: `h("button", { class: "play", onclick: fn }, "Play")`. Keys starting with
 * `on` become listeners, booleans toggle attributes, everything else is set as an attribute.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** A `<select>` with a visible label; `format` turns values into option text. */
export function labelledSelect<T extends string | number>(
  id: string,
  label: string,
  values: readonly T[],
  format: (v: T) => string = String,
): { wrap: HTMLElement; select: HTMLSelectElement } {
  const select = h("select", { id, name: id });
  for (const v of values) select.append(h("option", { value: String(v) }, format(v)));
  const wrap = h("div", { class: "field" }, h("label", { for: id }, label), select);
  return { wrap, select };
}
