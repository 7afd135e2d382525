import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** One logged epoch of a generated program. */
export interface LoggedEpoch {
  epoch: number;
  train: number;
  test: number;
}

/**
 * Test helper (Node only, never imported by the page): compiles "copy as code" output, runs it
 * with Node for `epochs` epochs (its own count replaced), logging every epoch with full precision, and parses its lines.
 * Only the epoch count and the number format are changed; the program is otherwise run as printed,
 * in a temporary directory holding `files` (name → text: an uploaded CSV the program reads).
 */
export function runGenerated(code: string, epochs: number, files: Record<string, string> = {}): LoggedEpoch[] {
  const edited = code
    .replace(/^const EPOCHS = \d+;.*$/m, `const EPOCHS = ${epochs};`)
    .replace("const LOG_EVERY = 10;", "const LOG_EVERY = 1;")
    .replaceAll(".toFixed(4)", ".toPrecision(17)");
  const js = ts.transpileModule(edited, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  // Written inside apps/web so that `@backprop/*` resolve from its node_modules, as for a user.
  const file = fileURLToPath(new URL(`../../generated-${process.pid}-${Date.now()}.mjs`, import.meta.url));
  writeFileSync(file, js);
  const dir = mkdtempSync(join(tmpdir(), "generated-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    const out = execFileSync(process.execPath, [file], { encoding: "utf8", cwd: dir }).trim().split("\n");
    return out.map((line) => {
      const m = /^epoch (\d+): training loss (\S+), test loss (\S+)$/.exec(line);
      if (!m) throw new Error(`runGenerated: unexpected output line. Received: ${JSON.stringify(line)}.`);
      return { epoch: Number(m[1]), train: Number(m[2]), test: Number(m[3]) };
    });
  } finally {
    rmSync(file, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
