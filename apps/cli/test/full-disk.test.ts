import { afterAll, afterEach, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, watch } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli.js";
import { fsOps } from "../src/io/fs-ops.js";
import { memorySink } from "./memory-sink.js";
import { BIN, runCli, tempDir } from "./run-cli.js";

const realOps = { ...fsOps };
afterEach(() => Object.assign(fsOps, realOps));

/**
 * A directory on a full disk: a 1 MB tmpfs filled to the last block when this process is root and
 * may mount one, else an ordinary directory whose writes fail with ENOSPC after 1 KiB (injected).
 */
function fullDisk(): { dir: string; real: boolean; release: () => void } {
  const tmp = tempDir();
  const real = process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", tmp.dir]).status === 0;
  if (!real) {
    let written = 0;
    fsOps.writeSync = (fd, buffer, offset, length) => {
      if (written >= 1024) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      const n = realOps.writeSync(fd, buffer, offset, Math.min(length, 1024 - written));
      written += n;
      return n;
    };
  }
  return {
    dir: tmp.dir,
    real,
    release: () => {
      if (real) spawnSync("umount", [tmp.dir]);
      tmp.remove();
    },
  };
}

/** Fills what is left of a real tmpfs, so that the next write of any size fails. */
function fill(dir: string): void {
  try {
    writeFileSync(join(dir, "filler"), Buffer.alloc(2 << 20));
  } catch {
    // ENOSPC: the filler took every block it could.
  }
}

describe("a full disk", () => {
  it.each([
    ["train --save", (dir: string) => ["train", "--data", "iris", "--epochs", "3", "--save", join(dir, "model.json")], "model.json"],
    ["data --out", (dir: string) => ["data", "moons", "--out", join(dir, "moons.csv")], "moons.csv"],
  ])("%s prints no success, keeps the old file, leaves no temporary file and exits 2", async (_, argv, name) => {
    const disk = fullDisk();
    try {
      const path = join(disk.dir, name);
      writeFileSync(path, "the good old file");
      if (disk.real) fill(disk.dir);
      const stdout = memorySink(false);
      const stderr = memorySink(false);
      expect(await main(argv(disk.dir), { stdout, stderr })).toBe(2);
      expect(stdout.text + stderr.text).not.toMatch(/^(Saved|wrote)/im);
      expect(stderr.text).toMatch(new RegExp(`^backprop: .*${name}: no space left on device; the file was not written \\(an old .*${name} is untouched\\)\\. Received: ENOSPC\\.\\n$`, "m"));
      expect(readFileSync(path, "utf8")).toBe("the good old file");
      expect(readdirSync(disk.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      disk.release();
    }
  });
});

const tmp = tempDir();
afterAll(tmp.remove);

describe("SIGKILL in the middle of a save", () => {
  it("leaves the old model intact; the next save removes the dead process's temporary file", async () => {
    const model = join(tmp.dir, "model.json");
    expect(runCli(["train", "--data", "iris", "--epochs", "2", "--save", model]).code).toBe(0);
    const old = readFileSync(model, "utf8");
    // A 4-1500-1500-3 network: about 2.3 M weights, a 45 MB file that takes a while to write.
    const child = spawn(process.execPath, [BIN, "train", "--data", "iris", "--epochs", "1", "--layers", "1500,1500", "--save", model], { stdio: "ignore" });
    const killed = await new Promise<boolean>((resolve) => {
      const watcher = watch(tmp.dir, (_event, file) => {
        if (typeof file === "string" && file.endsWith(".tmp")) {
          child.kill("SIGKILL");
          watcher.close();
        }
      });
      child.on("exit", (_code, signal) => {
        watcher.close();
        resolve(signal === "SIGKILL");
      });
    });
    expect(killed).toBe(true);
    // Killed while its temporary file was being written (45 MB and an fsync take far longer than
    // a signal): the old model is untouched and the dead process's temporary file is left behind.
    expect(readFileSync(model, "utf8")).toBe(old);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([expect.stringMatching(/^\.model\.json\.\d+\.[0-9a-f]{8}\.tmp$/)]);
    expect(runCli(["train", "--data", "iris", "--epochs", "2", "--save", model]).code).toBe(0);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(model, "utf8")).toBe(old);
  }, 60_000);
});
