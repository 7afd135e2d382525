import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { run } from "./process.mjs";

const require = createRequire(import.meta.url);

/**
 * publint over a packed tarball, strict: errors and warnings fail, suggestions are reported.
 *
 * @param {string} tarballPath
 * @returns {Promise<{ ok: boolean, lines: string[] }>}
 */
export async function runPublint(tarballPath) {
  const bytes = readFileSync(tarballPath);
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball }, level: "suggestion", strict: true });
  const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
  return { ok: !messages.some((m) => m.type !== "suggestion"), lines };
}

/**
 * @arethetypeswrong/cli over a packed tarball with its `node16` profile, the one for packages
 * that ship both ESM and CJS: node16 from CJS, node16 from ESM and bundler resolution must all
 * work (the legacy node10 resolution, which cannot see `exports` subpaths, is reported by attw
 * but not required). A run that does not produce its JSON report, or that analysed no
 * entrypoint, is a failure, never a pass.
 *
 * @param {string} tarballPath
 * @returns {Promise<{ ok: boolean, lines: string[] }>}
 */
export async function runAttw(tarballPath) {
  const bin = join(dirname(require.resolve("@arethetypeswrong/cli/package.json")), "dist", "index.js");
  let stdout;
  let code;
  try {
    // attw exits 1 when it finds problems; its JSON report is on stdout either way.
    ({ stdout, code } = await run(process.execPath, [bin, tarballPath, "--format", "json", "--profile", "node16"], {
      cwd: dirname(tarballPath),
      check: false,
    }));
  } catch (error) {
    return { ok: false, lines: [`attw could not run: ${error.message}`] };
  }
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { ok: false, lines: [`attw printed no JSON report: ${String(stdout).slice(0, 300)}`] };
  }
  const entrypoints = Object.keys(report.analysis?.entrypoints ?? {});
  if (entrypoints.length === 0) return { ok: false, lines: ["attw analysed no entrypoint"] };
  // The JSON report lists every problem; the node16 profile only ignores those of node10.
  const all = Object.entries(report.problems ?? {}).flatMap(([kind, list]) =>
    list.map((p) => ({ node10: p.resolutionKind === "node10", line: `${kind}: ${p.entrypoint ?? ""} ${p.resolutionKind ?? ""} ${p.fileName ?? ""}`.trim() })),
  );
  const problems = all.filter((p) => !p.node10).map((p) => p.line);
  const notes = all.filter((p) => p.node10).map((p) => `(node10 only, not required) ${p.line}`);
  if (problems.length === 0 && code !== 0) return { ok: false, lines: [`attw exited with ${code} but listed no problem`] };
  if (problems.length > 0 && code === 0) return { ok: false, lines: [...problems, "attw exited with 0 despite these problems"] };
  return { ok: problems.length === 0, lines: problems.length ? [...problems, ...notes] : [`entrypoints ${entrypoints.join(", ")}: no problems`, ...notes] };
}
