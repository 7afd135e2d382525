import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");

/** The fenced block the README prints after "prints (`node examples/NAME.mjs`)". */
function printedInReadme(name: string): string {
  const marker = `prints (\`node examples/${name}.mjs\`)\n\n\`\`\`\n`;
  const start = readme.indexOf(marker);
  if (start < 0) throw new Error(`README has no output block for examples/${name}.mjs`);
  return readme.slice(start + marker.length, readme.indexOf("\n```", start + marker.length));
}

const run = (name: string): string => execFileSync(process.execPath, [`examples/${name}.mjs`], { cwd: root, encoding: "utf8" });

describe("the README's cross-validation and scikit-learn sections", () => {
  it("show what examples/cross-validate.mjs prints", () => {
    const printed = run("cross-validate");
    expect(printed.trimEnd()).toBe(printedInReadme("cross-validate"));
    expect(printed).toMatch(/^RangeError: crossValidate: cv must be an integer ≥ 2/m);
  });

  it("show what examples/real-data.mjs prints, on scikit-learn's splits", () => {
    const printed = run("real-data");
    expect(printed.trimEnd()).toBe(printedInReadme("real-data"));
    expect(printed.match(/scikit-learn: true/g)).toHaveLength(3);
  });
});
