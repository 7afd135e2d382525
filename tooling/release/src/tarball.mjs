import { Buffer } from "node:buffer";
import { gunzipSync } from "node:zlib";

/**
 * Reads the regular files of a gzipped tarball into memory: ustar, with GNU (`L`) or pax (`x`)
 * long names, as npm, pnpm and tar write them.
 *
 * @param {Uint8Array} gzipped the .tgz bytes
 * @returns {Map<string, Buffer>} path inside the archive (e.g. `package/package.json`) → contents
 * @throws {RangeError} when a header is truncated or its size field is not octal
 */
export function readTarball(gzipped) {
  const tar = gunzipSync(gzipped);
  const files = new Map();
  let offset = 0;
  let longName = null;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
    const sizeText = field(124, 12).trim();
    if (!/^[0-7]*$/.test(sizeText)) {
      throw new RangeError(`readTarball: header size is not octal. Received: size=${JSON.stringify(sizeText)} at offset ${offset}.`);
    }
    const size = parseInt(sizeText || "0", 8);
    const type = field(156, 1) || "0";
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const bodyStart = offset + 512;
    if (bodyStart + size > tar.length) {
      throw new RangeError(`readTarball: entry runs past the end of the archive. Received: name=${name}, size=${size}.`);
    }
    const body = tar.subarray(bodyStart, bodyStart + size);
    longName = null;
    if (type === "L") longName = body.toString("utf8").replace(/\0.*$/s, "");
    else if (type === "x") longName = paxPath(body);
    else if (type === "0" || type === "7") files.set(name, Buffer.from(body));
    offset = bodyStart + Math.ceil(size / 512) * 512;
  }
  return files;
}

/**
 * The package.json inside an npm tarball.
 *
 * @param {Uint8Array} gzipped
 * @returns {any}
 * @throws {RangeError} when the tarball has no package/package.json
 */
export function tarballManifest(gzipped) {
  const files = readTarball(gzipped);
  const manifest = files.get("package/package.json");
  if (!manifest) {
    throw new RangeError(`tarballManifest: no package/package.json in the tarball. Received: ${[...files.keys()].slice(0, 5).join(", ")}.`);
  }
  return JSON.parse(manifest.toString("utf8"));
}

/** The `path` record of a pax extended header (`"<length> path=<value>\n"` records), if any. */
function paxPath(body) {
  let offset = 0;
  let path = null;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    const length = parseInt(body.subarray(offset, space).toString("utf8"), 10);
    if (space < 0 || !Number.isInteger(length) || length <= 0) break;
    const record = body.subarray(space + 1, offset + length - 1).toString("utf8");
    if (record.startsWith("path=")) path = record.slice(5);
    offset += length;
  }
  return path;
}
