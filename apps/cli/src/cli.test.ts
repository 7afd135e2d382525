import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memorySink } from "../test/memory-sink.js";
import { main } from "./cli.js";

// Colour comes from the environment too: start each test from one that asks for nothing.
beforeEach(() => {
  vi.stubEnv("NO_COLOR", "");
  vi.stubEnv("FORCE_COLOR", undefined);
});
afterEach(() => vi.unstubAllEnvs());

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

describe("colour on a terminal", () => {
  it("NO_COLOR=1 backprop train --data moons prints no escape sequence at all, bar and charts included", async () => {
    vi.stubEnv("NO_COLOR", "1");
    const stdout = { ...memorySink(true), getColorDepth: () => 24 };
    const stderr = memorySink(false);
    expect(await main(["train", "--data", "moons", "--epochs", "30"], { stdout, stderr })).toBe(0);
    expect(stdout.text).toMatch(/decision map \(training points\):/);
    expect(stdout.text).toMatch(/\r {79}\r/);
    expect(stdout.text + stderr.text).not.toContain("\u001b");
  });

  it("a 16-colour terminal (TERM=xterm: getColorDepth 4) gets the 16 ANSI colours, never 24-bit ones", async () => {
    const stdout = { ...memorySink(true), getColorDepth: () => 4 };
    expect(await main(["train", "--data", "moons", "--epochs", "30"], { stdout, stderr: memorySink(false) })).toBe(0);
    const sgr = [...stdout.text.matchAll(/\[([\d;]+)m/g)].map((m) => m[1] as string);
    expect(sgr.some((code) => /^(3|4|9|10)[0-7]$/.test(code))).toBe(true);
    expect(sgr.filter((code) => /^(38|48);/.test(code))).toEqual([]);
  });
});
