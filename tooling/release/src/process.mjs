import { spawn } from "node:child_process";
import { clearTimeout, setTimeout } from "node:timers";

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
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    const line = `${command} ${args.join(" ")} (in ${cwd})`;
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${line} could not start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 || (!check && signal === null)) return resolvePromise({ stdout, stderr, code });
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-30).join("\n");
      reject(new Error(`${line} exited with ${signal ?? code}:\n${tail}`));
    });
  });
}
