import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");

/** The fenced block the README prints after "prints (`node examples/NAME.mjs`)". */
function printedInReadme(name: string): string {
  const marker = `prints (\`node examples/${name}.mjs\`)\n\n\`\`\`\n`;
  const start = readme.indexOf(marker);
  if (start < 0) throw new Error(`README has no output block for examples/${name}.mjs`);
  const from = start + marker.length;
  return readme.slice(from, readme.indexOf("\n```", from));
}

describe("the README's examples print what the README says", () => {
  for (const name of ["custom-layer", "resume", "plain-arrays"]) {
    it(`examples/${name}.mjs`, () => {
      const printed = execFileSync(process.execPath, [`examples/${name}.mjs`], { cwd: root, encoding: "utf8" });
      expect(printed.trimEnd()).toBe(printedInReadme(name));
    });
  }

  it("the custom layer trains, passes the gradient check and reloads identically (the properties, not just the text)", () => {
    const printed = execFileSync(process.execPath, ["examples/custom-layer.mjs"], { cwd: root, encoding: "utf8" });
    expect(printed).toMatch(/gradient check, worst relative error below 1e-6: true/);
    expect(printed).toMatch(/reloaded model predicts identically: true/);
    expect(printed).toMatch(/layers\[0\]\.type "scale" is not a known layer type\. Register its reader/);
  });
});
