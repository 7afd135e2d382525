import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every library source file (tests and fixtures excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "__fixtures__" ? [] : sources(join(dir, e.name))) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );
}

describe("source rules", () => {
  it("never spreads an array into Math.max / Math.min (it overflows the call stack past ~100k items)", () => {
    const files = sources(import.meta.dirname);
    expect(files.length).toBeGreaterThan(30);
    const spreads = files.filter((f) => /Math\.(max|min)\([^)]*\.\.\./.test(readFileSync(f, "utf8")));
    expect(spreads).toEqual([]);
  });
});
