import { extname } from "node:path";

/**
 * A path beside `path` for a file that must not replace it: `tag` goes before the extension.
 * @example
 * besidePath("models/keep.json", "diverged"); // "models/keep.diverged.json"
 * besidePath("keep", "diverged"); // "keep.diverged"
 */
export function besidePath(path: string, tag: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.${tag}${ext}`;
}
