import { DOMParser, type Element } from "@xmldom/xmldom";

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

/**
 * What xmldom lets through but XML 1.0 forbids: characters outside its `Char` production (also
 * as `&#…;` references), and `&` that does not start a predefined entity or character reference.
 * @throws Error naming the offset of the first problem.
 */
export function checkXmlText(svg: string): void {
  const bad = NOT_XML_CHAR.exec(svg);
  if (bad) throw new Error(`XML: character U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} is not allowed (offset ${bad.index})`);
  for (let at = svg.indexOf("&"); at >= 0; at = svg.indexOf("&", at + 1)) {
    REFERENCE.lastIndex = at;
    const ref = REFERENCE.exec(svg);
    if (!ref) throw new Error(`XML: "&" that starts no reference at offset ${at}`);
    const code = ref[2] !== undefined ? Number(ref[2]) : ref[3] !== undefined ? parseInt(ref[3], 16) : undefined;
    if (code !== undefined && (code > 0x10ffff || NOT_XML_CHAR.test(String.fromCodePoint(code)))) throw new Error(`XML: reference ${ref[0]} to a character XML forbids`);
  }
}

/** Parses an SVG string as XML (strictly: {@link checkXmlText}, then xmldom failing on any warning or error) and returns its root element. */
export function parseSvg(svg: string): Element {
  checkXmlText(svg);
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

/** Parses like {@link parseSvg} and also fails when a number in the document is `NaN` or `±Infinity`. */
export function parseFiniteSvg(svg: string): Element {
  const bad = /NaN|Infinity/.exec(svg);
  if (bad) throw new Error(`SVG holds "${bad[0]}" at offset ${bad.index}: …${svg.slice(Math.max(0, bad.index - 60), bad.index + 20)}…`);
  return parseSvg(svg);
}
