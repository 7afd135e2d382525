import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

// The class is the sign of a (b is noise): a text label and the same as integers.
const rows = Array.from({ length: 60 }, (_, i) => ({ a: ((i * 37) % 60) / 10 - 2.95, b: ((i * 11) % 60) / 10 - 3 }));
const csv = (label: (a: number) => string, keep: (a: number) => boolean = () => true): string =>
  `a,b,y\n${rows.filter((r) => keep(r.a)).map((r) => `${r.a},${r.b},${label(r.a)}`).join("\n")}\n`;

interface Scored {
  rows: number;
  accuracy: number;
  metrics: { confusionMatrix: number[][] };
}

beforeAll(() => {
  writeFileSync(at("text.csv"), csv((a) => (a > 0 ? "pos" : "neg")));
  writeFileSync(at("ints.csv"), csv((a) => (a > 0 ? "1" : "0")));
  writeFileSync(at("pos.csv"), csv(() => "pos", (a) => a > 0));
  writeFileSync(at("ones.csv"), csv(() => "1", (a) => a > 0));
  for (const name of ["text", "ints"]) expect(runCli(["train", "--data", at(`${name}.csv`), "--epochs", "100", "--save", at(`${name}.json`)]).code).toBe(0);
});

describe("evaluate on a file holding one class", () => {
  it.each([
    ["a text label", "text.json", "pos.csv", "pos"],
    ["an integer label", "ints.json", "ones.csv", "1"],
  ])("scores it against the model's classes (%s): accuracy is the share predicted as that class", (_, model, file, only) => {
    const e = runCli(["evaluate", "--model", at(model), "--data", at(file), "--json"]);
    expect([e.code, e.stderr]).toEqual([0, ""]);
    const scored = JSON.parse(e.stdout) as Scored;
    const p = JSON.parse(runCli(["predict", "--model", at(model), "--input", at(file), "--json"]).stdout) as { predictions: { class: string }[] };
    const right = p.predictions.filter((q) => q.class === only).length;
    expect(scored.rows).toBe(30);
    expect(scored.accuracy).toBe(right / 30);
    // The model's class order (neg/0 first): every row is truly the second class.
    expect(scored.metrics.confusionMatrix).toEqual([[0, 0], [30 - right, right]]);
  });
});
