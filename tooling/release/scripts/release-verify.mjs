#!/usr/bin/env node
// release:verify — proves the release for real: publishes every public package to a local
// Verdaccio (in a throwaway copy of the workspace, after `changeset version`), then installs them
// with plain npm into empty projects and uses them as a user would. See ../README.md.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createCleanup } from "../src/cleanup.mjs";
import { ensureVerdaccio, startVerdaccio } from "../src/registry.mjs";
import { createReport, StepFailed } from "../src/steps.mjs";
import { killActiveChildren, run } from "../src/process.mjs";
import { cleanEnv, pnpmCommand } from "../src/tools.mjs";
import { listWorkspacePackages, missingEntryFiles, nonPrivateAppsAndTooling, publicPackages } from "../src/workspace.mjs";
import { checkPublishedManifests, consumerChecks } from "../src/consumer.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const keep = process.argv.includes("--keep");
// For working on this script while packages are still being written: leave unbuilt packages out.
const skipUnbuilt = process.argv.includes("--skip-unbuilt");
const report = createReport();
const cleanup = createCleanup({
  onSignal: (signal) => {
    report.stop(`${signal} received`);
    return killActiveChildren();
  },
});
const pnpm = pnpmCommand(process.env, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).packageManager);
const startedAt = Date.now();

async function main() {
  const base = mkdtempSync(join(tmpdir(), "backprop-release-"));
  if (keep) console.log(`--keep: leaving ${base} in place`);
  else cleanup.removeDir(base);
  const ws = join(base, "workspace");
  const pnpmEnv = cleanEnv();
  let registry;
  let packages;

  await report.step("workspace packages are built and apps/tooling are private", async () => {
    const all = listWorkspacePackages(ROOT);
    const leaks = nonPrivateAppsAndTooling(all);
    if (leaks.length) throw new Error(`not "private": true: ${leaks.join(", ")}`);
    packages = publicPackages(all);
    if (packages.length === 0) throw new Error("no public package found under the workspace globs");
    const unbuilt = packages
      .map((p) => [p.name, missingEntryFiles(join(ROOT, p.dir), p.manifest)])
      .filter(([, missing]) => missing.length)
      .map(([name, missing]) => `${name} (missing ${missing.join(", ")})`);
    if (unbuilt.length && !skipUnbuilt) throw new Error(`run \`turbo run build\` first; not built: ${unbuilt.join("; ")}`);
    packages = packages.filter((p) => missingEntryFiles(join(ROOT, p.dir), p.manifest).length === 0);
    const skipped = unbuilt.length ? ` (--skip-unbuilt left out ${unbuilt.length})` : "";
    return `${packages.length} public: ${packages.map((p) => p.name).join(", ")}${skipped}`;
  }, { critical: true });

  await report.step("copy the workspace to a temp dir (without node_modules, .git)", async () => {
    const skip = new Set(["node_modules", ".git", ".turbo", "coverage"]);
    cpSync(ROOT, ws, { recursive: true, filter: (src) => !skip.has(src.split("/").pop()) });
    const { stdout } = await installWorkspaceCopy(ws, pnpmEnv);
    return `${ws} (${stdout.includes("Done") ? "pnpm install --offline done" : "installed"})`;
  }, { critical: true });

  await report.step("start Verdaccio 5.33.0 on 127.0.0.1", async () => {
    const bin = await ensureVerdaccio();
    registry = await startVerdaccio({ bin, dir: join(base, "registry") });
    cleanup.add(() => registry.stop());
    // npm refuses to publish without a token; Verdaccio accepts any for $anonymous publish.
    const host = registry.url.replace(/^http:/, "");
    // The workspace keeps no .npmrc of its own (pnpm's defaults suffice), so the copy may have none.
    const npmrc = join(ws, ".npmrc");
    const existing = existsSync(npmrc) ? readFileSync(npmrc, "utf8") : "";
    writeFileSync(npmrc, `${existing}\n${host}:_authToken=release-verify\n`);
    return `${registry.url} (pid ${registry.pid}, storage in ${join(base, "registry", "storage")})`;
  }, { critical: true });

  const versions = await report.step("changeset version (in the copy)", async () => {
    await run(pnpm.command, [...pnpm.prefix, "exec", "changeset", "version"], { cwd: ws, env: pnpmEnv });
    const names = new Set(packages.map((p) => p.name));
    const copied = listWorkspacePackages(ws);
    const after = new Map(publicPackages(copied).filter((p) => names.has(p.name)).map((p) => [p.name, p.version]));
    const original = new Map(listWorkspacePackages(ROOT).map((p) => [p.name, p.version]));
    const privateBumped = copied.filter((p) => p.private && p.version !== original.get(p.name)).map((p) => p.name);
    if (privateBumped.length) throw new Error(`private packages were versioned: ${privateBumped.join(", ")}`);
    const bumped = packages.filter((p) => p.version !== after.get(p.name));
    const noChangelog = bumped.filter((p) => !existsSync(join(ws, p.dir, "CHANGELOG.md"))).map((p) => p.name);
    if (noChangelog.length) throw new Error(`bumped without a CHANGELOG.md: ${noChangelog.join(", ")}`);
    const bumps = packages.map((p) => (p.version === after.get(p.name) ? `${p.name}@${p.version}` : `${p.name} ${p.version}→${after.get(p.name)}`));
    return { detail: `${bumps.join(", ")}; private packages untouched`, versions: after };
  }, { critical: true });

  await report.step("pnpm publish -r to the local registry", async () => {
    const filters = packages.flatMap((p) => ["--filter", p.name]);
    await run(pnpm.command, [...pnpm.prefix, "publish", "-r", ...filters, "--no-git-checks", "--access", "public", "--registry", registry.url], {
      cwd: ws,
      env: pnpmEnv,
    });
    return `published ${versions.versions.size} packages`;
  }, { critical: true });

  const published = await report.step("published manifests carry real version ranges", () =>
    checkPublishedManifests({ registryUrl: registry.url, versions: versions.versions }),
  );

  if (published) await consumerChecks({ report, base, registryUrl: registry.url, versions: versions.versions, allowSkip: skipUnbuilt });
}

try {
  await main();
} catch (error) {
  if (!(error instanceof StepFailed)) report.steps.push({ name: "unexpected error", ok: false, detail: error.stack ?? String(error), ms: 0 });
} finally {
  await cleanup.run();
  cleanup.detach();
}
console.log(`\n── release:verify summary (${((Date.now() - startedAt) / 1000).toFixed(0)} s) ──`);
console.log(report.summary());
process.exitCode = report.ok ? 0 : 1;

/** `pnpm install` in the copy, from the store only; falls back to the network if the store lacks something. */
async function installWorkspaceCopy(ws, env) {
  const args = ["install", "--ignore-scripts", "--reporter=append-only"];
  try {
    return await run(pnpm.command, [...pnpm.prefix, ...args, "--offline", "--frozen-lockfile"], { cwd: ws, env });
  } catch {
    mkdirSync(ws, { recursive: true });
    return await run(pnpm.command, [...pnpm.prefix, ...args, "--prefer-offline", "--no-frozen-lockfile"], { cwd: ws, env });
  }
}
