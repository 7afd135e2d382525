import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the README's scikit-learn comparison", () => {
  it("is what examples/real-data.mjs prints", () => {
    const readme = readFileSync(`${root}README.md`, "utf8");
    const marker = "prints (`node examples/real-data.mjs`)\n\n```\n";
    const start = readme.indexOf(marker);
    expect(start).toBeGreaterThan(0);
    const block = readme.slice(start + marker.length, readme.indexOf("\n```", start + marker.length));
    const printed = execFileSync(process.execPath, ["examples/real-data.mjs"], { cwd: root, encoding: "utf8" });
    expect(printed.trimEnd()).toBe(block);
    expect(printed).not.toMatch(/scikit-learn: false/);
  });
});
