import { defineConfig } from "vite";

// Relative asset paths so dist/ works from any static host and any sub-path.
export default defineConfig({
  base: "./",
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, reportCompressedSize: true },
  worker: { format: "es" },
});
