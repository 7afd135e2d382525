import { describe, expect, it } from "vitest";
import { byClass, checkStandalone, parseFiniteSvg, parseSvg } from "../__fixtures__/parse-svg.js";
import { confusionCounts } from "./confusion-counts.js";
import { confusionMatrix } from "./confusion-matrix.js";

// Hand count: true 0 → predicted 0,0,1; true 1 → 1,1; true 2 → 2,0,2,2.
const labels = [0, 0, 0, 1, 1, 2, 2, 2, 2];
const predictions = [0, 0, 1, 1, 1, 2, 0, 2, 2];
const hand = [
  [2, 1, 0],
  [0, 2, 0],
  [1, 0, 3],
];

describe("confusionMatrix", () => {
  it("counts true × predicted pairs", () => {
    expect(confusionCounts(labels, predictions)).toEqual(hand);
    expect(confusionCounts(new Int32Array([1]), new Int32Array([1]), 3)).toEqual([[0, 0, 0], [0, 1, 0], [0, 0, 0]]);
  });

  it("shows each count in its cell, shaded by the row-normalised share", () => {
    const root = parseSvg(confusionMatrix(labels, predictions, ["cat", "dog", "emu"]));
    checkStandalone(root);
    const cells = byClass(root, "cell");
    expect(cells).toHaveLength(9);
    for (const cell of cells) {
      const i = Number(cell.getAttribute("data-true"));
      const j = Number(cell.getAttribute("data-predicted"));
      const count = hand[i]![j]!;
      expect(cell.getElementsByTagName("text")[0]?.textContent).toBe(String(count));
      expect(Number(cell.getAttribute("data-share"))).toBeCloseTo(count / hand[i]!.reduce((a, b) => a + b, 0), 12);
    }
    // Same share ⇒ same shade; a larger share ⇒ a darker cell.
    const fill = (i: number, j: number) => cells.find((c) => c.getAttribute("data-true") === `${i}` && c.getAttribute("data-predicted") === `${j}`)?.getElementsByTagName("rect")[0]?.getAttribute("fill");
    expect(fill(1, 1)).not.toBe(fill(0, 0));
    expect(fill(0, 2)).toBe(fill(1, 0));
  });

  it("labels the axes true and predicted with the class names", () => {
    const root = parseSvg(confusionMatrix(labels, predictions, ["cat", "dog", "emu"]));
    expect(byClass(root, "x-label")[0]?.textContent).toBe("predicted");
    expect(byClass(root, "y-label")[0]?.textContent).toBe("true");
    expect(byClass(root, "x-tick").map((t) => t.textContent)).toEqual(["cat", "dog", "emu"]);
    expect(byClass(root, "accuracy")[0]?.textContent).toBe("accuracy 77.8% (7/9)");
  });

  it("rejects mismatched inputs and classes beyond the names", () => {
    expect(() => confusionMatrix([0, 1], [0])).toThrow(/^confusionMatrix: predictions must have one entry per point\. Received: predictions\.length=1, points=2\.$/);
    expect(() => confusionMatrix([0, 2], [0, 1], ["a", "b"])).toThrow(
      /^confusionMatrix: every class index must be below the number of classes\. Received: labels\[1\]=2, predictions\[1\]=1, classes=2\.$/,
    );
  });
});

describe("confusionMatrix limits", () => {
  it("counts 100,000 labels (no Math.max spread)", () => {
    const n = 100_000;
    const labels = Array.from({ length: n }, (_, i) => i % 2);
    // Every tenth prediction is wrong: 10,000 errors, 5,000 per class.
    const predictions = labels.map((v, i) => (i % 10 === 0 || i % 10 === 5 ? 1 - v : v));
    expect(confusionCounts(labels, predictions)).toEqual([[40_000, 10_000], [10_000, 40_000]]);
    parseFiniteSvg(confusionMatrix(labels, predictions));
  });

  it("refuses a stray huge label before allocating its k×k table (99,999 would ask for 10¹⁰ cells)", () => {
    expect(() => confusionMatrix([0, 99_999], [0, 1])).toThrow(new RangeError("confusionMatrix: at most 200 classes can be drawn (k² cells). Received: classes=100000."));
    expect(() => confusionCounts([0, 99_999], [0, 1])).toThrow(new RangeError("confusionMatrix: at most 4096 classes can be counted (a k×k table). Received: classes=100000."));
    expect(confusionCounts([4095], [0]).length).toBe(4096);
    // 2³¹ would wrap to −2³¹ in the labels' Int32Array and index no row.
    expect(() => confusionCounts([0, 2 ** 31], [0, 1])).toThrow(new RangeError("confusionMatrix: labels must be non-negative integers. Received: labels[1]=2147483648."));
  });

  it("refuses a cellSize that is not a finite number ≥ 1, and more than 200 classes", () => {
    expect(() => confusionMatrix([0], [0], undefined, { cellSize: NaN })).toThrow(/^confusionMatrix: options\.cellSize must be a finite number ≥ 1 \(px\)\. Received: cellSize=NaN\.$/);
    expect(() => confusionMatrix([0], [0], undefined, { cellSize: -10 })).toThrow(/^confusionMatrix: options\.cellSize must be a finite number ≥ 1 \(px\)\. Received: cellSize=-10\.$/);
    expect(() => confusionMatrix([0], [0], undefined, { cellSize: "64" as never })).toThrow(/^confusionMatrix: options\.cellSize must be a number\. Received: cellSize="64"\.$/);
    expect(() => confusionMatrix([2000], [0])).toThrow(/^confusionMatrix: at most 200 classes can be drawn \(k² cells\)\. Received: classes=2001\.$/);
    expect(byClass(parseSvg(confusionMatrix([199], [0], undefined, { cellSize: 4 })), "cell")).toHaveLength(200 * 200);
  });
});
