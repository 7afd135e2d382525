import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

/** A PNG decoded by hand from its chunks (8-bit RGBA or RGB, no interlace): the PNG spec's five row filters undone. */
function decodePng(bytes: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [depth, colorType, , , interlace] = bytes.subarray(24, 29);
  expect([depth, interlace]).toEqual([8, 0]);
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : Number.NaN;
  const idat: Buffer[] = [];
  for (let p = 8; p < bytes.length; ) {
    const length = bytes.readUInt32BE(p);
    if (bytes.toString("latin1", p + 4, p + 8) === "IDAT") idat.push(bytes.subarray(p + 8, p + 8 + length));
    p += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] as number;
      const a = i >= channels ? (out[y * stride + i - channels] as number) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + i] as number) : 0;
      const c = y > 0 && i >= channels ? (out[(y - 1) * stride + i - channels] as number) : 0;
      const paeth = (): number => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predictor = [0, a, b, (a + b) >> 1, paeth()][filter] as number;
      out[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => Array.from(out.subarray(y * stride + x * channels, y * stride + x * channels + channels)) };
}

describe("PNG plots", () => {
  it("--plot-loss x.png and --plot-boundary y.png write real PNGs with something drawn in them", () => {
    const r = runCli(["train", "--data", "moons", "--epochs", "30", "--plot-loss", at("loss.png"), "--plot-boundary", at("boundary.png")]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(new RegExp(`^Wrote ${at("boundary.png").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    const boundary = decodePng(readFileSync(at("boundary.png")));
    const svg = runCli(["train", "--data", "moons", "--epochs", "30", "--plot-boundary", at("boundary.svg")]);
    expect(svg.code).toBe(0);
    const [, w, h] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(readFileSync(at("boundary.svg"), "utf8")) ?? [];
    // Two pixels per SVG unit.
    expect([boundary.width, boundary.height]).toEqual([Math.round(2 * Number(w)), Math.round(2 * Number(h))]);
    // The centre of the plot is coloured by the classifier (not the white background), the corner is background.
    const centre = boundary.pixel(boundary.width >> 1, boundary.height >> 1);
    expect(centre.slice(0, 3).some((c) => c < 200)).toBe(true);
    expect(boundary.pixel(1, 1).slice(0, 3)).toEqual([255, 255, 255]);
    const loss = decodePng(readFileSync(at("loss.png")));
    expect(loss.width).toBeGreaterThan(500);
    // The title is text: some pixel of its row band is dark (the font was found and drew glyphs).
    const band = Array.from({ length: loss.width }, (_, x) => Math.min(...loss.pixel(x, Math.round(loss.height * 0.045)).slice(0, 3)));
    expect(Math.min(...band)).toBeLessThan(128);
  }, 60_000);

  it("refuses an extension it cannot write, before training", () => {
    const r = runCli(["train", "--data", "moons", "--plot-loss", at("loss.jpg")]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`backprop: train: --plot-loss cannot write .jpg; use .svg or .png. Received: --plot-loss=${at("loss.jpg")}.\n`);
  });
});
