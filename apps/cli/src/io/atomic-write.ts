import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Writes `text` (or bytes) to `path` so that readers see either the old file or the complete new one,
 * never half of it: write a temporary file beside the target, flush it to disk, then rename it
 * over the target (a rename within one directory is atomic on POSIX file systems).
 * @throws the file-system error with its `code` (e.g. `ENOENT` for a missing directory), its message
 * naming `path` rather than the temporary file; the temporary file is removed.
 * @example
 * writeFileAtomic("model.json", JSON.stringify(model.toJSON()));
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o644);
    writeFileSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created or is already gone.
    }
    throw namingTarget(error, path);
  }
}

/** `ENOENT: no such file or directory, open '/x/.m.json.1.ab.tmp'` → `m.json: the file could not be written. Received: ENOENT: no such file or directory.` */
function namingTarget(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== "string") return error;
  const reason = error.message.split(",")[0];
  return Object.assign(new Error(`${path}: the file could not be written. Received: ${reason}.`, { cause: error }), { code });
}
