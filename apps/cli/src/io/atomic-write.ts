import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { fsOps } from "./fs-ops.js";

/** Error codes that mean the disk (or the user's quota) is full. */
const NO_SPACE = new Set(["ENOSPC", "EDQUOT"]);

/** `.model.json.<pid>.<hex>.tmp`: the temporary file written beside `model.json`. */
function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Whether process `pid` is alive (signal 0 checks without sending anything; `EPERM`: alive, not ours). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === "EPERM";
  }
}

/**
 * Removes the temporary files an earlier write to `target` left behind when its process was
 * killed (SIGKILL, a power cut): `.NAME.<pid>.<hex>.tmp` whose pid is no longer running.
 * Best effort: a directory that cannot be listed leaves everything as it is.
 */
export function removeStaleTemps(target: string): string[] {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = fsOps.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length));
    if (!m || alive(Number(m[1]))) continue;
    try {
      fsOps.unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // Another process removed it first.
    }
  }
  return removed;
}

/** Writes all of `bytes`, looping on short writes; a write that makes no progress is an I/O error. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = fsOps.writeSync(fd, bytes, offset, bytes.length - offset);
    if (!(n > 0)) throw Object.assign(new Error(`EIO: the write made no progress, write`), { code: "EIO" });
    offset += n;
  }
}

/**
 * Writes `content` to `path` so that readers see either the old file or the complete new one,
 * never half of it: write a temporary file beside the target (looping until every byte is
 * written), flush it to disk, then rename it over the target (a rename within one directory is
 * atomic on POSIX file systems). Temporary files of killed earlier writes are removed first.
 * @throws the file-system error with its `code`, its message naming `path` rather than the
 * temporary file (`ENOSPC`/`EDQUOT`: "no space left on device"); the temporary file is removed
 * and the old file, if any, is untouched.
 * @example
 * writeFileAtomic("model.json", JSON.stringify(model.toJSON()));
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = resolve(path);
  removeStaleTemps(target);
  const temp = tempName(target);
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  let fd: number | undefined;
  let created = false;
  try {
    fd = fsOps.openSync(temp, "wx", 0o644);
    created = true;
    writeAll(fd, bytes);
    fsOps.fsyncSync(fd);
    const closing = fd;
    fd = undefined;
    fsOps.closeSync(closing);
    fsOps.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fsOps.closeSync(fd);
      } catch {
        // Closing can fail on a full disk too; the unlink below still frees the space.
      }
    }
    if (created) {
      try {
        fsOps.unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
    throw namingTarget(error, path);
  }
}

/**
 * `ENOENT: no such file or directory, open '/x/.m.json.1.ab.tmp'` → `m.json: the file could not be written. Received: ENOENT: no such file or directory.`;
 * a full disk → `m.json: no space left on device; the file was not written (an old m.json is untouched). Received: ENOSPC.`
 */
function namingTarget(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== "string") return error;
  if (NO_SPACE.has(code)) {
    const message = `${path}: no space left on device; the file was not written (an old ${path} is untouched). Received: ${code}.`;
    return Object.assign(new Error(message, { cause: error }), { code });
  }
  const reason = error.message.split(",")[0];
  return Object.assign(new Error(`${path}: the file could not be written. Received: ${reason}.`, { cause: error }), { code });
}
