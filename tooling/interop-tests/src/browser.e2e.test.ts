import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { irisModel, randomRows } from "./models.js";

// The format package in a real browser: Debian's Chromium (never a downloaded one; INTEROP_CHROMIUM
// overrides the path) loads an esbuild bundle of @backprop/interop, exports a model to ONNX and
// TF.js and imports both back, in the page, with no Node API.
const CHROMIUM = process.env.INTEROP_CHROMIUM ?? "/usr/bin/chromium";
const ENTRY = fileURLToPath(new URL("./browser-entry.ts", import.meta.url));

let context: BrowserContext;
let profile: string;
let bundle: string;
let imports: string[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`interop e2e: ${CHROMIUM} is missing; install Debian's chromium (apt-get install -y chromium) or set INTEROP_CHROMIUM.`);
  const out = await build({ entryPoints: [ENTRY], bundle: true, format: "iife", platform: "browser", target: "es2022", write: false, logLevel: "silent", metafile: true });
  bundle = out.outputFiles[0]?.text ?? "";
  // What the bundled modules import, from esbuild's own record (the text of the bundle may hold
  // "node:" inside strings, such as linalg's worker source, which the page never runs).
  imports = Object.values(out.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
  profile = mkdtempSync(join(tmpdir(), "interop-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("@backprop/interop in Chromium", () => {
  it("exports a model to ONNX and TF.js and imports both back in the page, predicting what Node predicts", async () => {
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((path) => path.startsWith("node:"))).toEqual([]);
    const { model } = irisModel();
    const x = randomRows(5, 4, 1);
    const page = await context.newPage();
    await page.setContent("<!doctype html><title>interop</title>");
    await page.addScriptTag({ content: bundle });
    const result = (await page.evaluate(`window.interopRoundTrip(${JSON.stringify(model.toJSON())}, ${JSON.stringify(x.toArray())})`)) as {
      onnxBytes: number; userAgent: string; viaOnnx: number[][]; viaTfjs: number[][]; hasProcess: boolean;
    };
    expect(result.userAgent).toMatch(/HeadlessChrome|Chrome/);
    expect(result.hasProcess).toBe(false);
    expect(result.onnxBytes).toBeGreaterThan(500);
    const expected = model.predict(x).toArray();
    result.viaOnnx.flat().forEach((v, i) => expect(v).toBe(expected.flat()[i])); // float64 ONNX: the same bits
    result.viaTfjs.flat().forEach((v, i) => expect(Math.abs(v - (expected.flat()[i] as number))).toBeLessThan(1e-5));
    await page.close();
  }, 30_000);
});
