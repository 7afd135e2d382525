import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleForBrowser, formatBytes } from "./bundle.mjs";

/**
 * The ESM file a package's main entry (`exports["."]`), or another of its `exports` subpaths,
 * resolves to for an `import`, relative to the package folder.
 *
 * @param {any} manifest
 * @param {string} [subpath] an `exports` key such as `"./digits"` (default `"."`)
 * @returns {string}
 * @throws {RangeError} when the manifest has no ESM file for that entry
 * @example
 * esmEntry({ exports: { ".": { import: { types: "./a.d.ts", default: "./a.js" } } } }); // "./a.js"
 * esmEntry({ exports: { "./b": { import: "./b.js" } } }, "./b"); // "./b.js"
 */
export function esmEntry(manifest, subpath = ".") {
  const main = subpath === ".";
  let node = main ? (manifest.exports?.["."] ?? manifest.exports) : manifest.exports?.[subpath];
  for (const condition of ["import", "default"]) {
    if (node && typeof node === "object" && condition in node) node = node[condition];
  }
  if (node && typeof node === "object") node = node.default;
  const entry = typeof node === "string" ? node : main ? manifest.module : undefined;
  if (typeof entry !== "string") {
    const which = main ? "main entry" : `entry for ${subpath}`;
    throw new RangeError(`esmEntry: ${manifest.name} has no ESM ${which}. Received: exports=${JSON.stringify(manifest.exports)}.`);
  }
  return entry;
}

/**
 * A package's `exports` subpaths other than the main entry that lead to code: what `pnpm size`
 * measures besides `"."` (e.g. `@backprop/data/digits`). Leaves out `./package.json` and patterns.
 *
 * @param {any} manifest
 * @returns {string[]}
 * @example
 * codeSubpaths({ exports: { ".": "./i.js", "./wine": "./w.js", "./package.json": "./package.json" } }); // ["./wine"]
 */
export function codeSubpaths(manifest) {
  const exports = manifest.exports;
  if (!exports || typeof exports !== "object" || !Object.keys(exports).some((k) => k.startsWith("."))) return [];
  return Object.keys(exports).filter((k) => k !== "." && k !== "./package.json" && !k.includes("*"));
}

/**
 * Minified + gzipped size of everything a package's main entry (or one `exports` subpath) exports,
 * for the browser: with its dependencies bundled in (what an app ships) and on its own
 * (dependencies left external).
 *
 * @param {{ dir: string, manifest: any, subpath?: string }} pkg `dir` is absolute; `subpath` an
 *   `exports` key (default `"."`)
 * `retained` is what stays in a bundle that imports the package but uses none of it: top-level
 * code with side effects (e.g. an un-annotated `Object.freeze(...)` call), minified. It should be
 * 0 B, or importing one function drags in the rest of the file.
 *
 * @returns {Promise<{ total: number, own: number, retained: number | null, nodeBuiltins: string[] }>}
 *   bytes; `retained` is null for a package that only re-exports others
 */
export async function measurePackage({ dir, manifest, subpath = "." }) {
  const file = esmEntry(manifest, subpath);
  const entry = JSON.stringify(`./${file.replace(/^\.\//, "")}`);
  const external = Object.keys(manifest.dependencies ?? {});
  const total = await bundleForBrowser({ source: `export * from ${entry};\n`, resolveDir: dir });
  const own = await bundleForBrowser({ source: `export * from ${entry};\n`, resolveDir: dir, external });
  const entryText = readFileSync(join(dir, file), "utf8");
  if (isReexportOnly(entryText)) {
    // Nothing of its own to keep; forcing side effects would only measure esbuild's re-export helper.
    return { total: total.gzipped, own: own.gzipped, retained: null, nodeBuiltins: total.nodeBuiltins };
  }
  const unused = await bundleForBrowser({ source: `import ${entry};\n`, resolveDir: dir, external, keepSideEffects: true });
  // The import statements of the (external) dependencies are not this package's code.
  const retained = Buffer.byteLength(unused.code.replace(/import\s*(\{[^}]*\}\s*from\s*)?"[^"]*";?/g, "").trim());
  return { total: total.gzipped, own: own.gzipped, retained, nodeBuiltins: total.nodeBuiltins };
}

/**
 * Whether a built module only re-exports other modules (`export * from "x"` and
 * `export { a } from "x"` lines, comments), like the umbrella package.
 *
 * @param {string} code
 * @returns {boolean}
 * @example
 * isReexportOnly('export * from "@backprop/linalg";\n//# sourceMappingURL=index.js.map'); // true
 */
export function isReexportOnly(code) {
  const rest = code
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "")
    .replace(/export\s*\*\s*from\s*["'][^"']+["'];?/g, "")
    .replace(/export\s*\{[^}]*\}\s*from\s*["'][^"']+["'];?/g, "")
    .trim();
  return rest === "" && /export\s*\*/.test(code);
}

/** The README line that records a package's size. */
export function sizeLine({ total, own }, hasDependencies) {
  const measured = "(measured by `pnpm size`)";
  return hasDependencies
    ? `Size: ${formatBytes(total)} min+gzip with its dependencies, ${formatBytes(own)} on its own ${measured}.`
    : `Size: ${formatBytes(total)} min+gzip ${measured}.`;
}

/**
 * The `Size: ... min+gzip` line a README holds now, or null.
 *
 * @param {string} readme
 * @returns {string | null}
 * @example
 * readmeSizeLine("# a\n\nSize: 1.0 kB min+gzip.\n"); // "Size: 1.0 kB min+gzip."
 */
export function readmeSizeLine(readme) {
  return /^Size: .*min\+gzip.*$/m.exec(readme)?.[0] ?? null;
}

/**
 * Puts the size line into a README: replaces an existing `Size: ... min+gzip` line, else appends
 * it at the end.
 *
 * @param {string} readme
 * @param {string} line
 * @returns {string}
 * @example
 * withSizeLine("# x\n\nSize: 1.0 kB min+gzip (old).\n", "Size: 2.0 kB min+gzip.");
 * // "# x\n\nSize: 2.0 kB min+gzip.\n"
 */
export function withSizeLine(readme, line) {
  const pattern = /^Size: .*min\+gzip.*$/m;
  if (pattern.test(readme)) return readme.replace(pattern, line);
  return `${readme.replace(/\s*$/, "")}\n\n${line}\n`;
}
