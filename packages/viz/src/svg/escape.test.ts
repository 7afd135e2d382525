import { describe, expect, it } from "vitest";
import { checkXmlText, parseSvg } from "../__fixtures__/parse-svg.js";
import { svgDocument } from "./document.js";
import { escapeXml } from "./escape.js";

describe("escapeXml", () => {
  it("drops every character XML 1.0 forbids and keeps tab, newline, CR and astral characters", () => {
    // XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    const text = "a\u0000b\u0001c\u000bd\u001be\u007ff\ufffeg\uffffh\ud800i\udc00j\t\n\r😀\ud7ff\ue000";
    expect(escapeXml(text)).toBe("abcde\u007ffghij\t\n\r😀\ud7ff\ue000");
  });

  it("gives a well-formed document for an ANSI-coloured title", () => {
    const svg = svgDocument({ width: 10, height: 10, title: "\u001b[31mred\u001b[0m", desc: "d\u0001", body: "" });
    expect(parseSvg(svg).getElementsByTagName("title")[0]?.textContent).toBe("[31mred[0m");
  });
});

describe("checkXmlText (the tests' strict XML check)", () => {
  it("refuses what XML 1.0 forbids and accepts the escapes escapeXml writes", () => {
    expect(() => checkXmlText("<svg>\u001b</svg>")).toThrow(/^XML: character U\+001B is not allowed \(offset 5\)$/);
    expect(() => checkXmlText("<svg>\ud800</svg>")).toThrow(/U\+D800/);
    expect(() => checkXmlText("<svg>a & b</svg>")).toThrow(/^XML: "&" that starts no reference at offset 7$/);
    expect(() => checkXmlText("<svg>&#x1;</svg>")).toThrow(/^XML: reference &#x1; to a character XML forbids$/);
    expect(() => checkXmlText(`<svg a="${escapeXml(`<"&'>`)}">&#10;&#x1F600;</svg>`)).not.toThrow();
  });
});
