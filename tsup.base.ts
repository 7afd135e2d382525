import type { Options } from "tsup";

/**
 * The one build every library package shares: ESM + CJS + `.d.ts` from `src/index.ts`.
 * A package's own `tsup.config.ts` passes extra entries (e.g. a Node-only `./node` export).
 */
export function libraryBuild(overrides: Partial<Options> = {}): Options {
  return {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
    target: "es2022",
    ...overrides,
  };
}
