import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectUserError, runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);


// y = 3a − 2b + c, the target in the third of four columns: the last column (c) is not the target.
const rows = Array.from({ length: 80 }, (_, i) => {
  const a = ((i * 37) % 80) / 20 - 2;
  const b = ((i * 11) % 80) / 20 - 2;
  const c = ((i * 53) % 80) / 20 - 2;
  return { a, b, c, y: 3 * a - 2 * b + c };
});

/** R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)². */
function r2(y: number[], predicted: number[]): number {
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const residual = y.reduce((s, v, i) => s + (v - (predicted[i] as number)) ** 2, 0);
  const total = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  return 1 - residual / total;
}

beforeAll(() => {
  writeFileSync(at("f.csv"), `a,b,y,c\n${rows.map((r) => `${r.a},${r.b},${r.y},${r.c}`).join("\n")}\n`);
  const r = runCli(["train", "--data", at("f.csv"), "--target", "y", "--task", "regression", "--epochs", "200", "--save", at("m.json"), "--json"]);
  expect(r.code).toBe(0);
});

describe("evaluate scores the column the model was trained to predict", () => {
  it("saves the target's name and, without --target, scores against it: R² recomputed from predict's values", () => {
    expect((JSON.parse(readFileSync(at("m.json"), "utf8")) as { targetName?: string }).targetName).toBe("y");
    const e = runCli(["evaluate", "--model", at("m.json"), "--data", at("f.csv"), "--json"]);
    expect([e.code, e.stderr]).toEqual([0, ""]);
    const scored = JSON.parse(e.stdout) as { rows: number; metrics: { r2: number } };
    const p = JSON.parse(runCli(["predict", "--model", at("m.json"), "--input", at("f.csv"), "--json"]).stdout) as { predictions: { value: number }[] };
    const expected = r2(rows.map((r) => r.y), p.predictions.map((q) => q.value));
    expect(scored.rows).toBe(80);
    expect(scored.metrics.r2).toBeCloseTo(expected, 10);
    expect(expected).toBeGreaterThan(0.9);
  });

  it("refuses a file without the model's target column, saying how to pick one", () => {
    writeFileSync(at("no-y.csv"), `a,b,c\n${rows.map((r) => `${r.a},${r.b},${r.c}`).join("\n")}\n`);
    expectUserError(
      ["evaluate", "--model", at("m.json"), "--data", at("no-y.csv")],
      `backprop: evaluate: ${at("no-y.csv")} must have the model's target column "y" (the column it was trained to predict), or say which column holds the target with --target. Received: columns a, b, c.`,
    );
  });

  it("refuses, naming the missing columns, when a feature is missing from the header: never reads the columns by position", () => {
    // --target c leaves a, b, y: as many columns as the model reads, but not the ones it was trained on.
    expectUserError(
      ["evaluate", "--model", at("m.json"), "--data", at("f.csv"), "--target", "c"],
      `backprop: evaluate: ${at("f.csv")} must have columns named a, b, c. Received: columns a, b, y (missing c; "c" is read as the target, pick the target with --target).`,
    );
    writeFileSync(at("renamed.csv"), `a,b,y,d\n${rows.map((r) => `${r.a},${r.b},${r.y},${r.c}`).join("\n")}\n`);
    expectUserError(
      ["evaluate", "--model", at("m.json"), "--data", at("renamed.csv")],
      `backprop: evaluate: ${at("renamed.csv")} must have columns named a, b, c. Received: columns a, b, d (missing c).`,
    );
  });

  it("reads a model file without targetName as before: the last column is the target, and the missing feature is named", () => {
    const json = JSON.parse(readFileSync(at("m.json"), "utf8")) as Record<string, unknown>;
    delete json.targetName;
    writeFileSync(at("old.json"), JSON.stringify(json));
    expectUserError(
      ["evaluate", "--model", at("old.json"), "--data", at("f.csv")],
      `backprop: evaluate: ${at("f.csv")} must have columns named a, b, c. Received: columns a, b, y (missing c; "c" is read as the target, pick the target with --target).`,
    );
    const e = JSON.parse(runCli(["evaluate", "--model", at("old.json"), "--data", at("f.csv"), "--target", "y", "--json"]).stdout) as { metrics: unknown };
    expect(e.metrics).toEqual((JSON.parse(runCli(["evaluate", "--model", at("m.json"), "--data", at("f.csv"), "--json"]).stdout) as { metrics: unknown }).metrics);
  });
});

describe("predict --input reads a header by name only", () => {
  it("refuses a header that does not name the model's features, naming what is missing", () => {
    writeFileSync(at("wrong-names.csv"), "p,q,r\n1,2,3\n");
    expectUserError(
      ["predict", "--model", at("m.json"), "--input", at("wrong-names.csv")],
      `backprop: predict: ${at("wrong-names.csv")} must have columns named a, b, c. Received: columns p, q, r (missing a, b, c).`,
    );
    writeFileSync(at("one-wrong.csv"), "a,b,d\n1,2,3\n");
    expectUserError(
      ["predict", "--model", at("m.json"), "--input", at("one-wrong.csv")],
      `backprop: predict: ${at("one-wrong.csv")} must have columns named a, b, c. Received: columns a, b, d (missing c).`,
    );
  });

  it("reads a file without a header by position, with exactly the model's column count", () => {
    writeFileSync(at("no-header.csv"), "1,2,3\n");
    writeFileSync(at("named.csv"), "c,a,b\n3,1,2\n");
    const value = (file: string) => (JSON.parse(runCli(["predict", "--model", at("m.json"), "--input", at(file), "--json"]).stdout) as { predictions: { value: number }[] }).predictions[0]?.value;
    expect(value("no-header.csv")).toBe(value("named.csv"));
    writeFileSync(at("no-header-4.csv"), "1,2,3,4\n");
    expectUserError(
      ["predict", "--model", at("m.json"), "--input", at("no-header-4.csv")],
      `backprop: predict: ${at("no-header-4.csv")} has no header, so its columns are read in order: it must have the model's 3 columns. Received: 4 columns (x0, x1, x2, x3).`,
    );
  });
});
