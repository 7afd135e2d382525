import { existsSync } from "node:fs";

/**
 * How to call pnpm from a child process: the pnpm that is running us when there is one (CI calls
 * `npx pnpm@9.15.9 test`, so pnpm need not be on PATH); else, when the script was started with
 * plain `node`, the pnpm the root `packageManager` field pins, through `npx`; else `pnpm` from PATH.
 *
 * @param {NodeJS.ProcessEnv} env
 * @param {string | undefined} packageManager the root package.json's `packageManager`, e.g. `"pnpm@9.15.9"`
 * @returns {{ command: string, prefix: string[] }}
 * @example
 * pnpmCommand({}, "pnpm@9.15.9"); // { command: "npx", prefix: ["--yes", "pnpm@9.15.9"] }
 */
export function pnpmCommand(env = process.env, packageManager = undefined) {
  const execPath = env.npm_execpath;
  if (execPath && /pnpm/.test(execPath) && existsSync(execPath)) {
    return execPath.endsWith(".js") || execPath.endsWith(".cjs") || execPath.endsWith(".mjs")
      ? { command: process.execPath, prefix: [execPath] }
      : { command: execPath, prefix: [] };
  }
  const pinned = /^pnpm@\d+\.\d+\.\d+$/.exec(String(packageManager ?? "").split("+")[0]);
  if (pinned) return { command: "npx", prefix: ["--yes", pinned[0]] };
  return { command: "pnpm", prefix: [] };
}

/**
 * The environment for a child npm/pnpm: ours without the `npm_config_*` settings a parent
 * `pnpm run` passes down (they would point installs at the wrong registry or cache), plus
 * `extra`.
 *
 * @param {Record<string, string>} extra
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function cleanEnv(extra = {}, env = process.env) {
  const result = {};
  for (const [key, value] of Object.entries(env)) {
    if (!/^(npm|pnpm)_config_/i.test(key)) result[key] = value;
  }
  return { ...result, ...extra };
}
