import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("backprop gradcheck", () => {
  it("checks every parameter of the network, and backprop agrees with central differences", () => {
    const r = runCli(["gradcheck", "--layers", "5,4", "--l2", "0.01", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.passed).toBe(true);
    // 4-5-4-3: a weight matrix and a bias per layer, sizes from the layer shapes
    expect(report.parameters.map((p: { size: number }) => p.size)).toEqual([20, 5, 20, 4, 12, 3]);
    for (const p of report.parameters) expect(p.maxRelativeError).toBeLessThan(1e-6);
  });

  it("prints one line per parameter and the verdict", () => {
    const r = runCli(["gradcheck", "--classes", "2", "--activation", "sigmoid"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Gradient check of a 4-5-4-1 net \(sigmoid, sigmoid\), binaryCrossEntropy, 10 random rows/);
    expect(lines.slice(1, -1)).toHaveLength(6);
    for (const l of lines.slice(1, -1)) expect(l).toMatch(/ max relative error \d\.\d\de[-+]\d+ {2}ok$/);
    expect(lines.at(-1)).toBe("passed: every parameter within 0.000001");
  });

  it("fails (exit 1) when the tolerance is impossibly tight", () => {
    const r = runCli(["gradcheck", "--tolerance", "1e-300"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILED/);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^failed: \d parameter\(s\) above 1e-300$/);
  });
});
