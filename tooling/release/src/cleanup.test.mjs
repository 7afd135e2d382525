import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCleanup } from "./cleanup.mjs";

// The messages these tests provoke are captured, and checked, instead of reaching the console.
afterEach(() => vi.restoreAllMocks());

describe("createCleanup", () => {
  it("runs every step once, last added first, and keeps going past a failing step", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const order = [];
    const cleanup = createCleanup();
    cleanup.add(() => order.push("first"));
    cleanup.add(() => {
      throw new Error("boom");
    });
    cleanup.add(async () => order.push("last"));
    await Promise.all([cleanup.run(), cleanup.run()]);
    await cleanup.run();
    cleanup.detach();
    expect(order).toEqual(["last", "first"]);
    expect(errors.mock.calls).toEqual([["cleanup: a step failed: boom"]]);
  });

  it("on SIGINT removes temp folders and exits with 130", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const dir = mkdtempSync(join(tmpdir(), "cleanup-test-"));
    let exitCode = null;
    const exited = new Promise((resolve) => {
      const cleanup = createCleanup({
        onSignalExit: (code) => {
          exitCode = code;
          cleanup.detach();
          resolve();
        },
      });
      cleanup.removeDir(dir);
    });
    process.emit("SIGINT", "SIGINT");
    await exited;
    expect(exitCode).toBe(130);
    expect(existsSync(dir)).toBe(false);
    expect(errors.mock.calls).toEqual([["\nSIGINT received: cleaning up (child processes, registry, temp folders)..."]]);
  });
});
