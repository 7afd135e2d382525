import { Matrix } from "@backprop/linalg";
import { describe, expect, it } from "vitest";
import { blobs, blobsModel, moons, moonsModel } from "../__fixtures__/samples.js";
import { stripAnsi } from "./ansi.js";
import { decisionMap } from "./decision-map.js";
import { decisionMapKey } from "./decision-map-key.js";

const leftRight = (g: Matrix): Matrix => new Matrix(g.rows, 1, Float64Array.from({ length: g.rows }, (_, r) => (g.data[2 * r]! < 0 ? 0 : 1)));

describe("decisionMap", () => {
  it("gives `height` lines of `width` characters, plain by default", () => {
    const { points, labels } = moons();
    const lines = decisionMap(moonsModel, points, labels, { width: 50, height: 16 });
    expect(lines).toHaveLength(16);
    for (const line of lines) {
      expect([...line]).toHaveLength(50);
      expect(line.includes("\u001b")).toBe(false);
    }
  });

  it("shades by probability and marks points by class (o for 0, x for 1)", () => {
    const lines = decisionMap(leftRight, [[-0.5, 0], [0.5, 0]], [0, 1], { width: 8, height: 3, domain: { x: [-1, 1], y: [-1, 1] } });
    // Cells are 0.25 wide: centres −0.875 … 0.875, so columns 4–7 are x > 0 (█); the points
    // −0.5 and 0.5 fall in columns ⌊0.25·8⌋ = 2 and ⌊0.75·8⌋ = 6 of the middle line.
    expect(lines).toEqual(["    ████", "  o ██x█", "    ████"]);
  });

  it("uses one shade per class for a multi-class model", () => {
    const { points, labels } = blobs();
    const lines = decisionMap(blobsModel, points, labels, { width: 30, height: 10 });
    const background = new Set(lines.join("").replace(/[ox+]/g, ""));
    expect(background).toEqual(new Set([" ", "░", "▒"]));
    expect(lines.join("")).toMatch(/\+/);
  });

  it("with color, draws two grid rows per line in 24-bit ANSI and still fills the width", () => {
    const { points, labels } = moons();
    const lines = decisionMap(moonsModel, points, labels, { width: 40, height: 12, color: true });
    expect(lines).toHaveLength(12);
    for (const line of lines) {
      expect([...stripAnsi(line)]).toHaveLength(40);
      // eslint-disable-next-line no-control-regex -- the escape sequences are what is tested
      expect(line).toMatch(/\u001b\[38;2;\d+;\d+;\d+m\u001b\[48;2;\d+;\d+;\d+m▀/);
      expect(line.endsWith("\u001b[0m")).toBe(true);
    }
    expect(lines.join("")).toMatch(/●/);
  });

  it("rejects bad sizes", () => {
    expect(() => decisionMap(leftRight, [[0, 0]], [0], { width: 0, height: 5 })).toThrow(/^decisionMap: width must be an integer ≥ 1\. Received: width=0\.$/);
  });

  it("has a key naming each class with the mark the map uses", () => {
    expect(decisionMapKey(["setosa", "versicolor", "virginica"])).toBe("o setosa  x versicolor  + virginica");
    const colored = decisionMapKey(["no", "yes"], { color: true });
    expect(stripAnsi(colored)).toBe("● no  ● yes");
    // Class 0 red and class 1 blue, as on the binary map: rdYlBu(0) = #a50026, rdYlBu(1) = #313695.
    expect(colored).toContain("\u001b[38;2;165;0;38m●");
    expect(colored).toContain("\u001b[38;2;49;54;149m●");
  });
});

describe("decisionMap with large input", () => {
  const half = (grid: Matrix) => Matrix.fill(grid.rows, 1, 0.5);

  it("takes 200,000 points (no Math.max spread over the labels)", () => {
    const n = 200_000;
    const points = Array.from({ length: n }, (_, i) => [i % 5, i % 3]);
    expect(decisionMap(half, points, Array.from({ length: n }, (_, i) => i % 2), { width: 20, height: 6 })).toHaveLength(6);
  });

  it("pads a default domain around a point beyond 9e15, where ±1 is lost in rounding", () => {
    expect(decisionMap(half, [[1e17, 0]], [1], { width: 5, height: 3 })[1]).toBe("▒▒x▒▒");
  });
});
