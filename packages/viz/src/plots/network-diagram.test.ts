import { describe, expect, it } from "vitest";
import { byClass, checkStandalone, parseSvg } from "../__fixtures__/parse-svg.js";
import { model } from "../__fixtures__/samples.js";
import { NEGATIVE_COLOR, POSITIVE_COLOR, networkDiagram } from "./network-diagram.js";

describe("networkDiagram", () => {
  const json = model();

  it("draws a node per neuron and a link per weight (Σ inputSize·units)", () => {
    const root = parseSvg(networkDiagram(json, { title: "Net" }));
    expect(checkStandalone(root)).toBe("Net");
    expect(byClass(root, "node")).toHaveLength(2 + 4 + 3);
    expect(byClass(root, "link")).toHaveLength(2 * 4 + 4 * 3);
  });

  it("widens links with |w| and colours them by sign", () => {
    const links = byClass(parseSvg(networkDiagram(json)), "link").map((l) => ({
      at: ["data-layer", "data-from", "data-to"].map((a) => Number(l.getAttribute(a))),
      w: Number(l.getAttribute("data-weight")),
      width: Number(l.getAttribute("stroke-width")),
      color: l.getAttribute("stroke"),
    }));
    // Every weight appears once, on the link between its two neurons.
    const seen = new Set(links.map((l) => l.at.join(",")));
    expect(seen.size).toBe(links.length);
    for (const l of links) expect(l.w).toBe(json.layers[l.at[0]!]!.weights[l.at[1]!]![l.at[2]!]);
    const sorted = [...links].sort((a, b) => Math.abs(a.w) - Math.abs(b.w));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.width).toBeGreaterThanOrEqual(sorted[i - 1]!.width);
    expect(sorted[sorted.length - 1]!.width).toBeGreaterThan(sorted[0]!.width + 2);
    for (const l of links) expect(l.color).toBe(l.w < 0 ? NEGATIVE_COLOR : POSITIVE_COLOR);
    // Drawn weakest first, so strong links end up on top.
    expect(links.map((l) => Math.abs(l.w))).toEqual(sorted.map((l) => Math.abs(l.w)));
    expect(NEGATIVE_COLOR).not.toBe(POSITIVE_COLOR);
  });

  it("accepts any object whose toJSON() returns the model", () => {
    expect(byClass(parseSvg(networkDiagram({ toJSON: () => json })), "link")).toHaveLength(20);
  });

  it("says which field of the model JSON is wrong", () => {
    expect(() => networkDiagram({ format: "keras" } as never)).toThrow(/^networkDiagram: model must be Model JSON with format "backprop\.network" and version 1\. Received: format="keras", version=undefined\.$/);
    const bad = structuredClone(json);
    (bad.layers[1] as { inputSize: number }).inputSize = 5;
    expect(() => networkDiagram(bad)).toThrow(/^networkDiagram: model\.layers\[1\]\.inputSize must equal the previous layer's units\. Received: inputSize=5, previous units=4\.$/);
    const nan = structuredClone(json);
    (nan.layers[0]!.weights[1] as number[])[2] = NaN;
    expect(() => networkDiagram(nan)).toThrow(/^networkDiagram: model\.layers\[0\]\.weights must be finite numbers\. Received: weights\[1\]\[2\]=NaN\.$/);
  });
});
