import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const pkg = JSON.parse(readFileSync(root("package.json"), "utf8")) as { exports: Record<string, unknown> };

// Each data set, its loader, and a piece of its embedded data that must not reach the main entry.
const SETS = [
  ["digits", "loadDigits", '"005d9100'],
  ["wine", "loadWine", "14.23,1.71,2.43"],
  ["breast-cancer", "loadBreastCancer", "17.99,10.38,122.8"],
  ["diabetes", "loadDiabetes", "59 2 32.1 101.0"],
] as const;

describe("the real data sets ship behind their own entry points", () => {
  it.each(SETS)("exports ./%s as ESM, CJS and types, built", (name) => {
    expect(pkg.exports[`./${name}`]).toEqual({
      import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
      require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
    });
    for (const file of [`${name}.js`, `${name}.cjs`, `${name}.d.ts`, `${name}.d.cts`]) {
      expect(existsSync(root(`dist/${file}`)), `dist/${file} is built (run the build first)`).toBe(true);
    }
  });

  it.each(SETS)("keeps %s's data out of the main entry (dist/index.js and index.cjs)", (name, loader, data) => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(root(file), "utf8");
      expect(code).not.toContain(data);
      expect(code).not.toContain(loader);
    }
    expect(readFileSync(root(`dist/${name}.js`), "utf8")).toContain(data);
  });

  it.each(SETS)("builds %s browser-safe: it imports @backprop/linalg and nothing else", (name) => {
    for (const file of [`dist/${name}.js`, `dist/${name}.cjs`]) {
      const code = readFileSync(root(file), "utf8");
      const imports = [...code.matchAll(/(?:from|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
      expect(new Set(imports)).toEqual(new Set(["@backprop/linalg"]));
    }
  });

  it.each(SETS)("loads %s from the built CJS and ESM files alike", async (name, loader) => {
    type Module = Record<string, () => { x: { data: Float64Array } }>;
    const values = (m: Module): number[] => Array.from((m[loader] as Module[string])().x.data);
    const cjs = createRequire(import.meta.url)(root(`dist/${name}.cjs`)) as Module;
    const esm = (await import(root(`dist/${name}.js`))) as Module;
    expect(values(cjs)).toEqual(values(esm));
  });
});
