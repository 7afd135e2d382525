// For the profiling aids only: @backprop/linalg's module with gemm.wat's runtime and thread pool
// (which the package does not export) added to its export list. The built bundle is copied to a
// temporary file with those names added, imported, and the copy removed. It is a second instance
// of the module, with a runtime and a pool of its own beside those the installed package uses.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const INTERNALS = ["wasmRuntime", "grow", "threadPool", "parallelGemm", "threadsInUse", "SCRATCH"];
const bundle = readFileSync(fileURLToPath(import.meta.resolve("@backprop/linalg")), "utf8");
if (!bundle.includes("\nexport { ")) throw new Error("linalg-internals: the linalg bundle has no `export { … }` list to extend (has its build changed?)");
const dir = mkdtempSync(join(tmpdir(), "linalg-internals-"));
const copy = join(dir, "linalg-internals.mjs");
writeFileSync(copy, bundle.replace("\nexport { ", `\nexport { ${INTERNALS.join(", ")}, `));
/** The copied module: every export of @backprop/linalg plus the internals above. */
export const linalg = await import(pathToFileURL(copy).href);
rmSync(dir, { recursive: true });
