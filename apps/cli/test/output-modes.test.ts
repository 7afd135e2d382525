import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

/** An ESC (the start of every ANSI sequence) or a carriage return (the progress bar's redraw). */
const hasTerminalControls = (text: string): boolean => text.includes("\u001b") || text.includes("\r");


describe("output modes", () => {
  it("when piped, train prints plain periodic lines: no ANSI escapes, no carriage returns", () => {
    const r = runCli(["train", "--data", "moons", "--epochs", "30", "--batch-size", "64"]);
    expect(r.code).toBe(0);
    expect(hasTerminalControls(r.stdout)).toBe(false);
    const epochLines = r.stdout.split("\n").filter((l) => l.startsWith("epoch "));
    // every round(30 / 10) = 3 epochs, the last included
    expect(epochLines.map((l) => l.slice(0, 11))).toEqual(
      [3, 6, 9, 12, 15, 18, 21, 24, 27, 30].map((n) => `epoch ${String(n).padStart(2)}/30`),
    );
    expect(r.stdout).toMatch(/^final loss \d+\.\d{6}, train accuracy \d+\.\d\d%, test accuracy \d+\.\d\d%/m);
  });

  it("with --json, stdout is exactly one JSON object with the documented fields", () => {
    const r = runCli(["train", "--data", "xor", "--test-size", "0", "--epochs", "5", "--batch-size", "4", "--json"]);
    expect(r.code).toBe(0);
    expect(hasTerminalControls(r.stdout)).toBe(false);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    const report = JSON.parse(r.stdout);
    expect(Object.getPrototypeOf(report)).toBe(Object.prototype);
    expect(report).toMatchObject({ data: "xor", layers: [2, 16, 8, 1], epochs: 5, testAccuracy: null, interrupted: false, model: null });
    expect(report.loss).toHaveLength(5);
    expect(report.trainAccuracy * 4).toBe(Math.round(report.trainAccuracy * 4));
    expect(report.seconds).toBeGreaterThanOrEqual(0);
  });

  it("the 4-row XOR table is not split at the default --test-size: training reports on all rows", () => {
    const r = runCli(["train", "--data", "xor", "--epochs", "3", "--batch-size", "4"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^xor has only 4 rows: training on all of them, with no test split\.$/m);
    expect(r.stdout).toMatch(/: 4 train \/ 0 test rows,/);
    expect(r.stdout).toMatch(/^final loss \d+\.\d{6}, train accuracy \d+\.\d\d% \(/m);
  });

  it("demo <name> --json is one object for that demo", () => {
    const r = runCli(["demo", "xor-mse", "--json"]);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout).demo).toBe("xor-mse");
  });
});

describe("help", () => {
  it.each(["demo", "train", "predict", "evaluate", "gradcheck", "data"])("backprop %s --help shows usage, flags and examples, exit 0", (name) => {
    const r = runCli([name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: backprop ${name}`));
    expect(r.stdout).toMatch(/\nFlags:\n[\s\S]*--help[\s\S]*\nExamples:\n {2}backprop /);
  });

  it("backprop with no command lists the commands", () => {
    const r = runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: backprop <command>/);
    for (const name of ["demo", "train", "predict", "evaluate", "gradcheck", "data"]) expect(r.stdout).toMatch(new RegExp(`\n  ${name} `));
  });

  it("node dist/cli.js runs the CLI too, with the same output and exit codes as the bin", () => {
    const built = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
    const run = (args: string[]) => spawnSync(process.execPath, [built, ...args], { encoding: "utf8" });
    expect(run(["data", "--help"]).stdout).toBe(runCli(["data", "--help"]).stdout);
    const bad = run(["demo", "mnist"]);
    expect([bad.status, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toMatch(/^backprop: demo: unknown name "mnist"\./);
  });
});
