import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Matrix } from "@backprop/linalg";
import { loadIris } from "@backprop/data";
import { expectClose } from "@backprop/testing";
import { afterAll, describe, expect, it } from "vitest";
import { runOnnx } from "./onnx-runtime.js";

const BIN = join(dirname(createRequire(import.meta.url).resolve("@backprop/cli/package.json")), "bin", "backprop.mjs");
const dir = mkdtempSync(join(tmpdir(), "interop-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]): string => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

describe("backprop export → ONNX Runtime", () => {
  it("the --with-preprocessing float64 export takes raw rows and gives what `backprop predict` prints", { timeout: 60_000 }, async () => {
    cli("train", "--data", "iris", "--epochs", "100", "--seed", "5", "--save", "m.json", "--json");
    cli("data", "iris", "--out", "iris.csv");
    cli("export", "--model", "m.json", "--format", "onnx", "--dtype", "float64", "--with-preprocessing", "--out", "m.onnx");
    const printed = JSON.parse(cli("predict", "--model", "m.json", "--input", "iris.csv", "--json")) as { predictions: { probabilities: number[] }[] };
    const raw: Matrix = loadIris().x;
    const got = await runOnnx(new Uint8Array(readFileSync(join(dir, "m.onnx"))), raw, "float64");
    expectClose(got, printed.predictions.flatMap((p) => p.probabilities), { rtol: 1e-12, atol: 1e-14 });
  });
});
