import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { usePlayground } from "./page.js";

const playground = usePlayground();
const open = playground.open;

/** The test-set R² the output panel shows (the `<output>` named by its "R²" term). */
const r2 = (page: Page) => page.getByRole("status", { name: "R²", exact: true });

/** Plays until the shown R² passes `bound` (or the test's timeout), then pauses. */
async function playUntilR2(page: Page, bound: number): Promise<number> {
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await page.waitForFunction((b) => Number(document.querySelector("#r2")?.textContent) > b, bound, { timeout: 15_000 });
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  return Number(await r2(page).textContent());
}

/** One canvas pixel's RGB. */
const pixel = (page: Page, x: number, y: number) =>
  page.$eval("#boundary", (c, [px, py]) => Array.from((c as HTMLCanvasElement).getContext("2d")!.getImageData(px!, py!, 1, 1).data.slice(0, 3)), [x, y]);

/** For each canvas column, the rows of its dark pixels (the prediction curve is the one dark line), computed in the page. */
const darkRowsPerColumn = (page: Page) =>
  page.$eval("#boundary", (c) => {
    const canvas = c as HTMLCanvasElement;
    const { width, height } = canvas;
    const d = canvas.getContext("2d")!.getImageData(0, 0, width, height).data;
    return Array.from({ length: width }, (_, x) => {
      const rows: number[] = [];
      for (let y = 0; y < height; y++) {
        const i = 4 * (y * width + x);
        if (d[i]! < 70 && d[i + 1]! < 70 && d[i + 2]! < 70) rows.push(y);
      }
      return rows;
    });
  });

describe("regression in chromium", () => {
  it("switches Problem type to Regression: R² replaces accuracy, a legend with numbers appears, the URL says so; back to Classification restores it", async () => {
    const { page, errors } = await open();
    await page.getByLabel("Problem type").selectOption({ label: "Regression" });
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/problem=regression&regData=plane&regLoss=mse/);
    await r2(page).waitFor();
    expect(await page.getByText("Test accuracy").isVisible()).toBe(false);
    const legend = page.getByRole("group", { name: /^Colour scale from −1\.5 \(orange\) through 0 \(grey\) to 1\.5 \(blue\)$/ });
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.locator(".scale-ticks span").allTextContents()).toEqual(["−1.5", "−0.75", "0", "0.75", "1.5"]);
    expect(await page.getByLabel("Regression loss").locator("option").allTextContents()).toEqual(["Squared error (MSE)", "Absolute error (MAE)", "Huber"]);
    // The network's legend: the output picture is the predicted number, not a class probability.
    await expect.poll(() => page.locator("#neuron-legend").textContent()).toMatch(/output: the predicted value, scaled to its largest \|value\|$/);
    // Each regression set's button shows a thumbnail of its points, coloured by target.
    for (const name of ["Plane", "Multi-Gaussian", "Sine (1-D)"]) {
      const painted = await page.getByRole("button", { name }).locator("canvas").evaluate((c) => {
        const d = (c as HTMLCanvasElement).getContext("2d")!.getImageData(0, 0, 56, 56).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(200);
    }
    await page.getByLabel("Regression loss").selectOption({ label: "Huber" });
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/regLoss=huber$/);
    await page.getByLabel("Regression loss").selectOption({ label: "Squared error (MSE)" });
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/regLoss=mse$/);
    expect(await page.getByRole("group", { name: "Data set", exact: true }).isVisible()).toBe(false);
    expect(await page.getByLabel("Loss", { exact: true }).isVisible()).toBe(false);
    expect(await page.getByLabel("Discretize output (predicted class only)").isVisible()).toBe(false);

    // The plane is linear in x₁ + x₂: the network explains more than 90 % of the test variance within seconds.
    expect(await playUntilR2(page, 0.9)).toBeGreaterThan(0.9);
    // The diverging scale: blue where x₁ + x₂ is large (top right), orange where it is small (bottom left).
    const [r1, , b1] = await pixel(page, 397, 2);
    const [r2v, , b2] = await pixel(page, 2, 397);
    expect(b1! - r1!).toBeGreaterThan(80);
    expect(r2v! - b2!).toBeGreaterThan(80);

    await page.getByLabel("Problem type").selectOption({ label: "Classification" });
    await page.getByText("Test accuracy").waitFor();
    expect(await legend.isVisible()).toBe(false);
    expect(await r2(page).isVisible()).toBe(false);
    expect(await page.getByRole("group", { name: "Regression data set" }).isVisible()).toBe(false);
    expect(await page.getByLabel("Regression loss").isVisible()).toBe(false);
    expect(await page.getByLabel("Loss", { exact: true }).isVisible()).toBe(true);
    expect(await page.evaluate(() => location.hash)).not.toMatch(/problem/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("learns the multi-Gaussian from a shared link: R² above 0.5 (over half the variance explained; the bumps are noise-free, so 1 is reachable)", async () => {
    const { page, errors } = await open("#problem=regression&regData=plane&layers=8,8");
    await page.getByRole("button", { name: "Multi-Gaussian" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Multi-Gaussian" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("img", { name: "The network's output over the plane with the data points" }).isVisible()).toBe(true);
    expect(await playUntilR2(page, 0.5)).toBeGreaterThan(0.5);
    expect(await page.getByRole("group", { name: /^Colour scale from −1 / }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the sine as points and a prediction curve over x₁ that follows sin x₁ once R² passes 0.8", async () => {
    const { page, errors } = await open("#problem=regression&regData=plane");
    await page.getByRole("button", { name: "Sine (1-D)" }).click();
    const plot = page.getByRole("img", { name: "The data points and the network's prediction curve" });
    await plot.waitFor();
    // Only x₁'s inputs are offered for a 1-D set.
    await expect.poll(() => page.getByRole("button", { name: /^Input feature / }).allTextContents()).toEqual(["x₁", "x₁²", "sin x₁"]);
    expect(await playUntilR2(page, 0.8)).toBeGreaterThan(0.8);
    // The curve is the one dark line on the plot: found in nearly every column, near sin x₁ (vertical range ±1.2).
    const dark = await darkRowsPerColumn(page);
    const [width, height] = [dark.length, 400];
    expect(dark.filter((rows) => rows.length > 0).length / width).toBeGreaterThan(0.9);
    for (const x1 of [-Math.PI / 2, Math.PI / 2]) {
      const rows = dark[Math.round(((x1 + 6) / 12) * width)]!;
      const mean = rows.reduce((a, b) => a + b, 0) / rows.length;
      const expected = ((1.2 - Math.sin(x1)) / 2.4) * height;
      // R² > 0.8 on this set: the fit near the peaks is within a quarter of the unit height.
      expect(Math.abs(mean - expected)).toBeLessThan(0.125 * height);
    }
    expect(await page.getByText(/line: the network's prediction/).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
