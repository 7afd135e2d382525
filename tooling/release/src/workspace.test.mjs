import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { listWorkspacePackages, missingEntryFiles, nonPrivateAppsAndTooling, publicPackages, workspaceGlobs } from "./workspace.mjs";

const dir = mkdtempSync(join(tmpdir(), "workspace-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path, content) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content));
}

describe("workspaceGlobs", () => {
  it("reads quoted and bare globs", () => {
    expect(workspaceGlobs('packages:\n  - "packages/*"\n  - apps/*\n  - \'tooling/x\'\n')).toEqual(["packages/*", "apps/*", "tooling/x"]);
  });

  it("refuses globs it cannot expand", () => {
    expect(() => workspaceGlobs('packages:\n  - "packages/**"\n')).toThrow(/^workspaceGlobs: only "dir" and "dir\/\*" globs are supported\. Received: glob="packages\/\*\*"\.$/);
  });
});

describe("listWorkspacePackages", () => {
  write("pnpm-workspace.yaml", 'packages:\n  - "packages/*"\n  - "apps/*"\n  - "tooling/*"\n');
  write("packages/a/package.json", { name: "@x/a", version: "1.0.0", main: "./dist/a.cjs", exports: { ".": { import: "./dist/a.js", require: "./dist/a.cjs" } } });
  write("packages/a/dist/a.js", "");
  write("packages/notes/README.md", "not a package");
  write("apps/web/package.json", { name: "@x/web", version: "0.0.0", private: true });
  write("tooling/leaky/package.json", { name: "@x/leaky", version: "0.0.0" });

  it("lists folders with a package.json and tells public from private", () => {
    const all = listWorkspacePackages(dir);
    expect(all.map((p) => p.dir)).toEqual(["apps/web", "packages/a", "tooling/leaky"]);
    expect(publicPackages(all).map((p) => p.name)).toEqual(["@x/a", "@x/leaky"]);
  });

  it("names apps and tooling that are not private", () => {
    expect(nonPrivateAppsAndTooling(listWorkspacePackages(dir))).toEqual(["@x/leaky (tooling/leaky)"]);
  });

  it("lists the entry files the manifest promises but the build did not write", () => {
    const [a] = listWorkspacePackages(dir).filter((p) => p.name === "@x/a");
    expect(missingEntryFiles(join(dir, "packages/a"), a.manifest)).toEqual(["./dist/a.cjs"]);
  });
});

describe("this repository", () => {
  it("keeps every app and tooling package private, so changesets never publishes them", () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
    const all = listWorkspacePackages(root);
    expect(all.some((p) => p.dir.startsWith("tooling/"))).toBe(true);
    expect(nonPrivateAppsAndTooling(all)).toEqual([]);
  });
});
