#!/usr/bin/env node
// lint:packages — packs every public workspace package (pnpm pack, so workspace: ranges are
// replaced as on publish) and runs publint and @arethetypeswrong/cli over each tarball.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runAttw, runPublint } from "../src/lint.mjs";
import { createCleanup } from "../src/cleanup.mjs";
import { killActiveChildren, run } from "../src/process.mjs";
import { pnpmCommand } from "../src/tools.mjs";
import { listWorkspacePackages, missingEntryFiles, publicPackages } from "../src/workspace.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const pnpm = pnpmCommand(process.env, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).packageManager);
const packDir = mkdtempSync(join(tmpdir(), "backprop-lint-"));
// Interrupted (Ctrl-C, SIGTERM): end pnpm pack / attw first, so none writes into packDir after it is gone.
const cleanup = createCleanup({ onSignal: () => killActiveChildren() });
cleanup.removeDir(packDir);
const rows = [];

try {
  const packages = publicPackages(listWorkspacePackages(ROOT)).filter((p) => only.length === 0 || only.includes(p.name));
  if (packages.length === 0) throw new Error(`no public package matches ${only.join(", ") || "the workspace"}`);
  for (const pkg of packages) {
    const dir = join(ROOT, pkg.dir);
    const missing = missingEntryFiles(dir, pkg.manifest);
    if (missing.length) {
      rows.push({ name: pkg.name, publint: { ok: false, lines: [`not built: missing ${missing.join(", ")}`] }, attw: { ok: false, lines: ["not built"] } });
      continue;
    }
    const dest = join(packDir, pkg.name.replace("/", "__"));
    try {
      await run(pnpm.command, [...pnpm.prefix, "pack", "--pack-destination", dest], { cwd: dir });
    } catch (error) {
      rows.push({ name: pkg.name, publint: { ok: false, lines: [`could not pack: ${error.message}`] }, attw: { ok: false, lines: ["not run"] } });
      continue;
    }
    const tarball = join(dest, readdirSync(dest).find((f) => f.endsWith(".tgz")));
    rows.push({ name: pkg.name, publint: await runPublint(tarball), attw: await runAttw(tarball) });
  }
} catch (error) {
  rows.push({ name: "lint:packages", publint: { ok: false, lines: [error.message] }, attw: { ok: false, lines: [] } });
} finally {
  await cleanup.run();
  cleanup.detach();
}

let failed = 0;
for (const { name, publint, attw } of rows) {
  const ok = publint.ok && attw.ok;
  if (!ok) failed += 1;
  console.log(`${ok ? "✓" : "✗"} ${name}`);
  console.log(`    publint ${publint.ok ? "pass" : "FAIL"}${publint.lines.map((l) => `\n      ${l}`).join("")}`);
  console.log(`    attw    ${attw.ok ? "pass" : "FAIL"}${attw.lines.map((l) => `\n      ${l}`).join("")}`);
}
console.log(`packages: ${rows.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
