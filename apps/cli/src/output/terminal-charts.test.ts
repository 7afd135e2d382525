import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { stripAnsi } from "@backprop/viz";
import { terminalCharts } from "./terminal-charts.js";

// A stand-in for a trained binary model: P(class 1) = 1 right of x = 0, else 0.
const model = {
  predict: (g: Matrix) => new Matrix(g.rows, 1, Float64Array.from({ length: g.rows }, (_, r) => (g.data[2 * r]! > 0 ? 1 : 0))),
};
const train = { x: new Matrix(2, 2, Float64Array.from([-1, 0, 1, 0])), labels: Int32Array.from([0, 1]) };
const loss = [0.7, 0.4, 0.2, 0.1];

describe("terminalCharts", () => {
  it("draws the loss chart and, for 2-D data, a decision map sized to the terminal, then a key naming the classes", () => {
    const lines = terminalCharts(loss, model as never, train, 60, ["outer", "inner"]).split("\n").map(stripAnsi);
    expect(lines[0]).toBe("loss per epoch (log scale):");
    expect(lines.slice(1, 9).every((l) => l.length === 60)).toBe(true);
    // The epoch axis: a rule under the plot, then the first and last epoch at its two ends.
    const gutter = (lines[1] as string).indexOf("┤");
    expect(lines[9]).toBe(`${" ".repeat(gutter)}└${"─".repeat(59 - gutter)}`);
    expect(lines[10]).toMatch(/^ +1 +epoch +4$/);
    expect([(lines[10] as string).indexOf("1"), (lines[10] as string).length]).toEqual([gutter + 1, 60]);
    const at = lines.indexOf("decision map (training points):");
    expect(at).toBe(11);
    // 14 rows of min(60, 56) characters, then the key.
    expect(lines.slice(at + 1, at + 15).map((l) => l.length)).toEqual(new Array(14).fill(56));
    expect(lines.slice(at + 15)).toEqual(["● outer  ● inner"]);
  });

  it("names the classes by number when no names are given, and draws no map for other than 2 features", () => {
    expect(terminalCharts(loss, model as never, train, 80).split("\n").map(stripAnsi).at(-1)).toBe("● 0  ● 1");
    const x4 = { x: new Matrix(2, 4), labels: Int32Array.from([0, 1]) };
    expect(terminalCharts(loss, model as never, x4, 80)).not.toMatch(/decision map/);
  });

  it("shows class names with their control characters escaped, and draws without colour when asked", () => {
    const text = terminalCharts(loss, model as never, train, 60, ["a\u001b]0;pwned\u0007", "b"], false);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b/);
    expect(text.split("\n").at(-1)).toBe("o a\\x1b]0;pwned\\x07  x b");
  });
});
