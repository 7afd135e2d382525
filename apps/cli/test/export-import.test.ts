import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeOnnx } from "@backprop/interop";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

describe("export and import", () => {
  it("trains a model to export", () => {
    expect(runCli(["train", "--data", "iris", "--epochs", "50", "--seed", "1", "--save", at("m.json"), "--json"]).code).toBe(0);
  });

  it("export --format onnx writes ONNX bytes with input/output names, the chosen dtype and the scaler nodes", () => {
    const r = runCli(["export", "--model", at("m.json"), "--format", "onnx", "--dtype", "float64", "--with-preprocessing", "--out", at("m.onnx"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "onnx", dtype: "float64", irVersion: 10, opset: 21, withPreprocessing: true });
    const onnx = decodeOnnx(new Uint8Array(readFileSync(at("m.onnx"))));
    expect(onnx.graph.inputs[0]).toEqual({ name: "input", kind: "tensor", elemType: 11, shape: ["N", 4] });
    expect(onnx.graph.nodes.slice(0, 3).map((n) => n.opType)).toEqual(["Sub", "Div", "Gemm"]);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("export --format tfjs fills a directory that import reads back, with the same predictions", { timeout: 30_000 }, () => {
    const r = runCli(["export", "--model", at("m.json"), "--format", "tfjs", "--out", at("web")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${at("web")}: model.json, group1-shard1of1.bin\n`);
    expect(runCli(["import", at("web/model.json"), "--out", at("from-tfjs.json")]).code).toBe(0);
    expect(runCli(["export", "--model", at("m.json"), "--format", "onnx", "--out", at("plain.onnx")]).code).toBe(0);
    expect(runCli(["import", at("plain.onnx"), "--out", at("from-onnx.json")]).code).toBe(0);
    const predict = (model: string): number[] => JSON.parse(runCli(["predict", "--model", model, "--values", "6.1,2.8,4.7,1.2", "--json"]).stdout).predictions[0].probabilities;
    const original = predict(at("m.json"));
    for (const model of [at("from-tfjs.json"), at("from-onnx.json")]) {
      predict(model).forEach((p, i) => expect(Math.abs(p - (original[i] as number))).toBeLessThan(1e-5));
    }
  });

  it("user errors print one line and exit 2", { timeout: 30_000 }, () => {
    writeFileSync(at("junk.onnx"), Uint8Array.of(0x3a, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20));
    const cases: [string[], RegExp][] = [
      [["import", at("junk.onnx"), "--out", at("x.json")], /^backprop: import: .*junk\.onnx: decodeOnnx: malformed protobuf: a length of 1099511627776 bytes runs past the end \(0 left\)\. Received: a field at byte 0\.\n$/],
      [["import", at("m.json"), "--out", at("x.json")], /^backprop: import: .*m\.json: fromTfjs: the file is already a backprop model file, not a TF\.js model\.json\. Received: format="backprop\.network"\.\n$/],
      [["import", at("missing.onnx"), "--out", at("x.json")], /^backprop: import: the model file must exist and be readable\. Received: .*missing\.onnx \(no such file\)\.\n$/],
      [["export", "--model", at("m.json"), "--format", "tfjs", "--dtype", "float64", "--out", at("web")], /^backprop: export: --dtype float64, --opset and --with-preprocessing apply to --format onnx only\. Received: --format tfjs --dtype float64\.\n$/],
      [["export", "--model", at("m.json"), "--format", "onnx", "--out", at("nodir/m.onnx")], /^backprop: export: --out must be a file path in an existing, writable directory\. Received: .*nodir\/m\.onnx \(no directory .*nodir\)\.\n$/],
      [["export", "--model", at("m.json"), "--format", "tfjs", "--out", at("m.onnx")], /^backprop: export: --out for --format tfjs must be a directory\. Received: .*m\.onnx \(a file\)\.\n$/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
    }
  });
});
