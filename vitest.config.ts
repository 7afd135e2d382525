import { defineConfig } from "vitest/config";

// One config runs every workspace package's tests: each folder below is a vitest project,
// named after its package.json. Packages import each other through their built `dist/`
// (the root `test` script builds first), exactly as a user of the published packages would.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "tooling/*"],
  },
});
