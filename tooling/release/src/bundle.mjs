import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { Buffer } from "node:buffer";

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Whether an import path names a Node built-in (`fs`, `node:fs`, `fs/promises`, ...). */
export function isNodeBuiltin(path) {
  return NODE_BUILTINS.has(path) || NODE_BUILTINS.has(path.split("/")[0]) || path.startsWith("node:");
}

/**
 * Formats a byte count the way the READMEs print it.
 *
 * @param {number} bytes
 * @returns {string}
 * @example
 * formatBytes(3140); // "3.1 kB"
 * formatBytes(512); // "512 B"
 */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) {
    throw new RangeError(`formatBytes: bytes must be a non-negative number. Received: bytes=${bytes}.`);
  }
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * Bundles some ES module source for the browser, minified, and measures it.
 *
 * Node built-ins are left external rather than failing the build, so that the caller can list
 * every one that was reached (`nodeBuiltins`) and decide; anything else that does not resolve
 * fails the build.
 *
 * @param {{ source: string, resolveDir: string, external?: string[], keepSideEffects?: boolean }} options
 *   `source` is the entry's text; bare imports resolve from `resolveDir`'s node_modules.
 *   `keepSideEffects` treats every module as having side effects (ignores `"sideEffects": false`),
 *   so that `import "./x.js"` keeps exactly the top-level code a bundler can never drop.
 * @returns {Promise<{ code: string, minified: number, gzipped: number, nodeBuiltins: string[], inputs: string[] }>}
 */
export async function bundleForBrowser({ source, resolveDir, external = [], keepSideEffects = false }) {
  const nodeBuiltins = new Set();
  const result = await build({
    stdin: { contents: source, resolveDir, sourcefile: "entry.mjs", loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
    external,
    plugins: [
      {
        name: "report-node-builtins",
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (keepSideEffects && args.pluginData !== "resolved" && !isNodeBuiltin(args.path) && !external.includes(args.path)) {
              return build
                .resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolved" })
                .then((result) => (result.errors.length ? undefined : { path: result.path, external: result.external, sideEffects: true }));
            }
            if (!isNodeBuiltin(args.path)) return undefined;
            nodeBuiltins.add(`${args.path} (imported by ${args.importer || "entry"})`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  const bytes = Buffer.from(code);
  return {
    code,
    minified: bytes.length,
    gzipped: gzipSync(bytes, { level: 9 }).length,
    nodeBuiltins: [...nodeBuiltins].sort(),
    inputs: Object.keys(result.metafile.inputs),
  };
}
