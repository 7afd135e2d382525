import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-write.js";

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
