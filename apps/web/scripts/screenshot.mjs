/* global document -- the callbacks below run in the page */
// Trains the spiral in the built page and saves docs/playground.png (run after the build).
import { fileURLToPath } from "node:url";
import { assertReady, launchBrowser, serveDist } from "../e2e/harness.mjs";

const OUT = fileURLToPath(new URL("../docs/playground.png", import.meta.url));
const HASH = process.argv[2] ?? "#data=spiral&noise=0&layers=8,8,6&act=tanh&lr=0.03&opt=adam&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&seed=2";
const EPOCHS = Number(process.argv[3] ?? 300);

assertReady();
const server = await serveDist();
const browser = await launchBrowser({ width: 1280, height: 900 });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url + HASH);
  await page.waitForFunction(() => document.querySelector("#test-loss")?.textContent !== "–");
  await page.click("#play");
  await page.waitForFunction((n) => Number(document.querySelector("#epoch")?.textContent) >= n, EPOCHS, { timeout: 120_000 });
  await page.click("#play");
  await page.waitForFunction(() => document.querySelector("#play")?.getAttribute("aria-label") === "Play");
  await page.waitForTimeout(300);
  await page.screenshot({ path: OUT, fullPage: true });
  const loss = await page.textContent("#test-loss");
  console.log(`saved ${OUT} at epoch ${await page.textContent("#epoch")}, test loss ${loss}`);
} finally {
  await browser.close();
  await server.close();
}
