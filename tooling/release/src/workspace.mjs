import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The folder globs of `pnpm-workspace.yaml` (only the `dir/*` and `dir` forms this repo uses).
 *
 * @param {string} yaml the text of pnpm-workspace.yaml
 * @returns {string[]} e.g. `["packages/*", "apps/*"]`
 * @throws {RangeError} when a glob is of a form this reader does not understand
 * @example
 * workspaceGlobs('packages:\n  - "packages/*"\n'); // ["packages/*"]
 */
export function workspaceGlobs(yaml) {
  const globs = [];
  for (const line of yaml.split("\n")) {
    const match = /^\s*-\s*["']?([^"'#]+?)["']?\s*$/.exec(line);
    if (!match) continue;
    const glob = match[1];
    if (!/^[\w.-]+(\/[\w.-]+)*(\/\*)?$/.test(glob)) {
      throw new RangeError(`workspaceGlobs: only "dir" and "dir/*" globs are supported. Received: glob=${JSON.stringify(glob)}.`);
    }
    globs.push(glob);
  }
  return globs;
}

/**
 * Every workspace package: its folder (relative to the root), name, version, whether it is private,
 * and its manifest.
 *
 * @param {string} root the workspace root
 * @returns {{ dir: string, name: string, version: string, private: boolean, manifest: any }[]}
 *   sorted by folder
 */
export function listWorkspacePackages(root) {
  const globs = workspaceGlobs(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8"));
  const dirs = [];
  for (const glob of globs) {
    if (!glob.endsWith("/*")) {
      dirs.push(glob);
      continue;
    }
    const parent = glob.slice(0, -2);
    if (!existsSync(join(root, parent))) continue;
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(`${parent}/${entry.name}`);
    }
  }
  return dirs
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .sort()
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
      return { dir, name: manifest.name, version: manifest.version, private: manifest.private === true, manifest };
    });
}

/**
 * The packages that get published: every non-private workspace package.
 *
 * @param {ReturnType<typeof listWorkspacePackages>} packages
 */
export function publicPackages(packages) {
  return packages.filter((pkg) => !pkg.private);
}

/**
 * Apps and tooling must never be published: the ones under `apps/` or `tooling/` that are not
 * `"private": true`.
 *
 * @param {ReturnType<typeof listWorkspacePackages>} packages
 * @returns {string[]} their names (empty when all is well)
 */
export function nonPrivateAppsAndTooling(packages) {
  return packages
    .filter((pkg) => /^(apps|tooling)\//.test(pkg.dir) && !pkg.private)
    .map((pkg) => `${pkg.name} (${pkg.dir})`);
}

/**
 * The files a package's manifest promises (`main`, `module`, `types` and every `exports` target)
 * that are missing on disk, e.g. because the package was not built.
 *
 * @param {string} packageDir absolute folder of the package
 * @param {any} manifest its package.json
 * @returns {string[]} the missing relative paths
 */
export function missingEntryFiles(packageDir, manifest) {
  const targets = new Set();
  for (const field of ["main", "module", "types"]) {
    if (typeof manifest[field] === "string") targets.add(manifest[field]);
  }
  const walk = (node) => {
    if (typeof node === "string") targets.add(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(manifest.exports);
  return [...targets].filter((target) => !target.includes("*") && !existsSync(resolve(packageDir, target)));
}
