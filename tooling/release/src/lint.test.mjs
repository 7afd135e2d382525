import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAttw, runPublint } from "./lint.mjs";
import { run } from "./process.mjs";

const dir = mkdtempSync(join(tmpdir(), "lint-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a tiny package and packs it with npm, as a user's tarball would be. */
async function pack(name, files) {
  const pkgDir = join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(pkgDir, file, ".."), { recursive: true });
    writeFileSync(join(pkgDir, file), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  await run("npm", ["pack", "--pack-destination", pkgDir, "--loglevel=error"], { cwd: pkgDir });
  return join(pkgDir, readdirSync(pkgDir).find((f) => f.endsWith(".tgz")));
}

const dual = {
  "dist/index.js": "export const one = 1;\n",
  "dist/index.cjs": '"use strict";\nexports.one = 1;\n',
  "dist/index.d.ts": "export declare const one = 1;\n",
  "dist/index.d.cts": "export declare const one = 1;\n",
};

describe("runPublint and runAttw", () => {
  it("pass a dual ESM + CJS package whose types match each format", async () => {
    const tarball = await pack("good", {
      ...dual,
      "package.json": {
        name: "good", version: "1.0.0", type: "module", main: "./dist/index.cjs", types: "./dist/index.d.ts",
        exports: { ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" } } },
        files: ["dist"],
      },
    });
    expect(await runPublint(tarball)).toEqual({ ok: true, lines: [] });
    expect((await runAttw(tarball)).ok).toBe(true);
  }, 30_000);

  it("fail a package whose exports point at a types file that is not published", async () => {
    const tarball = await pack("bad", {
      ...dual,
      "package.json": {
        name: "bad", version: "1.0.0", type: "module", main: "./dist/index.cjs",
        exports: { ".": { types: "./dist/missing.d.ts", import: "./dist/index.js", require: "./dist/index.cjs" } },
        files: ["dist"],
      },
    });
    const publint = await runPublint(tarball);
    expect(publint.ok).toBe(false);
    expect(publint.lines.join("\n")).toMatch(/missing\.d\.ts/);
    const attw = await runAttw(tarball);
    expect(attw.ok).toBe(false);
    expect(attw.lines).toContain("FallbackCondition: . node16-cjs");
  }, 30_000);

  it("report a tarball attw cannot read as a failure, not a pass", async () => {
    const junk = join(dir, "junk.tgz");
    writeFileSync(junk, "not a tarball");
    expect((await runAttw(junk)).ok).toBe(false);
  }, 30_000);
});

describe("runAttw with the node16 profile", () => {
  it("passes a subpath export that only the legacy node10 resolution cannot see, and says so", async () => {
    const tarball = await pack("subpath", {
      ...dual,
      "dist/extra.js": "export const two = 2;\n",
      "dist/extra.cjs": '"use strict";\nexports.two = 2;\n',
      "dist/extra.d.ts": "export declare const two = 2;\n",
      "dist/extra.d.cts": "export declare const two = 2;\n",
      "package.json": {
        name: "subpath", version: "1.0.0", type: "module", main: "./dist/index.cjs", types: "./dist/index.d.ts",
        exports: {
          ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" } },
          "./extra": { import: { types: "./dist/extra.d.ts", default: "./dist/extra.js" }, require: { types: "./dist/extra.d.cts", default: "./dist/extra.cjs" } },
        },
        files: ["dist"],
      },
    });
    const attw = await runAttw(tarball);
    expect(attw.ok).toBe(true);
    expect(attw.lines).toContain("(node10 only, not required) NoResolution: ./extra node10");
  }, 30_000);
});
