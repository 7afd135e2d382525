#!/usr/bin/env node
// size — minified + gzipped size (esbuild, platform browser) of each public package's main entry
// and of each other `exports` subpath (e.g. @backprop/data/digits, one row each), with and without
// its dependencies, and what stays when nothing of it is used (should be 0 B).
// `--write` records the figure in each package's README; `--check` fails when a README's figure is
// not the one measured now (run `pnpm size --write` to refresh them).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatBytes } from "../src/bundle.mjs";
import { codeSubpaths, measurePackage, readmeSizeLine, sizeLine, withSizeLine } from "../src/size.mjs";
import { listWorkspacePackages, missingEntryFiles, publicPackages } from "../src/workspace.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const write = process.argv.includes("--write");
const check = process.argv.includes("--check");
const stale = [];
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const rows = [];
let failed = 0;

/** The table row of one measured entry. */
function row(name, size) {
  const builtins = size.nodeBuiltins.length ? size.nodeBuiltins.map((b) => b.split(" ")[0]).join(", ") : "none";
  return `| ${name} | ${formatBytes(size.total)} | ${formatBytes(size.own)} | ${size.retained === null ? "n/a (re-exports only)" : formatBytes(size.retained)} | ${builtins} |`;
}

for (const pkg of publicPackages(listWorkspacePackages(ROOT))) {
  if (only.length && !only.includes(pkg.name)) continue;
  const dir = join(ROOT, pkg.dir);
  const missing = missingEntryFiles(dir, pkg.manifest);
  if (missing.length) {
    failed += 1;
    rows.push(`| ${pkg.name} | not built (missing ${missing[0]}) | | | |`);
    continue;
  }
  try {
    const size = await measurePackage({ dir, manifest: pkg.manifest });
    rows.push(row(pkg.name, size));
    const readmePath = join(dir, "README.md");
    const line = sizeLine(size, Object.keys(pkg.manifest.dependencies ?? {}).length > 0);
    const readme = existsSync(readmePath) ? readFileSync(readmePath, "utf8") : null;
    if (write && readme !== null) writeFileSync(readmePath, withSizeLine(readme, line));
    else if (check && (readme === null || readmeSizeLine(readme) !== line)) {
      stale.push(`${pkg.dir}/README.md: ${readme === null ? "missing" : readmeSizeLine(readme) ?? "no Size: line"}\n    measured now: ${line}`);
    }
  } catch (error) {
    failed += 1;
    rows.push(`| ${pkg.name} | failed: ${error.message.split("\n")[0]} | | | |`);
  }
  for (const subpath of codeSubpaths(pkg.manifest)) {
    const name = `${pkg.name}${subpath.slice(1)}`;
    try {
      rows.push(row(name, await measurePackage({ dir, manifest: pkg.manifest, subpath })));
    } catch (error) {
      failed += 1;
      rows.push(`| ${name} | failed: ${error.message.split("\n")[0]} | | | |`);
    }
  }
}

console.log("| package | min+gzip with dependencies | min+gzip on its own | kept when unused (min) | Node built-ins reached |");
console.log("| --- | --- | --- | --- | --- |");
console.log(rows.join("\n"));
if (write) console.log("\nREADME size lines updated.");
if (check) {
  console.log(stale.length ? `\n${stale.length} README size line(s) differ from the measured size (run \`pnpm size --write\`):\n${stale.join("\n")}` : "\nEvery README size line matches the measured size.");
}
process.exitCode = failed || stale.length ? 1 : 0;
