import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, pnpmCommand } from "./tools.mjs";

const dir = mkdtempSync(join(tmpdir(), "tools-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pnpmCommand", () => {
  it("reuses the pnpm that runs us (npm_execpath): a .cjs through node, a binary directly", () => {
    const script = join(dir, "pnpm.cjs");
    const binary = join(dir, "pnpm");
    writeFileSync(script, "");
    writeFileSync(binary, "");
    expect(pnpmCommand({ npm_execpath: script }, "pnpm@9.15.9")).toEqual({ command: process.execPath, prefix: [script] });
    expect(pnpmCommand({ npm_execpath: binary }, "pnpm@9.15.9")).toEqual({ command: binary, prefix: [] });
  });

  it("started with plain node, uses the version packageManager pins, through npx", () => {
    expect(pnpmCommand({}, "pnpm@9.15.9")).toEqual({ command: "npx", prefix: ["--yes", "pnpm@9.15.9"] });
    expect(pnpmCommand({}, "pnpm@9.15.9+sha512.abc")).toEqual({ command: "npx", prefix: ["--yes", "pnpm@9.15.9"] });
    expect(pnpmCommand({ npm_execpath: "/usr/lib/node_modules/npm/bin/npm-cli.js" }, "pnpm@9.15.9").command).toBe("npx");
  });

  it("falls back to pnpm on PATH when nothing pins a version", () => {
    expect(pnpmCommand({}, undefined)).toEqual({ command: "pnpm", prefix: [] });
    expect(pnpmCommand({}, "yarn@4.0.0")).toEqual({ command: "pnpm", prefix: [] });
  });
});

describe("cleanEnv", () => {
  it("drops the npm_config_* / pnpm_config_* a parent run passes down and adds the extras", () => {
    const env = cleanEnv({ npm_config_registry: "http://127.0.0.1:1/" }, { PATH: "/bin", npm_config_cache: "/x", PNPM_CONFIG_STORE: "/y" });
    expect(env).toEqual({ PATH: "/bin", npm_config_registry: "http://127.0.0.1:1/" });
  });
});
