import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname, resolve, sep } from "node:path";

/** `stat`, or `undefined` when nothing is there (`ENOENT`, or `ENOTDIR` for a path below a file). */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Why a file cannot be written at `path`, or `undefined` when it can: it names a directory, its
 * directory is missing (or is a file), or that directory is not writable. Checked before
 * training starts, so a typo in `--save` costs no training run. A path ending in a separator
 * names a directory, whatever `resolve` (which drops the separator) would make of it.
 * @example
 * outputFileProblem("/nonexistent/model.json"); // "no directory /nonexistent"
 * outputFileProblem("newdir/"); // "no directory newdir/" (not a file called newdir)
 * outputFileProblem("model.json"); // undefined (the current directory is writable)
 */
export function outputFileProblem(path: string): string | undefined {
  const target = resolve(path);
  if (statOrNothing(target)?.isDirectory()) return "a directory";
  if (path.endsWith("/") || path.endsWith(sep)) return `no directory ${path}`;
  const dir = dirname(target);
  const parent = statOrNothing(dir);
  if (!parent) return `no directory ${dirname(path)}`;
  if (!parent.isDirectory()) return `${dirname(path)} is not a directory`;
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return `directory ${dirname(path)} is not writable`;
  }
  return undefined;
}
