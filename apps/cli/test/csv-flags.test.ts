import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

const rows = Array.from({ length: 20 }, (_, i) => [`id${i}`, i % 4, (i * 7) % 5, i % 2 ? "yes" : "no"]);
writeFileSync(at("semi.csv"), `id;a;b;label\n${rows.map((r) => r.join(";")).join("\n")}\n`);
writeFileSync(at("bare.csv"), `${rows.map((r) => r.slice(1).join(",")).join("\n")}\n`);

describe("how train reads a CSV", () => {
  it("--delimiter, --drop and --features pick the columns; the model remembers them", () => {
    const r = runCli(["train", "--data", at("semi.csv"), "--delimiter", ";", "--drop", "id", "--epochs", "2", "--save", at("m.json"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(at("m.json"), "utf8")).featureNames).toEqual(["a", "b"]);
    const only = runCli(["train", "--data", at("semi.csv"), "--features", "b", "--epochs", "2", "--save", at("b.json")]);
    expect(only.code).toBe(0);
    expect(JSON.parse(readFileSync(at("b.json"), "utf8")).featureNames).toEqual(["b"]);
  });

  it("--no-header reads the first row as data; --target takes a 0-based index", () => {
    const r = runCli(["train", "--data", at("bare.csv"), "--no-header", "--target", "2", "--epochs", "2", "--save", at("bare.json"), "--json"]);
    expect(r.code).toBe(0);
    const model = JSON.parse(readFileSync(at("bare.json"), "utf8"));
    expect(model.featureNames).toEqual(["x0", "x1"]);
    expect(model.classNames).toEqual(["no", "yes"]);
  });

  it("refuses a column that is not there, the target among --features, and CSV flags with a built-in set", () => {
    const bad = (args: string[]): string => {
      const r = runCli(args);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      return r.stderr;
    };
    expect(bad(["train", "--data", at("semi.csv"), "--drop", "zz"])).toMatch(/^backprop: train: --drop must name a column of .*semi\.csv\. Received: --drop=zz\. Expected one of: id, a, b, label\.\n$/);
    expect(bad(["train", "--data", at("semi.csv"), "--features", "a,label"])).toMatch(/^backprop: train: --features must not list the target column\. Received: "label"/);
    expect(bad(["train", "--data", at("bare.csv"), "--target", "7"])).toMatch(/^backprop: train: --target must be a column of .*bare\.csv, by name or 0-based index \(0 … 2, or -1 for the last\)\. Received: --target=7\.\n$/);
    expect(bad(["train", "--data", "iris", "--drop", "a"])).toBe("backprop: train: --drop picks a column of a CSV file, not of a built-in set. Received: --drop=a with --data=iris.\n");
    expect(bad(["train", "--data", at("semi.csv"), "--header", "--no-header"])).toBe("backprop: train: give at most one of --header and --no-header. Received: both.\n");
  });
});
