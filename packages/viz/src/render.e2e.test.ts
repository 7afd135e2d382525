import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confusionMatrix, decisionBoundary, lossCurve, networkDiagram, scatter } from "./index.js";
import { blobs, blobsModel, history, model, moons, moonsModel } from "./__fixtures__/samples.js";

// Renders one of each plot in the system Chromium (never a downloaded one; VIZ_CHROMIUM overrides
// the path) and checks the pixels.
// With VIZ_WRITE_DOCS=1 the screenshots are also saved as the README images in docs/.
const CHROMIUM = process.env.VIZ_CHROMIUM ?? "/usr/bin/chromium";
const DOCS = fileURLToPath(new URL("../docs/", import.meta.url));

const { points: moonPoints, labels: moonLabels } = moons();
const { points: blobPoints, labels: blobLabels } = blobs();
const plots: Record<string, string> = {
  "loss-curve": lossCurve(history(), { logScale: true, title: "Training history" }),
  "decision-boundary": decisionBoundary(moonsModel, moonPoints, moonLabels, { title: "Moons: P(class 1)" }),
  "decision-boundary-multiclass": decisionBoundary(blobsModel, blobPoints, blobLabels, { classNames: ["left", "right", "top"], title: "Three blobs" }),
  scatter: scatter(blobPoints, blobLabels, { classNames: ["left", "right", "top"], title: "Three blobs" }),
  "confusion-matrix": confusionMatrix(blobLabels, [...blobLabels].map((c, i) => (i % 7 === 0 ? (c + 1) % 3 : c)), ["left", "right", "top"]),
  "network-diagram": networkDiagram(model(), { title: "2-4-3 network" }),
};

// Runs in the page (a string, so this Node-typed file needs no DOM types): draws the decoded
// image on a canvas and counts its distinct colours and its share of non-white ("ink") pixels.
const PIXEL_STATS = `(async () => {
  const img = document.getElementById("plot");
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const colours = new Set();
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink++;
  }
  return { width: canvas.width, height: canvas.height, colours: colours.size, ink: ink / (data.length / 4) };
})()`;

let browser: Browser;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`render e2e: ${CHROMIUM} is missing; install Debian's chromium (apt-get install -y chromium) or set VIZ_CHROMIUM to a Chromium binary.`);
  }
  profile = mkdtempSync(join(tmpdir(), "viz-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    viewport: { width: 800, height: 600 },
  });
  browser = context.browser() as Browser;
}, 20_000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("SVG plots rendered by Chromium", () => {
  for (const [name, svg] of Object.entries(plots)) {
    it(`${name} renders as a standalone image that is not blank`, async () => {
      const page = await context.newPage();
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
      await page.setContent(`<!doctype html><body style="margin:0;background:#fff"><img id="plot" src="${src}"></body>`);
      const stats = (await page.evaluate(PIXEL_STATS)) as { width: number; height: number; colours: number; ink: number };
      expect(stats.width).toBeGreaterThan(200);
      expect(stats.colours).toBeGreaterThan(20);
      expect(stats.ink).toBeGreaterThan(0.02);
      const png = await page.locator("#plot").screenshot();
      if (process.env.VIZ_WRITE_DOCS === "1") writeFileSync(join(DOCS, `${name}.png`), png);
      await page.close();
    });
  }

  it("uses the system Chromium", () => {
    expect(browser.version()).toMatch(/^\d+\./);
  });
});
