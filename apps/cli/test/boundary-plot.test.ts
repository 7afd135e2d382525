import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

/** The (value → pixel) map of an axis, read back from two of its ticks. */
function axis(svg: string, which: "x" | "y"): (pixel: number) => number {
  const at = which === "x" ? 'x1="([^"]+)"' : 'x1="[^"]+" y1="([^"]+)"';
  const ticks = [...svg.matchAll(new RegExp(`<g class="tick ${which}-tick" data-value="([^"]+)"><line ${at}`, "g"))].map((m) => [Number(m[1]), Number(m[2])] as const);
  const [[v0, p0], [v1, p1]] = [ticks[0]!, ticks.at(-1)!];
  return (pixel) => v0 + ((pixel - p0) * (v1 - v0)) / (p1 - p0);
}

describe("train --plot-boundary", () => {
  // moons in other units: x1 in thousands around 5000, x2 between about -50 and 100.
  const csv = runCli(["data", "moons", "--n-samples", "200", "--noise", "0.1", "--seed", "3"]).stdout.trimEnd().split("\n");
  const data = csv.slice(1).map((line) => {
    const [a, b, label] = line.split(",");
    return [5000 + 1000 * Number(a), 50 * Number(b), label] as const;
  });
  writeFileSync(at("units.csv"), ["width,height,label", ...data.map((r) => r.join(","))].join("\n") + "\n");

  it("draws the training dots and the test diamonds at the data's own values (the scaler inverted)", () => {
    const r = runCli(["train", "--data", at("units.csv"), "--epochs", "20", "--plot-boundary", at("b.svg")]);
    expect(r.code).toBe(0);
    const svg = readFileSync(at("b.svg"), "utf8");
    const [toX, toY] = [axis(svg, "x"), axis(svg, "y")];
    const dots = [...svg.matchAll(/<circle class="point" data-class="(\d)" cx="([^"]+)" cy="([^"]+)"/g)].map((m) => [toX(Number(m[2])), toY(Number(m[3])), m[1]] as const);
    // A diamond's path starts at its top corner, 6 px above its centre.
    const diamonds = [...svg.matchAll(/<path class="test-point" data-class="(\d)" d="M([^ ]+) ([^L]+)L/g)].map((m) => [toX(Number(m[2])), toY(Number(m[3]) + 6), m[1]] as const);
    // 200 rows, --test-size 0.2: 160 dots and 40 diamonds, together every row of the file once.
    expect([dots.length, diamonds.length]).toEqual([160, 40]);
    const unmatched = [...data];
    for (const [x, y, label] of [...dots, ...diamonds]) {
      // Read back through ticks written to 2 decimals: within 2 units of ~4000 on x, 0.1 of ~150 on y.
      const i = unmatched.findIndex(([a, b, l]) => Math.abs(a - x) < 2 && Math.abs(b - y) < 0.1 && l === label);
      expect(i, `a row of the file at (${x}, ${y}), class ${label}`).toBeGreaterThanOrEqual(0);
      unmatched.splice(i, 1);
    }
    expect(unmatched).toEqual([]);
    expect(svg).toMatch(/<text class="x-label"[^>]*>width<\/text>/);
    expect(svg).toMatch(/data-key="test"/);
  });
});
