/* global document -- the callbacks below run in the page */
// Trains the spiral in the built page and saves the README's two screenshots (run after the build):
//   docs/playground.png        1280×800, what a projector shows
//   docs/playground-phone.png  375×800, a phone: the output right after the controls
// Usage: node scripts/screenshot.mjs [hash] [epochs]   (pnpm --filter @backprop/web screenshot)
import { fileURLToPath } from "node:url";
import { assertReady, launchBrowser, serveDist } from "../e2e/harness.mjs";

const HASH = process.argv[2] ?? "#data=spiral&noise=10&layers=8,8,8&act=relu&lr=0.01&opt=adam&features=x1,x2&seed=1";
const EPOCHS = Number(process.argv[3] ?? 400);
const SHOTS = [
  { file: "playground.png", width: 1280, height: 800 },
  { file: "playground-phone.png", width: 375, height: 800 },
];

/** Opens the page, trains to EPOCHS, pauses and waits for the last picture. */
async function trained(page, url) {
  await page.goto(url);
  await page.waitForSelector("#boundary[data-epoch]");
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await page.waitForFunction((n) => Number(document.querySelector("#epoch")?.textContent) >= n, EPOCHS, { timeout: 120_000 });
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await page.waitForFunction(() => document.querySelector("#play")?.getAttribute("aria-label") === "Play");
  await page.waitForTimeout(300);
}

assertReady();
const server = await serveDist();
try {
  for (const shot of SHOTS) {
    const browser = await launchBrowser({ width: shot.width, height: shot.height });
    try {
      const page = await browser.context.newPage();
      await trained(page, server.url + HASH);
      const out = fileURLToPath(new URL(`../docs/${shot.file}`, import.meta.url));
      // The viewport only: what fits on the screen (a full-page PNG would pass 300 KB).
      await page.screenshot({ path: out });
      const loss = await page.textContent("#test-loss");
      console.log(`saved docs/${shot.file} (${shot.width}×${shot.height}) at epoch ${await page.textContent("#epoch")}, test loss ${loss}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
