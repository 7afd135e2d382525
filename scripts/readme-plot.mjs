// Regenerates the README's plot: trains the moons example with the CLI, writes the decision
// boundary as SVG, then renders that SVG to PNG in Debian's headless Chromium.
// Usage (after `pnpm build`): pnpm docs:plot
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const svgPath = "docs/moons-boundary.svg";
const pngPath = "docs/moons-boundary.png";

execFileSync(
  "node",
  ["apps/cli/bin/backprop.mjs", "train", "--data", "moons", "--optimizer", "adam", "--lr", "0.01", "--epochs", "300", "--plot-boundary", svgPath],
  { stdio: "inherit" },
);

const profile = mkdtempSync(join(tmpdir(), "backprop-chromium-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const svg = readFileSync(svgPath, "utf8").replace(/^<\?xml[^>]*>/, "");
  await page.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
  await (await page.$("svg"))?.screenshot({ path: pngPath });
  console.log(`Wrote ${pngPath}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
