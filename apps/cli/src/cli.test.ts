import { describe, expect, it } from "vitest";
import { memorySink } from "../test/memory-sink.js";
import { main } from "./cli.js";

describe("main on a terminal", () => {
  it("draws the progress bar in place, the tutorial's lines, then the loss chart and the decision map", async () => {
    // A 24-bit terminal (as Node's getColorDepth reports one).
    const stdout = { ...memorySink(true), getColorDepth: () => 24 };
    const stderr = memorySink(false);
    expect(await main(["demo", "xor-mse"], { stdout, stderr })).toBe(0);
    expect(stderr.text).toBe("");
    const erase = "\r\u001b[2K";
    // the bar's last redraw, then erased before the closing lines
    expect(stdout.text).toContain(`${erase}epoch 1000/1000 [`);
    expect(stdout.text).toContain(`100% loss `);
    const plain = stdout.text.split(erase).join("");
    expect(plain).toMatch(/^Epoch {4}0: Loss = \d\.\d{6}$/m);
    expect(plain).toMatch(/^Accuracy: \d+\.\d%\nloss per epoch \(log scale\):\n/m);
    const chart = plain.slice(plain.indexOf("loss per epoch"));
    expect(chart).toMatch(/[\u2800-\u28ff]/); // braille dots
    expect(chart).toContain("decision map (training points):\n\u001b[38;2;"); // 24-bit coloured half-blocks
  });
});

describe("main with --json", () => {
  it("demo all gives one object with every demo, in order, all at the same seed", async () => {
    const stdout = memorySink(true);
    expect(await main(["demo", "all", "--json", "--seed", "1"], { stdout, stderr: memorySink(false) })).toBe(0);
    const report = JSON.parse(stdout.text);
    expect(report.demos.map((d: { demo: string }) => d.demo)).toEqual(["classification", "xor", "iris", "xor-mse", "circles", "moons", "spiral"]);
    expect(report.demos.every((d: { seed: number; loss: number[]; epochs: number }) => d.seed === 1 && d.loss.length === d.epochs)).toBe(true);
    expect(report.interrupted).toBe(false);
  }, 30_000);
});
