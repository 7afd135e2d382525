import { afterEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeStaleTemps, writeFileAtomic } from "./atomic-write.js";
import { fsOps } from "./fs-ops.js";

const realOps = { ...fsOps };
afterEach(() => Object.assign(fsOps, realOps));

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "backprop-atomic-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("writeFileAtomic", () => {
  it("replaces the file's content and leaves no temporary file behind", () => {
    const dir = tempDir();
    const path = join(dir, "model.json");
    writeFileSync(path, "old");
    writeFileAtomic(path, '{"new":true}');
    expect(readFileSync(path, "utf8")).toBe('{"new":true}');
    expect(readdirSync(dir)).toEqual(["model.json"]);
  });

  it("throws the file-system error for a missing directory and creates nothing", () => {
    const dir = tempDir();
    const path = join(dir, "missing", "model.json");
    expect(() => writeFileAtomic(path, "x")).toThrow(expect.objectContaining({ code: "ENOENT" }));
    // The message names the file the user asked for, not the temporary file beside it.
    expect(() => writeFileAtomic(path, "x")).toThrow(`${path}: the file could not be written. Received: ENOENT: no such file or directory.`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses to replace a directory and leaves no temporary file behind", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    expect(() => writeFileAtomic(join(dir, "out"), "x")).toThrow(/: the file could not be written\. Received: EISDIR: illegal operation on a directory\.$/);
    expect(readdirSync(dir)).toEqual(["out"]);
  });
});

describe("writeFileAtomic on short writes and a full disk", () => {
  it("loops on short writes until every byte is on disk", () => {
    const dir = tempDir();
    const path = join(dir, "model.json");
    const text = "é".repeat(5000) + "end";
    let calls = 0;
    // A writeSync that writes at most 7 bytes per call, as a nearly full disk or a pipe may.
    fsOps.writeSync = (fd, buffer, offset, length) => (calls++, realOps.writeSync(fd, buffer, offset, Math.min(7, length)));
    writeFileAtomic(path, text);
    expect(readFileSync(path, "utf8")).toBe(text);
    expect(calls).toBe(Math.ceil(Buffer.byteLength(text) / 7));
    expect(readdirSync(dir)).toEqual(["model.json"]);
  });

  it("on ENOSPC after a short write: names the path, keeps the old file and removes the temporary file", () => {
    const dir = tempDir();
    const path = join(dir, "model.json");
    writeFileSync(path, "good old model");
    let calls = 0;
    fsOps.writeSync = (fd, buffer, offset, length) => {
      if (++calls > 1) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      return realOps.writeSync(fd, buffer, offset, Math.min(10, length));
    };
    expect(() => writeFileAtomic(path, "x".repeat(1000))).toThrow(
      `${path}: no space left on device; the file was not written (an old ${path} is untouched). Received: ENOSPC.`,
    );
    expect(readFileSync(path, "utf8")).toBe("good old model");
    expect(readdirSync(dir)).toEqual(["model.json"]);
  });

  it("treats a write that makes no progress as an error instead of looping forever", () => {
    const dir = tempDir();
    const path = join(dir, "a.csv");
    fsOps.writeSync = () => 0;
    expect(() => writeFileAtomic(path, "x")).toThrow(expect.objectContaining({ code: "EIO" }));
    expect(readdirSync(dir)).toEqual([]);
  });

  it("fails on a real full file system (a 1 MB tmpfs when root may mount one, else an injected ENOSPC) and keeps the old file", () => {
    const dir = tempDir();
    const mounted = process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", dir]).status === 0;
    try {
      if (!mounted) {
        // No tmpfs here: a disk that accepts the first 64 KiB and then is full.
        let written = 0;
        fsOps.writeSync = (fd, buffer, offset, length) => {
          if (written >= 65536) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          const n = realOps.writeSync(fd, buffer, offset, Math.min(length, 65536 - written));
          written += n;
          return n;
        };
      }
      const path = join(dir, "model.json");
      writeFileSync(path, "good old model");
      expect(() => writeFileAtomic(path, "y".repeat(2_000_000))).toThrow(expect.objectContaining({ code: "ENOSPC", message: expect.stringMatching(/: no space left on device;/) }));
      expect(readFileSync(path, "utf8")).toBe("good old model");
      expect(readdirSync(dir)).toEqual(["model.json"]);
    } finally {
      if (mounted) spawnSync("umount", [dir]);
    }
  });
});

describe("removeStaleTemps", () => {
  it("removes the temporary files of dead processes for the same target only", () => {
    const dir = tempDir();
    const target = join(dir, "model.json");
    // A pid far above any pid_max is never running.
    const dead = ".model.json.999999999.0badf00d.tmp";
    const live = `.model.json.${process.pid}.0123abcd.tmp`;
    const other = ".other.json.999999999.0badf00d.tmp";
    for (const name of [dead, live, other, "model.json"]) writeFileSync(join(dir, name), "x");
    expect(removeStaleTemps(target)).toEqual([dead]);
    expect(readdirSync(dir).sort()).toEqual([live, other, "model.json"].sort());
    writeFileAtomic(target, "new");
    expect(readdirSync(dir).sort()).toEqual([live, other, "model.json"].sort());
  });
});
