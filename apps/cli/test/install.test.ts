import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listWorkspacePackages } from "../../../tooling/release/src/workspace.mjs";
import { cleanEnv, pnpmCommand } from "../../../tooling/release/src/tools.mjs";
import { runCli, tempDir } from "./run-cli.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const tmp = tempDir();
afterAll(tmp.remove);

interface WorkspacePackage {
  dir: string;
  name: string;
  manifest: { dependencies?: Record<string, string> };
}

/** @backprop/cli and every workspace package it depends on, directly or not. */
function cliClosure(): WorkspacePackage[] {
  const all = listWorkspacePackages(ROOT) as WorkspacePackage[];
  const byName = new Map(all.map((p) => [p.name, p]));
  const wanted = new Set<string>();
  const visit = (name: string): void => {
    const pkg = byName.get(name);
    if (!pkg || wanted.has(name)) return;
    wanted.add(name);
    Object.keys(pkg.manifest.dependencies ?? {}).forEach(visit);
  };
  visit("@backprop/cli");
  return all.filter((p) => wanted.has(p.name));
}

function run(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: cleanEnv({ NO_COLOR: "1" }), timeout: 240_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

describe("backprop installed from its packed tarballs", () => {
  it("npm i -g --prefix DIR ./backprop-*.tgz puts a working `backprop` on DIR/bin, run from outside the repo", () => {
    const packs = join(tmp.dir, "packs");
    const prefix = join(tmp.dir, "prefix");
    const pnpm = pnpmCommand(process.env, (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { packageManager?: string }).packageManager);
    for (const pkg of cliClosure()) run(pnpm.command, [...pnpm.prefix, "pack", "--pack-destination", packs], join(ROOT, pkg.dir));
    const tarballs = readdirSync(packs).filter((f) => f.endsWith(".tgz"));
    expect(tarballs).toContain("backprop-cli-0.1.0.tgz");
    run("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", ...tarballs.map((t) => join(packs, t))], tmp.dir);
    const r = spawnSync(join(prefix, "bin", "backprop"), ["demo", "xor"], { cwd: tmp.dir, encoding: "utf8", env: cleanEnv({ NO_COLOR: "1" }) });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^Input: \[1 1\] -> Output: 0\.\d{3} -> Predicted: 0$/m);
    // The PNG path works from the installed copy too: resvg's .wasm and the font ship in their packages.
    const png = spawnSync(join(prefix, "bin", "backprop"), ["train", "--data", "xor", "--epochs", "5", "--plot-loss", "loss.png"], { cwd: tmp.dir, encoding: "utf8", env: cleanEnv() });
    expect([png.status, png.stderr]).toEqual([0, ""]);
    expect(readFileSync(join(tmp.dir, "loss.png")).subarray(1, 4).toString("latin1")).toBe("PNG");
  }, 300_000);
});

describe("run through pnpm from a subfolder", () => {
  it("writes relative paths where the user ran it (INIT_CWD), not in the workspace root", () => {
    const sub = join(tmp.dir, "sub");
    spawnSync("mkdir", ["-p", sub]);
    // Without a package.json where it starts, the CLI was not started by pnpm: INIT_CWD is only inherited.
    const inherited = runCli(["data", "xor", "--out", "inherited.csv"], tmp.dir, { INIT_CWD: sub, npm_config_user_agent: "pnpm/9.15.9 npm/? node/v20" });
    expect([inherited.code, existsSync(join(tmp.dir, "inherited.csv"))]).toEqual([0, true]);
    writeFileSync(join(tmp.dir, "package.json"), "{}\n");
    const r = runCli(["data", "xor", "--out", "x.csv"], tmp.dir, { INIT_CWD: sub, npm_config_user_agent: "pnpm/9.15.9 npm/? node/v20" });
    expect([r.code, r.stderr]).toEqual([0, "wrote 4 rows × 3 columns to x.csv\n"]);
    expect(readFileSync(join(sub, "x.csv"), "utf8")).toMatch(/^x1,x2,label\n/);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".csv"))).toEqual(["inherited.csv"]);
  });
});
