// Browser tests for what a hostile review found: setups that cannot be built, bad seeds, replay
// across a new run, divergence, a live change racing a rebuild, non-UTF-8 files, shortcuts.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { usePlayground } from "./page.js";
import { createSession, DIVERGED_WARNING } from "../src/model/session.js";
import { decodeState } from "../src/state/url-state.js";

const playground = usePlayground();
const open = playground.open;

const epoch = (page: Page) => page.$eval("#epoch", (el) => Number(el.textContent));
const epochIs = (page: Page, n: number) => page.waitForFunction((want) => Number(document.querySelector("#epoch")?.textContent) === want, n);
const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).textContent ?? "");
const notice = (page: Page) => page.locator("#notice");
const hashOf = (page: Page) => page.evaluate(() => location.hash);
const upload = (page: Page, name: string, body: string | Buffer) =>
  page.getByLabel("Upload CSV").setInputFiles({ name, mimeType: "text/csv", buffer: typeof body === "string" ? Buffer.from(body) : body });
const step = async (page: Page, times: number) => {
  const from = await epoch(page);
  for (let i = 0; i < times; i++) await page.getByRole("button", { name: "Step one epoch" }).click();
  await epochIs(page, from + times);
};
/** The test and training loss of `hash`'s run after `epochs` epochs in Node, as the page prints them. */
function nodeLosses(hash: string, epochs: number): [string, string] {
  const session = createSession(decodeState(hash).config);
  for (let e = 0; e < epochs; e++) session.runEpoch();
  const snap = session.snapshot([]);
  return [snap.testLoss.toFixed(3), snap.trainLoss.toFixed(3)];
}

/** 12 rows, three classes of 4: trains at 50 % for training, cannot split at 90 %. */
const TWELVE = ["a,b,kind", ...Array.from({ length: 12 }, (_, i) => `${(i * 7) % 5},${(i * 3) % 7},${["x", "y", "z"][i % 3]}`)].join("\n") + "\n";

describe("hostile use in chromium", () => {
  it("a setting the run cannot be built with is refused in the notice; the previous setup, its controls and URL stay, and Play still trains", async () => {
    const { page, errors } = await open("#data=spiral");
    await upload(page, "twelve.csv", TWELVE);
    await page.locator("#upload-status, .upload-status").filter({ hasText: "Loaded twelve.csv" }).waitFor();
    await step(page, 3);
    await page.locator("#train-ratio").fill("90");
    await expect.poll(() => notice(page).textContent()).toMatch(
      /^twelve\.csv: the training and test sets each need a row of every class\. Received: 12 rows, 3 classes, 90 % for training; move "Training data %" nearer 50 or upload more rows\.$/);
    expect(await page.locator("#train-ratio").inputValue()).toBe("50");
    expect(await hashOf(page)).not.toMatch(/train=90/);
    expect(await epoch(page)).toBe(3);
    expect(await page.getByRole("button", { name: "Your data" }).getAttribute("aria-pressed")).toBe("true");
    expect(await text(page, "#run-status")).toMatch(/^Not changed: the previous setup goes on/);
    await step(page, 1);
    expect(await notice(page).textContent()).not.toMatch(/needs a configuration/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a file whose rows cannot train (two rows, a value beyond ±1e150) is refused as it loads, and the built-in run goes on", async () => {
    const { page, errors } = await open("#data=spiral");
    await step(page, 2);
    const cases: [string, string, RegExp][] = [
      ["two-rows.csv", "a,b,label\n1,2,x\n3,4,y\n", /^two-rows\.csv: every class needs at least 2 complete rows \(one to train on, one to test\)\. Received: class "x" has 1\.$/],
      ["huge.csv", ["a,b,label", ...Array.from({ length: 30 }, (_, i) => `${i === 4 ? "1e308" : i % 7},${i % 5},${i % 2 ? "p" : "q"}`)].join("\n"),
        /^huge\.csv: column "a" must hold values within ±1e150, so that the losses stay finite\. Received: 1e\+308 on data row 5\.$/],
    ];
    for (const [name, body, message] of cases) {
      await upload(page, name, body);
      await expect.poll(() => notice(page).textContent()).toMatch(message);
    }
    expect(await page.getByRole("button", { name: "Your data" }).isVisible()).toBe(false);
    expect(await page.locator("#data-spiral").getAttribute("aria-pressed")).toBe("true");
    await step(page, 1);
    expect(await epoch(page)).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an invalid seed is refused at the field, and Regenerate goes on from the seed in use", async () => {
    const { page } = await open("#data=gauss&seed=7");
    const seed = page.getByLabel("Seed");
    for (const bad of ["-5", "1.5", "5000000000"]) {
      await seed.fill(bad);
      await seed.press("Tab");
      await expect.poll(() => text(page, "#seed-error")).toBe(`Seed: must be a whole number from 0 to 4294967295. Received: ${bad}. The run keeps seed 7.`);
      expect(await page.locator("#seed-error").isVisible()).toBe(true);
      expect(await seed.getAttribute("aria-invalid")).toBe("true");
      expect(await seed.inputValue()).toBe("7");
      expect(await hashOf(page)).toMatch(/seed=7(&|$)/);
    }
    await seed.fill("-5");
    await page.getByRole("button", { name: "Regenerate" }).click();
    await expect.poll(() => hashOf(page)).toMatch(/seed=8(&|$)/);
    expect(await seed.inputValue()).toBe("8");
    expect(await page.locator("#seed-error").isVisible()).toBe(false);
    await page.close();
  });

  it("Reset, a new data set or new layers end a replay: the panel shows the new run's epoch 0", async () => {
    const hash = "#data=spiral&layers=8,8&act=relu";
    const { page } = await open(hash);
    const fresh = nodeLosses(hash, 0);
    for (const rebuild of [
      () => page.getByRole("button", { name: "Reset the network" }).click(),
      () => page.locator("#data-xor").click(),
      () => page.getByRole("button", { name: /remove.*layer/i }).first().click(),
    ]) {
      await step(page, 30);
      await page.locator("#replay").fill("5");
      await expect.poll(() => text(page, "#replay-epoch")).toMatch(/^epoch 5 of \d+$/);
      await rebuild();
      await epochIs(page, 0);
      await expect.poll(() => text(page, "#replay-epoch")).toBe("live");
      const shown = await hashOf(page);
      const want = nodeLosses(shown, 0);
      await expect.poll(async () => [await text(page, "#test-loss"), await text(page, "#train-loss")]).toEqual(want);
      await step(page, 2);
      expect([await text(page, "#test-loss"), await text(page, "#train-loss")]).toEqual(nodeLosses(shown, 2));
    }
    expect(fresh).toEqual(nodeLosses(hash, 0));
    await page.close();
  });

  it("after a divergence Play and Step count no empty epochs, the losses are the kept weights', and the health strip says it diverged", async () => {
    const hash = "#problem=regression&regData=plane&layers=8,8,8&act=linear&lr=3&opt=sgd";
    const { page, errors } = await open(hash);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => notice(page).textContent()).toMatch(/at epoch \d+\. Likely cause: .*Reset to start again\.$/);
    await page.getByRole("button", { name: "Play", exact: true }).waitFor();
    const stopped = await epoch(page);
    const first = await notice(page).textContent();
    await page.getByRole("button", { name: "Step one epoch" }).click();
    await expect.poll(() => notice(page).textContent()).toBe(`This run diverged, so Play and Step do not train it: lower the learning rate, then press Reset. ${first}`);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.keyboard.press("s");
    // Each answer is the same notice; the counter and the losses stay where the run stopped.
    expect(await epoch(page)).toBe(stopped);
    const session = createSession(decodeState(hash).config);
    for (let i = 0; i < 50 && !session.stopped; i++) session.runEpoch();
    const kept = session.snapshot([]);
    expect(session.epoch).toBe(stopped);
    expect([await text(page, "#test-loss"), await text(page, "#train-loss")]).toEqual([kept.testLoss.toFixed(3), kept.trainLoss.toFixed(3)]);
    expect(await text(page, "#health .health-warning")).toBe(DIVERGED_WARNING);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a live change followed at once by a rebuild is kept in the new run, and not recorded against it as a mid-run change", async () => {
    const { page } = await open("#data=spiral&seed=3");
    await step(page, 8);
    await page.evaluate(() => {
      const set = (id: string, value: string) => {
        const select = document.getElementById(id) as HTMLSelectElement;
        select.value = value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      };
      // One task: the activation's rebuild goes out before the worker answers the learning rate.
      set("lr", "0.3");
      set("activation", "relu");
    });
    await epochIs(page, 0);
    await step(page, 7);
    const shown = await hashOf(page);
    expect(shown).toMatch(/lr=0\.3(&|$)/);
    expect(shown).not.toMatch(/changes=/);
    expect(await page.getByLabel("Learning rate").inputValue()).toBe("0.3");
    expect([await text(page, "#test-loss"), await text(page, "#train-loss")]).toEqual(nodeLosses(shown, 7));
    await page.close();
  });

  it("a Windows-1252 CSV is refused as not UTF-8, with the line and how to save it as UTF-8", async () => {
    const { page } = await open();
    const towns = "town,x,y,label\nBern,1,2,a\nZürich,2,3,b\nGenève,3,1,a\nBasel,4,2,b\n";
    await upload(page, "towns.csv", Buffer.from(towns, "latin1"));
    await expect.poll(() => notice(page).textContent()).toMatch(
      /^towns\.csv: the file must be UTF-8 text, and it is not .*Save it as UTF-8 \(Excel: "CSV UTF-8".*Received: a byte that is not UTF-8 on line 3, character 2\.$/);
    expect(await notice(page).textContent()).not.toMatch(/binary/);
    await page.close();
  });

  it("S and R work while a button has focus, and not while typing in the seed field", async () => {
    const { page } = await open("#data=xor");
    await step(page, 1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step");
    await page.keyboard.press("s");
    await epochIs(page, 2);
    await page.keyboard.press("s");
    await epochIs(page, 3);
    await page.keyboard.press("r");
    await epochIs(page, 0);
    // In a text field the key is the field's: the page's handler (which prevents the default of a shortcut it takes) lets it be.
    await page.getByLabel("Seed").focus();
    await page.evaluate(() => document.addEventListener("keydown", (e) => ((window as unknown as { taken: boolean }).taken = e.defaultPrevented), { once: true }));
    await page.keyboard.press("s");
    expect(await page.evaluate(() => (window as unknown as { taken?: boolean }).taken)).toBe(false);
    await step(page, 1);
    expect(await epoch(page)).toBe(1);
    await page.close();
  });
});
