// Regenerates the README's decision-boundary plot (docs/moons-boundary.svg and .png): trains the
// moons example with the built CLI, which writes the SVG and, for a .png path, renders it itself.
//
// Usage (after `pnpm build`):
//   pnpm docs:plot            writes both files to a fresh temp dir and prints where (no tracked file changes)
//   pnpm docs:plot --write    writes them over docs/moons-boundary.svg and docs/moons-boundary.png
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "apps/cli/bin/backprop.mjs");
const FILES = ["moons-boundary.svg", "moons-boundary.png"];
// The command the README shows above the image.
const TRAIN = ["train", "--data", "moons", "--optimizer", "adam", "--lr", "0.01", "--epochs", "300"];

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--write");
if (unknown.length > 0) {
  console.error(`readme-plot: unknown argument ${unknown[0]}. Expected nothing or --write.`);
  process.exit(2);
}
const write = args.includes("--write");

// Without INIT_CWD the CLI resolves paths against its own working directory (see apps/cli invocationDir).
const env = { ...process.env };
delete env.INIT_CWD;
const out = mkdtempSync(join(tmpdir(), "backprop-readme-plot-"));
let summary = "";
for (const file of FILES) {
  // Seeded: both runs train the same network, so the PNG is the SVG rendered.
  const text = execFileSync("node", [BIN, ...TRAIN, "--plot-boundary", join(out, file)], { cwd: ROOT, env, encoding: "utf8" });
  summary = text.split("\n").find((line) => line.startsWith("final loss")) ?? summary;
}
console.log(summary);

if (write) {
  for (const file of FILES) copyFileSync(join(out, file), join(ROOT, "docs", file));
  console.log(`Wrote ${FILES.map((f) => `docs/${f}`).join(" and ")} (check the README's caption against the accuracy above).`);
} else {
  console.log(`Wrote ${FILES.map((f) => join(out, f)).join(" and ")}; tracked files are unchanged (pass --write to update docs/).`);
}
