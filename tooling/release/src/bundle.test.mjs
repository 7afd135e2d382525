import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleForBrowser, formatBytes, isNodeBuiltin } from "./bundle.mjs";
import { Buffer } from "node:buffer";

const dir = mkdtempSync(join(tmpdir(), "bundle-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "math.mjs"), "export const square = (x) => x * x;\nexport const cube = (x) => x * x * x;\n");
writeFileSync(join(dir, "reads-files.mjs"), 'import { readFileSync } from "node:fs";\nexport const read = (p) => readFileSync(p, "utf8");\n');

describe("bundleForBrowser", () => {
  it("minifies, drops unused exports and measures the gzip of exactly its output", async () => {
    const bundle = await bundleForBrowser({ source: 'import { square } from "./math.mjs";\nconsole.log(square(3));\n', resolveDir: dir });
    expect(bundle.code).not.toMatch(/x\s*\*\s*x\s*\*\s*x/);
    expect(bundle.minified).toBe(Buffer.byteLength(bundle.code));
    expect(bundle.gzipped).toBeGreaterThan(0);
    expect(bundle.nodeBuiltins).toEqual([]);
  });

  it("lists each Node built-in that a browser bundle reaches and who imported it", async () => {
    const bundle = await bundleForBrowser({ source: 'export { read } from "./reads-files.mjs";\n', resolveDir: dir });
    expect(bundle.nodeBuiltins).toEqual([`node:fs (imported by ${join(dir, "reads-files.mjs")})`]);
  });

  it("fails on an import that resolves nowhere", async () => {
    await expect(bundleForBrowser({ source: 'import "no-such-package-anywhere";\n', resolveDir: dir })).rejects.toThrow(/no-such-package-anywhere/);
  });
});

describe("isNodeBuiltin", () => {
  it("knows bare, prefixed and subpath built-ins and nothing else", () => {
    expect(["fs", "node:fs", "fs/promises", "node:test", "path"].every(isNodeBuiltin)).toBe(true);
    expect(["@backprop/data", "esbuild", "./fs"].some(isNodeBuiltin)).toBe(false);
  });
});

describe("formatBytes", () => {
  it("prints bytes under 1000 as B and the rest as kB with one decimal", () => {
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(3140)).toBe("3.1 kB");
    expect(formatBytes(12_345)).toBe("12.3 kB");
  });

  it("rejects a negative or non-finite size", () => {
    expect(() => formatBytes(-1)).toThrow(/^formatBytes: bytes must be a non-negative number\. Received: bytes=-1\.$/);
    expect(() => formatBytes(NaN)).toThrow(RangeError);
  });
});

describe("bundleForBrowser({ keepSideEffects })", () => {
  it("keeps only the top-level code a bundler cannot drop", async () => {
    writeFileSync(join(dir, "frozen.mjs"), 'export const kept = Object.freeze({ name: "kept-name" });\nexport const dropped = { name: "dropped-name" };\n');
    writeFileSync(join(dir, "package.json"), JSON.stringify({ sideEffects: false }));
    const plain = await bundleForBrowser({ source: 'import "./frozen.mjs";\n', resolveDir: dir });
    expect(plain.code).toBe("");
    const kept = await bundleForBrowser({ source: 'import "./frozen.mjs";\n', resolveDir: dir, keepSideEffects: true });
    expect(kept.code).toContain("kept-name");
    expect(kept.code).not.toContain("dropped-name");
  });
});
