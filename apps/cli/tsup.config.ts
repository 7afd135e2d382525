import { defineConfig } from "tsup";

// The CLI is an app, not a library: one ESM entry for Node, no type declarations. The
// @backprop packages stay external (they are dependencies), so the binary runs on their builds.
export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
  splitting: false,
  dts: false,
});
