import { defineProject } from "vitest/config";

// Unit tests run in Node; the browser tests in e2e/ drive Debian's chromium over the built dist/.
export default defineProject({
  test: {
    name: "@backprop/web",
    environment: "node",
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
