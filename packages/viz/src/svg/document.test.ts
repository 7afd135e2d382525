import { describe, expect, it } from "vitest";
import { checkStandalone, parseSvg } from "../__fixtures__/parse-svg.js";
import { svgDocument } from "./document.js";
import { escapeXml, num } from "./escape.js";

describe("svgDocument", () => {
  it("is a well-formed standalone SVG whose title and desc survive XML special characters", () => {
    const svg = svgDocument({ width: 300, height: 200, title: `Loss <"a" & 'b'>`, desc: "x < y & z", body: "" });
    const root = parseSvg(svg);
    expect(checkStandalone(root)).toBe(`Loss <"a" & 'b'>`);
    expect(root.getElementsByTagName("desc")[0]?.textContent).toBe("x < y & z");
    expect(root.getAttribute("viewBox")).toBe("0 0 300 200");
  });

  it("escapes all five XML special characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });

  it("writes coordinates with at most two decimals and never -0", () => {
    expect(num(3.14159)).toBe("3.14");
    expect(num(-0.001)).toBe("0");
    expect(num(12)).toBe("12");
  });
});
