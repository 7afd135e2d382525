import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { importedPackages, readmeExamples } from "./readme-examples.mjs";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const cli = (args, cwd) => execFileSync(process.execPath, [join(root, "apps/cli/dist/cli.js"), ...args], { cwd, stdio: "pipe" });
/**
 * What a README's examples expect to find where they run, made as the README's own transcript
 * makes it: the interop scripts read the model.onnx and web-model/ that `backprop export` wrote.
 */
const setups = {
  "packages/interop/README.md": (cwd) => {
    cli(["train", "--data", "iris", "--epochs", "300", "--seed", "3", "--save", "model.json"], cwd);
    cli(["export", "--model", "model.json", "--format", "onnx", "--with-preprocessing", "--out", "model.onnx"], cwd);
    cli(["export", "--model", "model.json", "--format", "tfjs", "--out", "web-model"], cwd);
  },
};
const examples = readmeExamples(root);
/** A README's examples run in order in one empty folder of its own (a later one may read what an earlier one wrote), never in the repo. */
const scratch = mkdtempSync(join(tmpdir(), "readme-examples-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("readmeExamples", () => {
  it("finds the fenced blocks, indented ones included, and what they import", () => {
    expect(examples.length).toBeGreaterThan(20);
    // An indented block (inside a list item) is found and dedented.
    expect(examples.some((e) => e.readme === "packages/data/README.md" && e.code.includes("\nconst wanted = new Set("))).toBe(true);
    expect(importedPackages('import { a } from "@backprop/data";\nimport x from "node:fs";\nconst o = await import("onnxruntime-node/dist");\nimport "./local.js";\nimport "fast-check";\nconst s = [1].join(" ") + " from \' \'";')).toEqual([
      "@backprop/data",
      "onnxruntime-node",
      "fast-check",
    ]);
  });
});

describe("every code example in the READMEs runs as written (against the built packages)", () => {
  it.each(examples.map((e) => [`${e.readme} #${e.index}`, e]))("%s", (label, e) => {
    if (e.home === null) throw new Error(`${label} imports ${e.needs.join(", ")}: no folder of the workspace resolves them all.`);
    const code = e.lang === "ts" ? transformSync(e.code, { loader: "ts", format: "esm" }).code : e.code;
    // The file sits in the example's home so that its imports resolve as a user's would; it runs in its README's own folder.
    const file = join(e.home, `.readme-example-${process.pid}-${e.readme.replace(/\W+/g, "-")}-${e.index}.mjs`);
    const cwd = join(scratch, e.readme.replace(/\W+/g, "-"));
    if (!existsSync(cwd)) {
      mkdirSync(cwd);
      setups[e.readme]?.(cwd);
    }
    writeFileSync(file, code);
    try {
      execFileSync(process.execPath, [file], { cwd, stdio: "pipe", timeout: 120_000 });
    } catch (error) {
      const stderr = String(error.stderr ?? error.message).trim().split("\n").slice(0, 8).join("\n");
      throw new Error(`${label} fails:\n${stderr}`);
    } finally {
      rmSync(file, { force: true });
    }
  }, 150_000);
});
