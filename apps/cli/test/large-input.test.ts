import { afterAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

describe("predict --input on a long file", () => {
  it("prints one line per row for 200 000 rows (the column width was a Math.max spread, which overflowed the call stack)", () => {
    writeFileSync(at("train.csv"), ["x,label", ...Array.from({ length: 40 }, (_, i) => `${i / 40},${i < 20 ? "low" : "high"}`)].join("\n") + "\n");
    expect(runCli(["train", "--data", at("train.csv"), "--epochs", "2", "--save", at("m.json")]).code).toBe(0);
    const rows = 200_000;
    writeFileSync(at("many.csv"), `x\n${Array.from({ length: rows }, (_, i) => String((i % 40) / 40)).join("\n")}\n`);
    const r = runCli(["predict", "--model", at("m.json"), "--input", at("many.csv")]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(rows);
    expect(lines[0]).toMatch(/^0 +→ {2}(low|high) \(\d\.\d\d\)$/);
  }, 60_000);
});
