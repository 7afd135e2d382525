#!/usr/bin/env node
// The `backprop` binary: a committed shim so the bin link exists before the first build.
// It loads the built CLI and hands it the arguments; src/cli.ts holds everything else.
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";

const built = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write("backprop: the CLI is not built yet. Run: pnpm turbo run build --filter=@backprop/cli...\n");
  process.exit(1);
}
const { runAsBinary } = await import(built.href);
await runAsBinary(process.argv.slice(2));
