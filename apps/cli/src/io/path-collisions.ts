import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";

/** A path the user gave with the flag that named it: `["--save", "model.json"]`. */
export type NamedPath = readonly [flag: string, path: string];

/**
 * The file a path ends up at once `.`/`..` and symbolic links are followed: the real path of the
 * file when it exists, else the real path of its directory joined with its name.
 */
export function canonicalPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/**
 * Refuses, before any work is done, two outputs that name the same file (one would overwrite the
 * other: `--save x --plot-loss x`) and an output that names an input (training would overwrite
 * its own data), comparing canonical paths so that `./a.json`, `a.json` and a symlink to it match.
 * @throws UsageError naming both flags and the paths given.
 */
export function assertDistinctPaths(command: string, outputs: readonly NamedPath[], inputs: readonly NamedPath[] = []): void {
  const entry = ([flag, path]: NamedPath, input: boolean) => ({ flag, path, input, canonical: canonicalPath(path) });
  const seen = inputs.map((p) => entry(p, true));
  for (const output of outputs.map((p) => entry(p, false))) {
    const clash = seen.find((s) => s.canonical === output.canonical);
    if (clash) {
      const what = clash.input ? "an output must not overwrite an input" : "two outputs must not write the same file";
      throw new UsageError(`${command}: ${what}. Received: ${clash.flag}=${clash.path} and ${output.flag}=${output.path} (both ${output.canonical}).`);
    }
    seen.push(output);
  }
}
