import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { usePlayground, type OpenedPage } from "./page.js";
import { createSession } from "../src/model/session.js";
import { decodeState } from "../src/state/url-state.js";
import { OPTIMIZERS } from "../src/state/config.js";
import { runGenerated } from "../src/code/run-generated.js";

const playground = usePlayground();

/** Opens the page at `hash`; waits for the first drawn snapshot and its losses. */
async function open(hash = ""): Promise<OpenedPage> {
  const opened = await playground.open(hash);
  await opened.page.waitForFunction(() => document.querySelector("#test-loss")?.textContent !== "–");
  return opened;
}

const epoch = (page: Page) => page.$eval("#epoch", (el) => Number(el.textContent));
const testLoss = (page: Page) => page.$eval("#test-loss", (el) => Number(el.textContent));
const boundary = (page: Page) => page.$eval("#boundary", (c) => (c as HTMLCanvasElement).toDataURL());
/** The network view re-renders when the worker confirms the new setup, so counts are awaited. */
const waitForCount = (page: Page, selector: string, n: number) =>
  page.waitForFunction(([sel, count]) => document.querySelectorAll(sel as string).length === count, [selector, n] as const);
const hash = async (page: Page) => new URLSearchParams(await page.evaluate(() => location.hash.slice(1)));

describe("playground in chromium", () => {
  it("loads the default setup with no console errors", async () => {
    const { page, errors } = await open();
    expect(await epoch(page)).toBe(0);
    expect(await page.$eval("#data-circles", (b) => b.getAttribute("aria-pressed"))).toBe("true");
    expect(await page.locator(".hidden-layer").count()).toBe(2);
    expect(await page.locator("#notice").isHidden()).toBe(true);
    expect(await page.$$eval("#optimizer option", (options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual([...OPTIMIZERS]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("play makes the epoch counter rise, the loss fall (under 0.05 for the default setup) and the boundary change", async () => {
    const { page, errors } = await open();
    const loss0 = await testLoss(page);
    const picture0 = await boundary(page);
    await page.click("#play");
    await page.waitForFunction(() => Number(document.querySelector("#epoch")?.textContent) >= 5);
    const picture1 = await boundary(page);
    await page.waitForFunction(() => Number(document.querySelector("#epoch")?.textContent) >= 30);
    await page.waitForFunction(() => Number(document.querySelector("#test-loss")?.textContent) < 0.05);
    const picture2 = await boundary(page);
    await page.click("#play");
    await page.waitForFunction(() => document.querySelector("#play")?.getAttribute("aria-label") === "Play");
    expect(await epoch(page)).toBeGreaterThanOrEqual(30);
    expect(await testLoss(page)).toBeLessThan(loss0);
    expect(picture1).not.toBe(picture0);
    expect(picture2).not.toBe(picture1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("changing the data set, the layers and the activation rebuilds the run", async () => {
    // What a fresh page shows at epoch 0 for the setups the clicks below should reach.
    const fresh = async (h: string) => {
      const { page } = await open(h);
      const text = await page.textContent("#test-loss");
      await page.close();
      return text;
    };
    const tanhLoss = await fresh("#data=spiral&layers=5,4,4&act=tanh");
    const reluLoss = await fresh("#data=spiral&layers=5,4,4&act=relu");
    expect(reluLoss).not.toBe(tanhLoss);

    const { page, errors } = await open();
    const circles = await boundary(page);
    await page.click("#data-spiral");
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get("data") === "spiral");
    await page.waitForFunction((before) => (document.querySelector("#boundary") as HTMLCanvasElement).toDataURL() !== before, circles);
    await page.click('button[aria-label="Add hidden layer"]');
    await waitForCount(page, ".hidden-layer", 3);
    expect((await hash(page)).get("layers")).toBe("4,4,4");
    await page.click('button[aria-label="Add neuron to layer 1"]');
    await waitForCount(page, '.hidden-layer[data-layer="0"] canvas', 5);
    expect((await hash(page)).get("layers")).toBe("5,4,4");
    await page.waitForFunction((want) => document.querySelector("#test-loss")?.textContent === want, tanhLoss);
    await page.selectOption("#activation", "relu");
    expect((await hash(page)).get("act")).toBe("relu");
    // The worker rebuilt the network: the page now shows the relu network's epoch-0 loss.
    await page.waitForFunction((want) => document.querySelector("#test-loss")?.textContent === want, reluLoss);
    expect(await epoch(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("resting on a neuron shows its picture large; 'discretize' shows only predicted classes", async () => {
    const { page, errors } = await open();
    await page.click("#step");
    await page.waitForSelector('#boundary[data-epoch="1"]');
    const output = await boundary(page);
    await page.hover('.hidden-layer[data-layer="0"] canvas >> nth=0');
    await page.waitForFunction(() => document.querySelector(".axes-note")?.textContent?.startsWith("Showing layer 1, neuron 1."));
    expect(await boundary(page)).not.toBe(output);
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => !document.querySelector(".axes-note")?.textContent?.startsWith("Showing"));
    expect(await boundary(page)).toBe(output);
    await page.check("#discretize");
    expect(await boundary(page)).not.toBe(output);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Tab reaches the neurons (one stop): focus shows a neuron large, arrows move, blur and Escape hide it, a rebuild keeps it", async () => {
    const { page, errors } = await open();
    await page.click("#step");
    await page.waitForSelector('#boundary[data-epoch="1"]');
    const output = await boundary(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    const showing = (label: string) => page.waitForFunction((l) => document.querySelector(".axes-note")?.textContent?.startsWith(`Showing ${l}.`), label);
    const notShowing = () => page.waitForFunction(() => !document.querySelector(".axes-note")?.textContent?.startsWith("Showing"));
    await page.focus('button[aria-label="Remove neuron from layer 1"]');
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Layer 1, neuron 1");
    await showing("layer 1, neuron 1");
    expect(await boundary(page)).not.toBe(output);
    // The other units are not Tab stops: the next one is layer 2's button.
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Add neuron to layer 2");
    await notShowing();
    expect(await boundary(page)).toBe(output);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("Layer 2, neuron 2");
    await showing("layer 2, neuron 2");
    await page.keyboard.press("ArrowRight");
    await showing("output 1");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe("Layer 2, neuron 1");
    expect(await page.locator('canvas.unit[tabindex="0"]').count()).toBe(1);
    // R (reset) rebuilds the network view: the new node for the same neuron takes focus and shows.
    await page.evaluate(() => (document.activeElement as HTMLElement).setAttribute("data-old", ""));
    await page.keyboard.press("r");
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Layer 2, neuron 1" && !document.activeElement.hasAttribute("data-old"));
    await showing("layer 2, neuron 1");
    await page.keyboard.press("Escape");
    await notShowing();
    expect(await focused()).toBe("Layer 2, neuron 1");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("editing the hash of an open page applies the new setup", async () => {
    const { page, errors } = await open();
    await page.evaluate(() => (location.hash = "#data=moons&layers=3&act=sigmoid"));
    await page.waitForFunction(() => document.querySelector("#data-moons")?.getAttribute("aria-pressed") === "true");
    await waitForCount(page, ".hidden-layer", 1);
    expect(await page.$eval("#activation", (s) => (s as HTMLSelectElement).value)).toBe("sigmoid");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a shared URL restores the setup, and the same URL gives the same run (in the browser as in Node)", async () => {
    const link = "#data=xor&layers=3,2&act=relu&lr=0.01&opt=momentum&seed=5&batch=4&features=x1,x2,x1x2";
    const runs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { page, errors } = await open(link);
      expect(await page.$eval("#data-xor", (b) => b.getAttribute("aria-pressed"))).toBe("true");
      expect(await page.textContent("#layer-count")).toBe("2 hidden layers");
      expect(await page.$eval("#activation", (s) => (s as HTMLSelectElement).value)).toBe("relu");
      expect(await page.$eval("#optimizer", (s) => (s as HTMLSelectElement).value)).toBe("momentum");
      expect(await page.$eval("#seed", (s) => (s as HTMLInputElement).value)).toBe("5");
      expect(await page.$eval('[data-feature="x1x2"]', (b) => b.getAttribute("aria-pressed"))).toBe("true");
      for (let s = 1; s <= 3; s++) {
        await page.click("#step");
        await page.waitForFunction((n) => Number(document.querySelector("#epoch")?.textContent) === n, s);
      }
      runs.push(await page.textContent("#test-loss") ?? "");
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(runs[0]).toMatch(/^\d+\.\d{3}$/);
    expect(runs[1]).toBe(runs[0]);
    // …and the same numbers as the same run in Node.
    const node = createSession(decodeState(link).config);
    const losses = [1, 2, 3].map(() => node.runEpoch().test);
    expect(runs[0]).toBe(losses[2]!.toFixed(3));
  });

  it("'copy as code' gives TypeScript that, run in Node, reproduces the page's losses epoch for epoch", async () => {
    const { page, errors } = await open("#data=moons&noise=25&layers=6,3&act=leakyRelu&opt=adamw&lr=0.01&reg=l1&regRate=0.001&dropout=0.1&features=x1,x2,x1sq,sinx2&seed=12345&batch=7&train=70");
    await page.click("#copy-code");
    await page.waitForFunction(() => document.querySelector(".copy-status")?.textContent !== "");
    expect(await page.$eval("details.code", (d) => (d as HTMLDetailsElement).open)).toBe(true);
    const code = await page.textContent("#code") ?? "";
    const shown: string[][] = [];
    for (let s = 1; s <= 4; s++) {
      await page.click("#step");
      await page.waitForFunction((n) => Number(document.querySelector("#epoch")?.textContent) === n, s);
      shown.push([await page.textContent("#train-loss") ?? "", await page.textContent("#test-loss") ?? ""]);
    }
    const node = runGenerated(code, 4);
    expect(node.map((e) => [e.train.toFixed(3), e.test.toFixed(3)])).toEqual(shown);
    expect(new Set(shown.map(([, test]) => test)).size).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws each link with a width that grows with |weight| and a colour that shows its sign", async () => {
    const { page, errors } = await open("#layers=3&features=x1,x2,x1x2");
    for (let s = 1; s <= 3; s++) {
      await page.click("#step");
      await page.waitForSelector(`#boundary[data-epoch="${s}"]`);
    }
    const links = await page.$$eval("svg.links path", (paths) => paths.map((p) => ({
      w: Number(p.getAttribute("data-weight")),
      width: Number(p.getAttribute("stroke-width")),
      rgb: (p.getAttribute("stroke")?.match(/\d+/g) ?? []).map(Number),
    })));
    expect(links).toHaveLength(3 * 3 + 3 * 1);
    const byMagnitude = [...links].sort((a, b) => Math.abs(a.w) - Math.abs(b.w));
    for (let i = 1; i < byMagnitude.length; i++) expect(byMagnitude[i]!.width).toBeGreaterThanOrEqual(byMagnitude[i - 1]!.width);
    expect(byMagnitude.at(-1)!.width).toBeGreaterThan(byMagnitude[0]!.width);
    // Blue (more blue than red) for positive weights, orange for negative, as in TF Playground.
    for (const { w, rgb } of links) if (w !== 0) expect(rgb[2]! > rgb[0]!).toBe(w > 0);
    expect(links.some((l) => l.w > 0) && links.some((l) => l.w < 0)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("bad URL parameters fall back to defaults with a visible notice", async () => {
    const { page, errors } = await open("#data=spiral&layers=9,9,9,9,9,9,9&act=rleu&lr=banana");
    const notice = page.locator("#notice");
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.textContent();
    expect(text).toMatch(/replaced by defaults/);
    expect(text).toMatch(/layers="9,9,9,9,9,9,9"/);
    expect(text).toMatch(/act="rleu"/);
    expect(text).toMatch(/lr="banana"/);
    expect(await page.$eval("#data-spiral", (b) => b.getAttribute("aria-pressed"))).toBe("true");
    expect(await page.locator(".hidden-layer").count()).toBe(2);
    expect(await page.$eval("#activation", (s) => (s as HTMLSelectElement).value)).toBe("tanh");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is usable from the keyboard and fits a phone-width screen", async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.keyboard.press("s");
    await page.waitForFunction(() => document.querySelector("#epoch")?.textContent === "1");
    await page.focus("#play");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#play")?.getAttribute("aria-label") === "Pause");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#play")?.getAttribute("aria-label") === "Play");
    expect(await page.$eval("label[for=activation]", (l) => l.textContent)).toBe("Activation");
    // Adding a layer from the keyboard rebuilds the network view; focus stays on the button.
    await page.focus('button[aria-label="Add hidden layer"]');
    await page.keyboard.press("Enter");
    await waitForCount(page, ".hidden-layer", 3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Add hidden layer");
    expect(errors).toEqual([]);
    await page.close();
  });
});
