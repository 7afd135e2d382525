import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { readTarball, tarballManifest } from "./tarball.mjs";
import { Buffer } from "node:buffer";

const dir = mkdtempSync(join(tmpdir(), "tarball-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const longName = `${"deep/".repeat(25)}file.txt`;
mkdirSync(join(dir, "package", ...longName.split("/").slice(0, -1)), { recursive: true });
writeFileSync(join(dir, "package", "package.json"), JSON.stringify({ name: "@x/a", version: "1.2.3" }));
writeFileSync(join(dir, "package", longName), "x".repeat(700));

describe("readTarball", () => {
  for (const format of ["ustar", "gnu", "pax"]) {
    it(`reads a ${format} archive made by tar, long paths included`, () => {
      const file = join(dir, `${format}.tgz`);
      execFileSync("tar", [`--format=${format}`, "-czf", file, "-C", dir, "package"]);
      const files = readTarball(readFileSync(file));
      expect(files.get("package/package.json").toString()).toBe('{"name":"@x/a","version":"1.2.3"}');
      expect(files.get(`package/${longName}`).toString()).toBe("x".repeat(700));
    });
  }

  it("rejects a header whose size is not octal", () => {
    const header = Buffer.alloc(1024);
    header.write("package/a", 0);
    header.write("00000000099\0", 124);
    expect(() => readTarball(gzipSync(header))).toThrow(/^readTarball: header size is not octal\. Received: size="00000000099" at offset 0\.$/);
  });
});

describe("tarballManifest", () => {
  it("returns package/package.json parsed", () => {
    expect(tarballManifest(readFileSync(join(dir, "ustar.tgz")))).toEqual({ name: "@x/a", version: "1.2.3" });
  });

  it("says so when the tarball has no manifest", () => {
    expect(() => tarballManifest(gzipSync(Buffer.alloc(1024)))).toThrow(/^tarballManifest: no package\/package\.json in the tarball/);
  });
});
