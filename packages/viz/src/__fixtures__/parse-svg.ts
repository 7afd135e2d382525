import { DOMParser, type Element } from "@xmldom/xmldom";

/** Parses an SVG string as XML, failing on any warning or error, and returns its root element. */
export function parseSvg(svg: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.tagName !== "svg") throw new Error("parseSvg: root element is not <svg>");
  return root;
}

/** Every descendant element of `root` with the given class (space-separated class lists allowed). */
export function byClass(root: Element, className: string): Element[] {
  return Array.from(root.getElementsByTagName("*")).filter((el) => (el.getAttribute("class") ?? "").split(" ").includes(className));
}

/** Numeric `data-value`s of the elements with the class, in document order. */
export function tickValues(root: Element, className: string): number[] {
  return byClass(root, className).map((el) => Number(el.getAttribute("data-value")));
}

/** The properties every standalone plot must have; returns the `<title>` text. */
export function checkStandalone(root: Element): string {
  const fail = (why: string): never => {
    throw new Error(`standalone SVG: ${why}`);
  };
  if (root.getAttribute("xmlns") !== "http://www.w3.org/2000/svg") fail("missing SVG xmlns");
  const viewBox = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
  if (viewBox.length !== 4 || viewBox[2] !== Number(root.getAttribute("width")) || viewBox[3] !== Number(root.getAttribute("height"))) {
    fail(`viewBox ${root.getAttribute("viewBox")} does not match width/height`);
  }
  const title = root.getElementsByTagName("title")[0];
  const desc = root.getElementsByTagName("desc")[0];
  if (title?.parentNode !== root || !title.textContent) fail("no <title> child with text");
  if (desc?.parentNode !== root || !desc.textContent) fail("no <desc> child with text");
  const labelledBy = (root.getAttribute("aria-labelledby") ?? "").split(" ");
  if (!labelledBy.includes(title?.getAttribute("id") ?? "?") || !labelledBy.includes(desc?.getAttribute("id") ?? "?")) fail("aria-labelledby does not name <title> and <desc>");
  return title?.textContent ?? "";
}
