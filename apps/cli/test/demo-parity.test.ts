import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { runCli } from "./run-cli.js";

/** Written by scripts/make-fixtures.py: the tutorials' own NumPy code run after np.random.seed(seed). */
interface DemoCase {
  demo: string;
  seed: number;
  epochs: number;
  /** Loss at every 10th epoch and the last, keyed by 0-based epoch. */
  loss: Record<string, number>;
  trainAccuracy: number;
  testAccuracy: number | null;
  /** What the tutorial prints, line by line. */
  stdout: string[];
}

const { cases } = loadFixture<{ cases: DemoCase[] }>(import.meta.url, "demos.json");

describe.each(cases)("backprop demo $demo --seed $seed", (c) => {
  it("reports the tutorial's per-epoch loss (≤ 1e-9 relative) and its exact accuracies as one JSON object", () => {
    const r = runCli(["demo", c.demo, "--json", "--seed", String(c.seed)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ demo: c.demo, seed: c.seed, epochs: c.epochs, interrupted: false });
    expect(report.loss).toHaveLength(c.epochs);
    for (const [epoch, expected] of Object.entries(c.loss)) {
      const relative = Math.abs(report.loss[Number(epoch)] - expected) / Math.abs(expected);
      expect(relative, `epoch ${epoch}`).toBeLessThanOrEqual(1e-9);
    }
    expect(report.trainAccuracy).toBe(c.trainAccuracy);
    expect(report.testAccuracy).toBe(c.testAccuracy);
  });

  it("prints, when piped, exactly the lines the tutorial prints, in one block", () => {
    const r = runCli(["demo", c.demo, "--seed", String(c.seed)]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const start = lines.indexOf(c.stdout[0] as string);
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start, start + c.stdout.length)).toEqual(c.stdout);
    expect(lines[start - 1]).toMatch(new RegExp(`^== ${c.demo}: .* \\(seed ${c.seed}\\) ==$`));
  });
});
