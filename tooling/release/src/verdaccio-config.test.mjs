import { describe, expect, it } from "vitest";
import { verdaccioConfig } from "./verdaccio-config.mjs";

/** The lines of the `packages:` entry for one name pattern, up to the next entry. */
function packageBlock(yaml, pattern) {
  const lines = yaml.split("\n");
  const start = lines.indexOf(`  '${pattern}':`);
  if (start < 0) return null;
  const block = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith("    ")) break;
    block.push(line.trim());
  }
  return block;
}

describe("verdaccioConfig", () => {
  const yaml = verdaccioConfig({ storage: "/tmp/run/storage" });

  it("keeps storage and the htpasswd file in the given folder", () => {
    expect(yaml).toMatch(/^storage: "\/tmp\/run\/storage"$/m);
    expect(yaml).toMatch(/^ {4}file: "\/tmp\/run\/storage\/htpasswd"$/m);
  });

  it("lets anyone publish our names and never proxies them to npm", () => {
    for (const pattern of ["@backprop/*", "backprop-nn"]) {
      const block = packageBlock(yaml, pattern);
      expect(block).toContain("publish: $anonymous");
      expect(block).toContain("access: $all");
      expect(block.some((line) => line.startsWith("proxy:"))).toBe(false);
    }
  });

  it("proxies every other name to the npm registry, after our own entries", () => {
    expect(packageBlock(yaml, "**")).toContain("proxy: npmjs");
    expect(yaml).toMatch(/^ {2}npmjs:\n {4}url: https:\/\/registry\.npmjs\.org\/$/m);
    expect(yaml.indexOf("'@backprop/*'")).toBeLessThan(yaml.indexOf("'**'"));
  });

  it("rejects a relative storage path", () => {
    expect(() => verdaccioConfig({ storage: "storage" })).toThrow(
      new TypeError('verdaccioConfig: storage must be an absolute path. Received: storage="storage".'),
    );
  });
});
