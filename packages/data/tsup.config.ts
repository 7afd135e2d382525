import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base";

// The browser-safe main entry; `./node` (loadCsv), which may read files; and one entry per real
// data set, so that their data reaches a bundle only when imported.
export default defineConfig(
  libraryBuild({
    entry: {
      index: "src/index.ts",
      node: "src/node.ts",
      digits: "src/datasets/digits/index.ts",
      wine: "src/datasets/wine/index.ts",
      "breast-cancer": "src/datasets/breast-cancer/index.ts",
      diabetes: "src/datasets/diabetes/index.ts",
    },
  }),
);
