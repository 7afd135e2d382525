import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

describe("backprop data and the plots of train", () => {
  it("writes a generated set as CSV: header, n rows, make_moons' half-and-half labels", () => {
    const r = runCli(["data", "moons", "--n-samples", "200", "--noise", "0.1", "--seed", "3", "--out", at("moons.csv")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wrote 200 rows × 3 columns to ${at("moons.csv")}\n`);
    const [header, ...rows] = readFileSync(at("moons.csv"), "utf8").trimEnd().split("\n");
    expect(header).toBe("x1,x2,label");
    expect(rows).toHaveLength(200);
    const labels = rows.map((row) => row.split(",")[2]);
    expect(labels.filter((l) => l === "0")).toHaveLength(100);
    expect(labels.filter((l) => l === "1")).toHaveLength(100);
    // the same seed gives the same file, written to stdout without --out
    expect(runCli(["data", "moons", "--n-samples", "200", "--noise", "0.1", "--seed", "3"]).stdout).toBe(readFileSync(at("moons.csv"), "utf8"));
  });

  it("trains on that CSV and writes a loss curve and a decision boundary with every training point", () => {
    const r = runCli(["train", "--data", at("moons.csv"), "--optimizer", "adam", "--lr", "0.01", "--epochs", "40", "--plot-loss", at("loss.svg"), "--plot-boundary", at("boundary.svg"), "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.plots).toEqual([at("loss.svg"), at("boundary.svg")]);
    const boundary = readFileSync(at("boundary.svg"), "utf8");
    // 200 rows, test_size 0.2: 160 training points drawn over the map
    expect(boundary.match(/class="point"/g)).toHaveLength(160);
    // axes named after the CSV's columns, in the data's own units (see boundary-plot.test.ts)
    expect(boundary).toMatch(/<text class="x-label"[^>]*>x1<\/text>/);
    expect(boundary).toMatch(/<text class="y-label"[^>]*>x2<\/text>/);
    expect(readFileSync(at("loss.svg"), "utf8")).toMatch(/<title[^>]*>Training loss<\/title>/);
  });

  it("with --scale none, names the boundary's axes after the raw columns", () => {
    const r = runCli(["train", "--data", at("moons.csv"), "--scale", "none", "--epochs", "2", "--plot-boundary", at("raw.svg")]);
    expect(r.code).toBe(0);
    const boundary = readFileSync(at("raw.svg"), "utf8");
    expect(boundary).toMatch(/<text class="x-label"[^>]*>x1<\/text>/);
    expect(boundary).toMatch(/<text class="y-label"[^>]*>x2<\/text>/);
  });

  it("refuses a boundary plot for data with more than two features", () => {
    const r = runCli(["train", "--data", "iris", "--epochs", "1", "--plot-boundary", at("iris.svg")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("backprop: train: --plot-boundary needs data with 2 features. Received: 4 features.\n");
    expect(r.stdout).toBe("");
  });
});
