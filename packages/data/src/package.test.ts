import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const pkg = JSON.parse(readFileSync(root("package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
};

describe("@backprop/data as published", () => {
  it("depends on @backprop/linalg only", () => {
    expect(Object.keys(pkg.dependencies)).toEqual(["@backprop/linalg"]);
  });

  it("has a browser-safe main entry: the built dist/index.js and index.cjs import no Node built-in", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      expect(existsSync(root(file)), `${file} is built (run the build first)`).toBe(true);
      const code = readFileSync(root(file), "utf8");
      expect(code).not.toMatch(/["']node:/);
      expect(code).not.toMatch(/(from|require\()\s*["'](fs|path|os|url|fs\/promises)["']/);
      const imports = [...code.matchAll(/(?:from|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
      expect(new Set(imports)).toEqual(new Set(["@backprop/linalg"]));
    }
  });

  it("ships loadCsv as a separate ./node export that does read files", () => {
    expect(Object.keys(pkg.exports)).toContain("./node");
    expect(readFileSync(root("dist/node.js"), "utf8")).toMatch(/["'](node:)?fs\/promises["']/);
  });
});
