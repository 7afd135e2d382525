import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base";

// Two entries: the browser-safe main entry, and `./node` (loadCsv) which may read files.
export default defineConfig(libraryBuild({ entry: ["src/index.ts", "src/node.ts"] }));
