import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

// A valid model file, written by hand: 2 → 1, sigmoid.
const MODEL = `${JSON.stringify({ format: "backprop.network", version: 1, layers: [{ type: "dense", inputSize: 2, units: 1, activation: "sigmoid", weights: [[1], [-1]], bias: [0.5] }] })}\n`;

describe("export --out never overwrites --model", () => {
  it("--format tfjs --out . beside model.json is refused (TF.js's file is always model.json), and the model is left as it was", () => {
    const dir = at("beside");
    mkdirSync(dir);
    writeFileSync(join(dir, "model.json"), MODEL);
    const r = runCli(["export", "--model", "model.json", "--format", "tfjs", "--out", "."], dir);
    expect(r.stderr).toMatch(/^backprop: export: an output must not overwrite an input\. Received: --model=model\.json and --out=model\.json \(both .*beside\/model\.json\)\.\n$/);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "model.json"), "utf8")).toBe(MODEL);
  });

  it("--format onnx --out naming the model file is refused, through another spelling of the path too", () => {
    writeFileSync(at("m.json"), MODEL);
    for (const out of [at("m.json"), join(tmp.dir, ".", "sub", "..", "m.json")]) {
      const r = runCli(["export", "--model", at("m.json"), "--format", "onnx", "--out", out]);
      expect(r.stderr).toMatch(/^backprop: export: an output must not overwrite an input\. Received: --model=.*m\.json and --out=.*m\.json \(both .*m\.json\)\.\n$/);
      expect(r.code).toBe(2);
    }
    expect(readFileSync(at("m.json"), "utf8")).toBe(MODEL);
  });

  it("--format tfjs --out DIR elsewhere still writes model.json there", () => {
    writeFileSync(at("m2.json"), MODEL);
    const r = runCli(["export", "--model", at("m2.json"), "--format", "tfjs", "--out", at("web")]);
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(at("web/model.json"), "utf8")) as { format: string }).format).toBe("layers-model");
  });
});

describe("export --format onnx --out DIR/ (a trailing slash names a directory)", () => {
  it("a missing directory is an error naming it, and no file of that name appears", () => {
    writeFileSync(at("m3.json"), MODEL);
    const r = runCli(["export", "--model", at("m3.json"), "--format", "onnx", "--out", `${at("newdir")}/`]);
    expect(r.stderr).toMatch(/^backprop: export: --out must be a file path in an existing, writable directory\. Received: .*newdir\/ \(no directory .*newdir\/\)\.\n$/);
    expect(r.code).toBe(2);
    expect(existsSync(at("newdir"))).toBe(false);
  });

  it("an existing directory is refused as a directory, and stays one", () => {
    mkdirSync(at("there"));
    const r = runCli(["export", "--model", at("m3.json"), "--format", "onnx", "--out", `${at("there")}/`]);
    expect(r.stderr).toMatch(/\(a directory\)\.\n$/);
    expect(r.code).toBe(2);
    expect(statSync(at("there")).isDirectory()).toBe(true);
  });
});
