import { spawn } from "node:child_process";
import { clearTimeout, setTimeout } from "node:timers";

const active = new Set();
let stopped = false;

/**
 * Ends every command that `run` started and that is still running (used when interrupted), and
 * waits (up to `timeoutMs`) until they have exited, so none writes into a folder being removed.
 * From then on `run` starts nothing: the run is being torn down, and a command started now (the
 * next step reacting to the failure of the one just killed) would outlive it.
 */
export function killActiveChildren({ signal = "SIGTERM", timeoutMs = 5000 } = {}) {
  stopped = true;
  const exits = [...active].map(
    (child) => new Promise((resolveExit) => {
      child.once("close", resolveExit);
      child.kill(signal);
    }),
  );
  return Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, timeoutMs))]);
}

/**
 * Runs a command, capturing its output. Rejects with the command line and the tail of its output
 * when it exits non-zero or cannot start, so that a failed step explains itself.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, check?: boolean }} options
 *   `check: false` resolves whatever the exit code (still rejects when the command cannot start)
 * @returns {Promise<{ stdout: string, stderr: string, code: number | null }>}
 */
export function run(command, args, { cwd, env = process.env, timeoutMs = 300_000, check = true }) {
  return new Promise((resolvePromise, reject) => {
    if (stopped) return reject(new Error(`${command} ${args.join(" ")} not started: the run is being stopped`));
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    active.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    const line = `${command} ${args.join(" ")} (in ${cwd})`;
    child.on("error", (error) => {
      active.delete(child);
      clearTimeout(timer);
      reject(new Error(`${line} could not start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      active.delete(child);
      clearTimeout(timer);
      if (code === 0 || (!check && signal === null)) return resolvePromise({ stdout, stderr, code });
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-30).join("\n");
      reject(new Error(`${line} exited with ${signal ?? code}:\n${tail}`));
    });
  });
}
