import { defineProject } from "vitest/config";

// The CLI's tests spawn the built binary, often several times in one test: on a loaded 2-core
// machine one spawn can take over a second, so the hang guard is generous (it is not a speed
// assertion; speed lives in `pnpm bench`).
export default defineProject({
  test: {
    name: "@backprop/cli",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
