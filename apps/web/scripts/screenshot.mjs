/* global document -- the callbacks below run in the page */
// Trains the spiral in the built page and saves docs/playground.png (run after the build).
import { fileURLToPath } from "node:url";
import { assertReady, launchBrowser, serveDist } from "../e2e/harness.mjs";

const OUT = fileURLToPath(new URL("../docs/playground.png", import.meta.url));
const HASH = process.argv[2] ?? "#data=spiral&noise=10&layers=8,8,8&act=relu&lr=0.01&opt=adam&features=x1,x2&seed=1";
const EPOCHS = Number(process.argv[3] ?? 400);

assertReady();
const server = await serveDist();
const browser = await launchBrowser({ width: 1200, height: 900 });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url + HASH);
  await page.waitForFunction(() => document.querySelector("#test-loss")?.textContent !== "–");
  await page.click("#play");
  await page.waitForFunction((n) => Number(document.querySelector("#epoch")?.textContent) >= n, EPOCHS, { timeout: 120_000 });
  await page.click("#play");
  await page.waitForFunction(() => document.querySelector("#play")?.getAttribute("aria-label") === "Play");
  await page.waitForTimeout(300);
  // The top of the page (controls, network, boundary): a full-page PNG would pass 300 KB.
  await page.screenshot({ path: OUT, clip: { x: 0, y: 0, width: 1200, height: 790 } });
  const loss = await page.textContent("#test-loss");
  console.log(`saved ${OUT} at epoch ${await page.textContent("#epoch")}, test loss ${loss}`);
} finally {
  await browser.close();
  await server.close();
}
