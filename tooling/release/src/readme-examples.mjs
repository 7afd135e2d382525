import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Where an example may run from, after its own package: these folders depend on every package and on the test oracles (ONNX Runtime, TF.js). */
const FALLBACK_HOMES = ["tooling/interop-tests", "apps/cli"];

/** The packages a block imports (`from "x"`, `import "x"`, `import("x")`), `node:` built-ins and relative paths left out. */
export function importedPackages(code) {
  const names = new Set();
  for (const m of code.matchAll(/(?:\bfrom\s+|^\s*import\s+|\bimport\s*\(\s*)["'](@?[a-z0-9][\w.@/:-]*)["']/gm)) {
    const spec = m[1];
    if (spec.startsWith("node:")) continue;
    names.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
  }
  return [...names];
}

/**
 * Every fenced JavaScript or TypeScript block (indented ones in lists included) of the root README
 * and of each package's README, with the folder it must run from so that its imports resolve as a
 * user's would: its package's own, else the first of {@link FALLBACK_HOMES} that has them all.
 * @returns `{ readme, index, lang, code, home }` per block, `index` counting from 1 within its README.
 */
export function readmeExamples(root) {
  const sources = [{ readme: "README.md", dir: null }];
  for (const name of readdirSync(join(root, "packages")).sort()) sources.push({ readme: `packages/${name}/README.md`, dir: join(root, "packages", name) });
  const examples = [];
  for (const { readme, dir } of sources) {
    const path = join(root, readme);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    const fence = /^( *)```(js|javascript|ts|typescript)\n([\s\S]*?)^\1```$/gm;
    let index = 0;
    for (let m = fence.exec(text); m !== null; m = fence.exec(text)) {
      const indent = m[1];
      const code = m[3].split("\n").map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join("\n");
      const needs = importedPackages(code);
      const homes = [...(dir === null ? [] : [dir]), ...FALLBACK_HOMES.map((h) => join(root, h))];
      const home = homes.find((h) => needs.every((name) => resolvesFrom(h, name))) ?? null;
      examples.push({ readme, index: ++index, lang: m[2].startsWith("t") ? "ts" : "js", code, home, needs });
    }
  }
  return examples;
}

/** Whether `import name` resolves in folder `home`: an installed dependency, or the folder's own package (Node resolves a package's own name). */
function resolvesFrom(home, name) {
  if (existsSync(join(home, "node_modules", name))) return true;
  const manifest = join(home, "package.json");
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === name;
}
