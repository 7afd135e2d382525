import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** The committed bin shim, which loads the built dist/cli.js: what a user's `backprop` runs. */
export const BIN = fileURLToPath(new URL("../bin/backprop.mjs", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** For {@link interruptCli}: milliseconds from the SIGINT to the process's exit. */
  msAfterSignal?: number;
  /** For {@link interruptCli} with `mark`: milliseconds from the SIGINT until `mark` appeared on stdout. */
  msToMark?: number;
}

/**
 * The environment a test runs the CLI in: ours with NO_COLOR, without the INIT_CWD a `pnpm vitest`
 * sets (which would move the CLI to where pnpm was started; see `invocationDir`), plus `extra`.
 */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  if (extra.INIT_CWD === undefined) delete env.INIT_CWD;
  return env;
}

/** Runs `backprop ...args` as a child process with stdout piped (so not a TTY). */
export function runCli(args: readonly string[], cwd?: string, extraEnv?: NodeJS.ProcessEnv): CliResult {
  // 64 MiB of output: a long file's predictions run past spawnSync's 1 MiB default, which kills the child.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: cliEnv(extraEnv), maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `backprop ...args`, waits for `ready` to appear on stdout, sends SIGINT, and collects the result. */
export function interruptCli(args: readonly string[], ready: RegExp, cwd?: string, mark?: RegExp): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], env: cliEnv() });
    let stdout = "";
    let stderr = "";
    let sentAt: number | undefined;
    let markAt: number | undefined;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (sentAt !== undefined && markAt === undefined && mark?.test(stdout)) markAt = performance.now();
      if (sentAt === undefined && ready.test(stdout)) {
        sentAt = performance.now();
        child.kill("SIGINT");
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({
      code,
      stdout,
      stderr,
      ...(sentAt === undefined ? {} : { msAfterSignal: performance.now() - sentAt }),
      ...(sentAt === undefined || markAt === undefined ? {} : { msToMark: markAt - sentAt }),
    }));
  });
}

/** A fresh temporary directory and a function that removes it. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "backprop-cli-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * One line on stderr, exit code 2, nothing on stdout: how every user error must look. A string
 * is the whole line; a RegExp is matched against stderr.
 */
export function expectUserError(args: string[], message: string | RegExp): void {
  const r = runCli(args);
  expect([r.code, r.stdout]).toEqual([2, ""]);
  if (typeof message === "string") {
    expect(r.stderr).toBe(`${message}\n`);
  } else {
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  }
}
