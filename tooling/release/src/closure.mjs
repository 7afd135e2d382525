import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Every package installed under a project's node_modules (nested ones too), as `name@version`
 * keyed by name. Follows npm's layout: `node_modules/NAME` and `node_modules/@scope/NAME`, each
 * possibly holding its own node_modules.
 *
 * @param {string} projectDir the folder that holds node_modules
 * @returns {Map<string, Set<string>>} name → the versions found
 */
export function installedPackages(projectDir) {
  const found = new Map();
  const visit = (nodeModules) => {
    if (!existsSync(nodeModules)) return;
    for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const dirs = entry.name.startsWith("@")
        ? readdirSync(join(nodeModules, entry.name)).map((name) => join(nodeModules, entry.name, name))
        : [join(nodeModules, entry.name)];
      for (const dir of dirs) {
        const manifestPath = join(dir, "package.json");
        if (!existsSync(manifestPath)) continue;
        const { name, version } = JSON.parse(readFileSync(manifestPath, "utf8"));
        if (!found.has(name)) found.set(name, new Set());
        found.get(name).add(version);
        visit(join(dir, "node_modules"));
      }
    }
  };
  visit(join(projectDir, "node_modules"));
  return found;
}

/** Whether a package name is one of ours. */
export function isBackpropName(name) {
  return name === "backprop-nn" || name.startsWith("@backprop/");
}

/**
 * Compares the backprop packages an install brought in with the ones expected.
 *
 * @param {Iterable<string>} installedNames every installed package name
 * @param {string[]} expected the backprop names that must be there, and no others
 * @returns {{ ok: boolean, found: string[], unexpected: string[], missing: string[] }}
 * @example
 * checkBackpropClosure(["@backprop/data", "@backprop/linalg", "left-pad"],
 *   ["@backprop/data", "@backprop/linalg"]).ok; // true
 */
export function checkBackpropClosure(installedNames, expected) {
  const found = [...installedNames].filter(isBackpropName).sort();
  const unexpected = found.filter((name) => !expected.includes(name));
  const missing = expected.filter((name) => !found.includes(name));
  return { ok: unexpected.length === 0 && missing.length === 0, found, unexpected, missing };
}
