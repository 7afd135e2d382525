import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./process.mjs";
import { verdaccioConfig } from "./verdaccio-config.mjs";
import { clearTimeout, setTimeout } from "node:timers";

const PIN_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "verdaccio");
const CACHE_ROOT = join(PIN_DIR, "..", "node_modules", ".cache");

/**
 * Installs the pinned Verdaccio (tooling/release/verdaccio/package-lock.json) with `npm ci` into a
 * cache folder keyed by the lockfile's hash, once; later runs reuse it.
 *
 * @returns {Promise<string>} the path of Verdaccio's bin script
 */
export async function ensureVerdaccio() {
  const lock = readFileSync(join(PIN_DIR, "package-lock.json"));
  const key = createHash("sha256").update(lock).digest("hex").slice(0, 12);
  const target = join(CACHE_ROOT, `verdaccio-${key}`);
  const bin = join(target, "node_modules", "verdaccio", "bin", "verdaccio");
  if (existsSync(bin)) return bin;
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  copyFileSync(join(PIN_DIR, "package.json"), join(staging, "package.json"));
  copyFileSync(join(PIN_DIR, "package-lock.json"), join(staging, "package-lock.json"));
  try {
    await run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: staging });
    if (!existsSync(target)) renameSync(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return bin;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/**
 * Starts Verdaccio on 127.0.0.1 with its storage, config and log under `dir`, and waits until it
 * answers `/-/ping`.
 *
 * @param {{ bin: string, dir: string, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, port: number, logFile: string, stop: () => Promise<void> }>}
 */
export async function startVerdaccio({ bin, dir, timeoutMs = 60_000 }) {
  const storage = join(dir, "storage");
  mkdirSync(storage, { recursive: true });
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, verdaccioConfig({ storage }));
  const logFile = join(dir, "verdaccio.log");
  const log = openSync(logFile, "a");
  const port = await freePort();
  const child = spawn(process.execPath, [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", log, log],
  });
  let exited = null;
  child.on("exit", (code, signal) => (exited = signal ?? code));
  const stop = () =>
    new Promise((resolvePromise) => {
      if (exited !== null) return resolvePromise();
      const force = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(force);
        resolvePromise();
      });
      child.kill("SIGTERM");
    });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`Verdaccio exited (${exited}) before answering. Its log:\n${readFileSync(logFile, "utf8")}`);
    }
    try {
      const response = await globalThis.fetch(`${url}-/ping`);
      if (response.ok) return { url, port, logFile, stop, pid: child.pid };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`Verdaccio did not answer ${url}-/ping within ${timeoutMs} ms. Its log:\n${readFileSync(logFile, "utf8")}`);
}
