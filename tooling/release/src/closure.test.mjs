import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkBackpropClosure, installedPackages, isBackpropName } from "./closure.mjs";

const dir = mkdtempSync(join(tmpdir(), "closure-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakePackage(path, name, version) {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, "package.json"), JSON.stringify({ name, version }));
}

describe("installedPackages", () => {
  it("finds plain, scoped and nested packages in an npm layout", () => {
    const nm = join(dir, "node_modules");
    fakePackage(join(nm, "@backprop", "data"), "@backprop/data", "0.2.0");
    fakePackage(join(nm, "@backprop", "linalg"), "@backprop/linalg", "0.2.0");
    fakePackage(join(nm, "left-pad"), "left-pad", "1.3.0");
    fakePackage(join(nm, "left-pad", "node_modules", "@backprop", "linalg"), "@backprop/linalg", "0.1.0");
    mkdirSync(join(nm, ".bin"), { recursive: true });
    const found = installedPackages(dir);
    expect([...found.keys()].sort()).toEqual(["@backprop/data", "@backprop/linalg", "left-pad"]);
    expect([...found.get("@backprop/linalg")].sort()).toEqual(["0.1.0", "0.2.0"]);
  });

  it("returns nothing for a project without node_modules", () => {
    expect(installedPackages(join(dir, "missing")).size).toBe(0);
  });
});

describe("checkBackpropClosure", () => {
  it("passes when exactly the expected backprop packages came, whatever else did", () => {
    const result = checkBackpropClosure(["@backprop/linalg", "left-pad", "@backprop/data"], ["@backprop/data", "@backprop/linalg"]);
    expect(result).toEqual({ ok: true, found: ["@backprop/data", "@backprop/linalg"], unexpected: [], missing: [] });
  });

  it("fails on an extra package (data must not pull in layers) and on a missing one", () => {
    const result = checkBackpropClosure(["@backprop/data", "@backprop/layers"], ["@backprop/data", "@backprop/linalg"]);
    expect(result.ok).toBe(false);
    expect(result.unexpected).toEqual(["@backprop/layers"]);
    expect(result.missing).toEqual(["@backprop/linalg"]);
  });

  it("counts the umbrella as ours but not look-alike names", () => {
    expect(isBackpropName("backprop-nn")).toBe(true);
    // `backprop` on the npm registry is someone else's (Backbone properties), not our umbrella.
    expect(isBackpropName("backprop")).toBe(false);
    expect(isBackpropName("@backprop/viz")).toBe(true);
    expect(isBackpropName("backprop-js")).toBe(false);
    expect(isBackpropName("@backpropx/viz")).toBe(false);
  });
});
