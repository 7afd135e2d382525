// Runs every benchmark suite in this folder: each `*.bench.mjs` file default-exports an async
// function that prints its own results. Add a suite by adding a file; nothing here changes.
//   pnpm bench               every suite, in file-name order
//   pnpm bench matmul ...    only the suites whose file name contains one of the words
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { cpus } from "node:os";

const here = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const suites = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .sort();

if (suites.length === 0) {
  console.error(`bench: no suite matches ${filters.join(", ")}. Suites are the *.bench.mjs files in ${here}`);
  process.exit(2);
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`);
for (const file of suites) {
  console.log(`\n## ${file.replace(/\.bench\.mjs$/, "")}\n`);
  const suite = await import(pathToFileURL(join(here, file)).href);
  await suite.default();
}
