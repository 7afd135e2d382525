import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { byClass, checkStandalone, parseFiniteSvg, parseSvg } from "../__fixtures__/parse-svg.js";
import { denseModel, model } from "../__fixtures__/samples.js";
import type { DenseLayerJson, ModelJson } from "./model-json.js";
import { NEGATIVE_COLOR, POSITIVE_COLOR, networkDiagram } from "./network-diagram.js";

/** Node circles per column, in column order. */
const nodesPerColumn = (root: Element): number[] => {
  const counts: number[] = [];
  for (const node of byClass(root, "node")) {
    const c = Number(node.getAttribute("data-column"));
    counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
};

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

  it("reads a live model's layers one by one, so a model whose toJSON refuses to write a file is still drawn", () => {
    // Like a Sequential holding a Dense subclass: its model file is refused, its layers' JSON is not.
    const live = { toJSON: (): never => { throw new TypeError("toJSON: layers[0] is a layer of your own"); }, layers: json.layers.map((l) => ({ toJSON: () => l })) };
    const drawn = parseSvg(networkDiagram(live));
    expect(byClass(drawn, "link")).toHaveLength(20);
    expect(drawn.toString()).toBe(parseSvg(networkDiagram(json)).toString());
  });

  it("draws a live dense layer from its fields, even one whose own toJSON refuses (an activation of your own under a built-in's name)", () => {
    // Like @backprop/layers' Dense: weights and bias as Params holding matrices, the activation as an object.
    const live = {
      toJSON: (): never => { throw new TypeError("toJSON: refused"); },
      layers: (json.layers as DenseLayerJson[]).map((l) => ({
        type: "dense", inputSize: l.inputSize, units: l.units, activation: { name: l.activation },
        weights: { value: Matrix.from(l.weights as number[][]) }, bias: { value: Matrix.from([Array.from(l.bias)]) },
        toJSON: (): never => { throw new TypeError(`Dense.toJSON: an activation of your own named "${l.activation}"`); },
      })),
    };
    expect(parseSvg(networkDiagram(live)).toString()).toBe(parseSvg(networkDiagram(json)).toString());
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

  it("draws a layer type it does not know (a user's own) as a label on the column it follows", () => {
    const [first, second] = json.layers;
    const svg = networkDiagram({ ...json, version: 2, layers: [first, { type: "scale", name: "scale1" }, second] } as ModelJson);
    const root = parseSvg(svg);
    expect(byClass(root, "column-note").map((t) => t.textContent)).toEqual(["scale (scale1)"]);
    expect(byClass(root, "node")).toHaveLength(2 + 4 + 3);
  });

  it("says which field of the model JSON is wrong", () => {
    expect(() => networkDiagram({ format: "keras" } as never)).toThrow(/^networkDiagram: model must be Model JSON with format "backprop\.network" and version 1 or 2\. Received: format="keras", version=undefined\.$/);
    const bad = structuredClone(json);
    (bad.layers[1] as { inputSize: number }).inputSize = 5;
    expect(() => networkDiagram(bad)).toThrow(/^networkDiagram: model\.layers\[1\]\.inputSize must equal the previous layer's units\. Received: inputSize=5, previous units=4\.$/);
    const nan = structuredClone(json);
    (nan.layers[0]!.weights[1] as number[])[2] = NaN;
    expect(() => networkDiagram(nan)).toThrow(/^networkDiagram: model\.layers\[0\]\.weights must be finite numbers\. Received: weights\[1\]\[2\]=NaN\.$/);
    const [first, second] = json.layers;
    const layers = (middle: unknown) => ({ ...json, layers: [first, middle, second] }) as ModelJson;
    expect(() => networkDiagram(layers({ type: 7 }))).toThrow(/^networkDiagram: model\.layers\[1\]\.type must be a layer type \(a string\)\. Received: type=7\.$/);
    expect(() => networkDiagram(layers({ type: "dropout", rate: 1 }))).toThrow(/^networkDiagram: model\.layers\[1\]\.rate must be a number in \[0, 1\)\. Received: rate=1\.$/);
    expect(() => networkDiagram(layers({ type: "batchNorm", features: 3 }))).toThrow(/^networkDiagram: model\.layers\[1\]\.features must equal the width before it\. Received: features=3, width=4\.$/);
    expect(() => networkDiagram({ ...json, layers: [{ type: "dropout", rate: 0.5 }] } as ModelJson)).toThrow(/^networkDiagram: model\.layers must be an array with at least one dense layer\./);
  });

  describe("maxNeuronsPerLayer", () => {
    const wide = denseModel([784, 128, 10]);
    const wideSvg = networkDiagram(wide);
    const root = parseSvg(wideSvg);
    const first = (count: number): number[] => Array.from({ length: count }, (_, i) => i);
    const last = (n: number, count: number): number[] => Array.from({ length: count }, (_, i) => n - count + i);

    it("draws at most 16 neurons per column by default, with an ellipsis and a \"+N more\" label where neurons are hidden", () => {
      checkStandalone(root);
      expect(nodesPerColumn(root)).toEqual([16, 16, 10]);
      expect(byClass(root, "more").map((t) => t.textContent)).toEqual(["+768 more", "+112 more"]);
      expect(byClass(root, "ellipsis").map((g) => [g.getAttribute("data-column"), g.getAttribute("data-hidden")])).toEqual([["0", "768"], ["1", "112"]]);
      expect(byClass(root, "column-label").map((t) => t.textContent)).toEqual(["input (784)", "relu (128)", "softmax (10)"]);
      // The ellipsis sits between the 8th and 9th circle of its column.
      for (const g of byClass(root, "ellipsis")) {
        const ys = byClass(root, "node").filter((n) => n.getAttribute("data-column") === g.getAttribute("data-column")).map((n) => Number(n.getAttribute("cy")));
        const y = Number(byClass(g, "more")[0]?.getAttribute("y"));
        expect(y).toBeGreaterThan(ys[7]!);
        expect(y).toBeLessThan(ys[8]!);
      }
      expect(root.getElementsByTagName("desc")[0]?.textContent).toMatch(/784-128-10: 416 of 101632 weights drawn as links/);
      expect(wideSvg.length).toBeLessThan(120_000);
    });

    it("links exactly the pairs of drawn neurons, each with its own weight, width scaled by max|w| over the whole model", () => {
      const links = byClass(root, "link").map((l) => ["data-layer", "data-from", "data-to", "data-weight", "stroke-width"].map((a) => Number(l.getAttribute(a))));
      expect(links).toHaveLength(16 * 16 + 16 * 10);
      const drawn = [[...first(8), ...last(784, 8)], [...first(8), ...last(128, 8)], first(10)];
      const expected = new Set(wide.layers.flatMap((_, l) => drawn[l]!.flatMap((i) => drawn[l + 1]!.map((j) => `${l},${i},${j}`))));
      expect(new Set(links.map(([l, i, j]) => `${l},${i},${j}`))).toEqual(expected);
      const maxAbs = Math.max(...wide.layers.flatMap((layer: DenseLayerJson) => Array.from(layer.weights, (row) => Array.from(row, Math.abs)).flat()));
      for (const [l, i, j, w, width] of links) {
        expect(w).toBe(wide.layers[l!]!.weights[i!]![j!]);
        expect(width).toBeCloseTo(0.4 + (4.6 * Math.abs(w!)) / maxAbs, 2);
      }
    });

    it("leaves a model within the cap exactly as drawn with no cap", () => {
      const small = denseModel([4, 16, 8, 3]);
      const svg = networkDiagram(small, { title: "4-16-8-3" });
      expect(svg).toBe(networkDiagram(small, { title: "4-16-8-3", maxNeuronsPerLayer: 17 }));
      expect(svg).toBe(networkDiagram(small, { title: "4-16-8-3", maxNeuronsPerLayer: Infinity }));
      const smallRoot = parseSvg(svg);
      expect(nodesPerColumn(smallRoot)).toEqual([4, 16, 8, 3]);
      expect(byClass(smallRoot, "link")).toHaveLength(4 * 16 + 16 * 8 + 8 * 3);
      expect(byClass(smallRoot, "ellipsis")).toHaveLength(0);
    });

    it("splits an odd cap as ⌈max/2⌉ first and ⌊max/2⌋ last neurons", () => {
      const r = parseSvg(networkDiagram(denseModel([20, 17, 5]), { maxNeuronsPerLayer: 5 }));
      expect(nodesPerColumn(r)).toEqual([5, 5, 5]);
      expect(byClass(r, "more").map((t) => t.textContent)).toEqual(["+15 more", "+12 more"]);
      const links = byClass(r, "link");
      expect(links).toHaveLength(5 * 5 + 5 * 5);
      const froms = new Set(links.filter((l) => l.getAttribute("data-layer") === "0").map((l) => Number(l.getAttribute("data-from"))));
      expect([...froms].sort((a, b) => a - b)).toEqual([0, 1, 2, 18, 19]);
    });

    it("refuses a cap that leaves no room for a first and a last neuron", () => {
      expect(() => networkDiagram(json, { maxNeuronsPerLayer: 1 })).toThrow(/^networkDiagram: options\.maxNeuronsPerLayer must be an integer ≥ 2 or Infinity\. Received: maxNeuronsPerLayer=1\.$/);
      expect(() => networkDiagram(json, { maxNeuronsPerLayer: 2.5 })).toThrow(RangeError);
      expect(() => networkDiagram(json, { maxNeuronsPerLayer: "8" as never })).toThrow(/^networkDiagram: options\.maxNeuronsPerLayer must be a number\. Received: maxNeuronsPerLayer="8"\.$/);
    });
  });
});

describe("networkDiagram sizes", () => {
  const json = model();

  it("refuses a width or height that is not a finite number of pixels large enough to draw left to right", () => {
    expect(() => networkDiagram(json, { width: NaN })).toThrow(/^networkDiagram: options\.width must be a finite number ≥ 180 \(px\)\. Received: width=NaN\.$/);
    expect(() => networkDiagram(json, { width: 100 })).toThrow(/^networkDiagram: options\.width must be a finite number ≥ 180 \(px\)\. Received: width=100\.$/);
    expect(() => networkDiagram(json, { height: 60 })).toThrow(/^networkDiagram: options\.height must be a finite number ≥ 176 \(px\)\. Received: height=60\.$/);
    expect(() => networkDiagram(json, { height: "420" as never })).toThrow(/^networkDiagram: options\.height must be a number\. Received: height="420"\.$/);
  });

  it("draws the input left of the output and the nodes below the top margin at the smallest size", () => {
    const root = parseFiniteSvg(networkDiagram(json, { width: 180, height: 176, title: "t\u0001" }));
    const xs = (c: number) => byClass(root, "node").filter((n) => n.getAttribute("data-column") === String(c)).map((n) => Number(n.getAttribute("cx")));
    expect((xs(0)[0] as number) < (xs(1)[0] as number)).toBe(true);
    for (const n of byClass(root, "node")) expect(Number(n.getAttribute("cy"))).toBeGreaterThanOrEqual(96);
  });
});
