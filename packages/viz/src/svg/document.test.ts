import { describe, expect, it } from "vitest";
import { checkStandalone, parseSvg } from "../__fixtures__/parse-svg.js";
import { svgDocument } from "./document.js";
import { escapeXml, num } from "./escape.js";
import { fnv1a } from "./hash.js";

describe("svgDocument", () => {
  it("is a well-formed standalone SVG whose title and desc survive XML special characters", () => {
    const svg = svgDocument({ width: 300, height: 200, title: `Loss <"a" & 'b'>`, desc: "x < y & z", body: "" });
    const root = parseSvg(svg);
    expect(checkStandalone(root)).toBe(`Loss <"a" & 'b'>`);
    expect(root.getElementsByTagName("desc")[0]?.textContent).toBe("x < y & z");
    expect(root.getAttribute("viewBox")).toBe("0 0 300 200");
  });

  it("gives each distinct plot its own element ids, and the same plot the same ids", () => {
    const doc = (title: string) => svgDocument({ width: 10, height: 10, title, desc: "d", body: '<g id="{{id}}-x"/>' });
    const ids = (svg: string) => [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(doc("a"))).toEqual(ids(doc("a")));
    expect(ids(doc("a"))).toHaveLength(3);
    expect(new Set([...ids(doc("a")), ...ids(doc("b"))]).size).toBe(6);
    expect(doc("a")).not.toContain("{{id}}");
  });

  it("hashes with 32-bit FNV-1a (published test vectors)", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("foobar")).toBe("bf9cf968");
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
