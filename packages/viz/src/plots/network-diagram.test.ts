import { describe, expect, it } from "vitest";
import { byClass, checkStandalone, parseSvg } from "../__fixtures__/parse-svg.js";
import { model } from "../__fixtures__/samples.js";
import type { DenseLayerJson, ModelJson } from "./model-json.js";
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

  it("draws a model with dropout and batchNorm layers (as `toJSON` writes them) and notes them under their column", () => {
    const [first, second] = json.layers as [DenseLayerJson, DenseLayerJson];
    const withExtras: unknown = {
      ...json,
      layers: [
        { ...first, name: "dense1" },
        { type: "batchNorm", name: "batchNorm1", features: 4, momentum: 0.9, epsilon: 1e-8, gamma: [1, 1, 1, 1], beta: [0, 0, 0, 0], runningMean: [0, 0, 0, 0], runningVar: [1, 1, 1, 1] },
        { type: "dropout", name: "dropout1", rate: 0.2 },
        { ...second, name: "dense2" },
      ],
    };
    const root = parseSvg(networkDiagram(withExtras as ModelJson));
    expect(byClass(root, "node")).toHaveLength(2 + 4 + 3);
    expect(byClass(root, "link")).toHaveLength(2 * 4 + 4 * 3);
    expect(byClass(root, "column-label").map((t) => t.textContent)).toEqual(["input (2)", "relu (4)", "softmax (3)"]);
    const notes = byClass(root, "column-note");
    expect(notes.map((t) => t.textContent)).toEqual(["batchNorm, dropout 0.2"]);
    expect(notes[0]?.getAttribute("x")).toBe(byClass(root, "column-label")[1]?.getAttribute("x"));
  });

  it("says which field of the model JSON is wrong", () => {
    expect(() => networkDiagram({ format: "keras" } as never)).toThrow(/^networkDiagram: model must be Model JSON with format "backprop\.network" and version 1\. Received: format="keras", version=undefined\.$/);
    const bad = structuredClone(json);
    (bad.layers[1] as { inputSize: number }).inputSize = 5;
    expect(() => networkDiagram(bad)).toThrow(/^networkDiagram: model\.layers\[1\]\.inputSize must equal the previous layer's units\. Received: inputSize=5, previous units=4\.$/);
    const nan = structuredClone(json);
    (nan.layers[0]!.weights[1] as number[])[2] = NaN;
    expect(() => networkDiagram(nan)).toThrow(/^networkDiagram: model\.layers\[0\]\.weights must be finite numbers\. Received: weights\[1\]\[2\]=NaN\.$/);
    const [first, second] = json.layers;
    const layers = (middle: unknown) => ({ ...json, layers: [first, middle, second] }) as ModelJson;
    expect(() => networkDiagram(layers({ type: "conv2d" }))).toThrow(/^networkDiagram: model\.layers\[1\]\.type must be one of dense, dropout, batchNorm\. Received: type="conv2d"\.$/);
    expect(() => networkDiagram(layers({ type: "dropout", rate: 1 }))).toThrow(/^networkDiagram: model\.layers\[1\]\.rate must be a number in \[0, 1\)\. Received: rate=1\.$/);
    expect(() => networkDiagram(layers({ type: "batchNorm", features: 3 }))).toThrow(/^networkDiagram: model\.layers\[1\]\.features must equal the width before it\. Received: features=3, width=4\.$/);
    expect(() => networkDiagram({ ...json, layers: [{ type: "dropout", rate: 0.5 }] } as ModelJson)).toThrow(/^networkDiagram: model\.layers must be an array with at least one dense layer\./);
  });
});
