import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as umbrella from "./index.js";
import type { Activation, FitOptions, IrisDataset, Matrix, Param } from "./index.js";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  dependencies: Record<string, string>;
};
const libraries = Object.keys(manifest.dependencies).sort();
/** Names two packages export, and the package whose export the umbrella keeps (see index.ts). */
const RESOLVED: Record<string, string> = { confusionMatrix: "@backprop/viz" };
const modules = new Map<string, Record<string, unknown>>(
  await Promise.all(libraries.map(async (name) => [name, (await import(name)) as Record<string, unknown>] as const)),
);

describe("backprop (umbrella)", () => {
  it("depends on every public library package of the workspace, as workspace:^", () => {
    const packagesDir = new URL("../../", import.meta.url);
    const publicLibraries = readdirSync(packagesDir)
      .map((dir) => new URL(`${dir}/package.json`, packagesDir))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, "utf8")) as { name: string; private?: boolean })
      // interop (ONNX, TF.js) stays out of the umbrella on purpose: most users never need it.
      .filter((pkg) => !pkg.private && pkg.name.startsWith("@backprop/") && pkg.name !== "@backprop/interop")
      .map((pkg) => pkg.name)
      .sort();
    expect(libraries).toEqual(publicLibraries);
    expect(Object.values(manifest.dependencies).every((range) => range === "workspace:^")).toBe(true);
  });

  it.each(libraries)("re-exports every runtime export of %s as the same object", (name) => {
    const library = modules.get(name) ?? {};
    const names = Object.keys(library);
    expect(names.length).toBeGreaterThan(0);
    const exported = umbrella as Record<string, unknown>;
    const missing = names.filter((key) => exported[key] !== library[key] && !(key in RESOLVED && RESOLVED[key] !== name));
    expect(missing).toEqual([]);
  });

  it("has no name exported by two packages (export * would silently drop it) except those resolved in index.ts", () => {
    const owners = new Map<string, string[]>();
    for (const [name, library] of modules) {
      for (const key of Object.keys(library)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    const clashes = [...owners].filter(([, from]) => from.length > 1);
    expect(clashes.map(([key]) => key).sort()).toEqual(Object.keys(RESOLVED).sort());
    for (const [key, from] of clashes) {
      expect(from).toContain(RESOLVED[key]);
      expect((umbrella as Record<string, unknown>)[key]).toBe(modules.get(RESOLVED[key] as string)?.[key]);
    }
  });

  it("exports nothing of its own beyond its packages' exports", () => {
    const union = new Set([...modules.values()].flatMap((library) => Object.keys(library)));
    expect(Object.keys(umbrella).filter((key) => !union.has(key))).toEqual([]);
  });

  it("carries the packages' types too", () => {
    const x: Matrix = umbrella.Matrix.from([[0, 1]]);
    const activation: Activation = umbrella.relu;
    const param: Param = { name: "w", value: x, grad: umbrella.Matrix.zeros(1, 2) };
    const options: FitOptions = { epochs: 1, optimizer: "sgd" };
    const iris: IrisDataset = umbrella.loadIris();
    expect(activation.forward(param.value).toArray()).toEqual([[0, 1]]);
    expect(options.epochs).toBe(1);
    expect(iris.x.rows).toBe(150);
  });
});
