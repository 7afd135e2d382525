import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { usePlayground } from "./page.js";
import { createSession } from "../src/model/session.js";
import { decodeState } from "../src/state/url-state.js";
import { short } from "../src/ui/legend.js";

const playground = usePlayground();
const open = playground.open;

/** Trains `n` epochs with the "Step one epoch" button, waiting for each. */
async function stepEpochs(page: Page, n: number): Promise<void> {
  for (let e = 1; e <= n; e++) {
    await page.getByRole("button", { name: "Step one epoch" }).click();
    await page.waitForFunction((k) => document.querySelector("#epoch")?.textContent === String(k), e);
  }
}

/** The exact values of the table named `name` in the step panel, row by row. */
const tableValues = (page: Page, name: string) =>
  page.getByRole("table", { name, exact: true }).evaluate((t) => [...t.querySelectorAll("tr")].map((r) => [...r.querySelectorAll("td")].map((td) => Number(td.dataset.value))));

/**
 * The page's numbers against the same run in Node. Chromium's V8 and Node's may round a
 * `Math.tanh`/`Math.exp` differently in the last bit, and three epochs carry that along, so the
 * comparison allows 1e-9 relative (the unit tests compare the trace with the library to the bit).
 */
function expectNear(actual: number[][], expected: number[][]): void {
  expect(actual.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  actual.forEach((row, i) => row.forEach((v, j) => {
    const e = expected[i]![j]!;
    expect(Math.abs(v - e)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e)));
  }));
}

const heading = (page: Page) => page.locator("#step-heading").textContent();

/** Presses Next until the step heading is `title`. */
async function nextUntil(page: Page, title: string): Promise<void> {
  for (let i = 0; i < 40 && (await heading(page)) !== title; i++) await page.getByRole("button", { name: "Next", exact: true }).click();
  expect(await heading(page)).toBe(title);
}

/** A number shown in the link tooltip ("Weight from x₁ to Layer 1, neuron 1: 0.123456"). */
async function tooltipValue(page: Page): Promise<number> {
  const tip = page.getByRole("tooltip");
  await tip.waitFor();
  return Number((await tip.textContent())!.split(": ").at(-1));
}

describe("step-through and network detail in chromium", () => {
  it("steps one training point forward to the page's prediction and back through dW, with the library's numbers", async () => {
    const { page, errors } = await open();
    await stepEpochs(page, 3);
    await page.getByRole("button", { name: "Step through" }).click();
    await page.getByLabel("Training point").fill("5");
    await page.getByLabel("Training point").press("Enter");
    await page.waitForFunction(() => document.querySelector("#step-heading")?.textContent === "Forward, layer 1: z = x·W + b");
    // The same run in Node: the fifth training point (data set order) after 3 epochs.
    const session = createSession(decodeState("").config);
    for (let e = 0; e < 3; e++) session.runEpoch();
    const point = [...session.dataset().isTrain].flatMap((t, i) => (t === 1 ? [i] : []))[4]!;
    const trace = session.trace(point);
    expectNear(await tableValues(page, "x"), [trace.layers[0]!.x]);
    expectNear(await tableValues(page, "W"), trace.layers[0]!.W);
    // Layer 1's links (2 inputs × 4 units) light up.
    expect(await page.locator("svg.links path.hl").count()).toBe(8);
    // Resting on W[1][2] lights up that one link (x₂ → neuron 3) and its two ends.
    await page.getByRole("table", { name: "W", exact: true }).locator("td[data-input='1'][data-unit='2']").hover();
    expect(await page.locator("svg.links path.hl").count()).toBe(1);
    expect(await page.locator("canvas.unit.hl").evaluateAll((units) => units.map((u) => u.getAttribute("aria-label") ?? u.parentElement?.textContent))).toEqual(["x₂", "Layer 1, neuron 3"]);

    await nextUntil(page, "Forward, output layer: a = σ(z)");
    expectNear(await tableValues(page, "a"), [trace.layers[2]!.a]);
    const shown = await page.locator("#step-prediction").getAttribute("data-class");
    const pagePrediction = await page.locator("#step-point-info").getAttribute("data-predicted");
    expect(shown).toBe(pagePrediction);
    expect(Number(pagePrediction)).toBe(session.snapshot([]).predictions[point]);

    await nextUntil(page, "Backward, output layer: dZ = a − y");
    await nextUntil(page, "Backward, output layer: dW = xᵀ·dZ");
    expectNear(await tableValues(page, "dW"), trace.layers[2]!.dW);
    await nextUntil(page, "Backward, layer 1: dW = xᵀ·dZ");
    expectNear(await tableValues(page, "dW"), trace.layers[0]!.dW);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    expect(await heading(page)).toBe("Backward, layer 1: dZ = dA ⊙ tanh′(z)");
    expectNear(await tableValues(page, "dZ"), [trace.layers[0]!.dZ]);

    await nextUntil(page, "Update, output layer: one Adam step");
    expectNear(await tableValues(page, "W after"), trace.layers[2]!.newW);
    await expect(page.getByText(/Real training averages the gradient over a batch of 10 points/).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pauses a running page, and picks the training point clicked on the output picture", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector("#epoch")?.textContent) >= 2);
    await page.getByRole("button", { name: "Step through" }).click();
    await page.waitForFunction(() => document.querySelector("#play")?.getAttribute("aria-label") === "Play");
    const view = createSession(decodeState("").config).dataset();
    const train = [...view.isTrain].flatMap((t, i) => (t === 1 ? [i] : []));
    const k = 7;
    const [x, y] = [view.points[2 * train[k]!]!, view.points[2 * train[k]! + 1]!];
    const box = (await page.locator("#boundary").boundingBox())!;
    await page.locator("#boundary").click({ position: { x: ((x + view.extent) / (2 * view.extent)) * box.width, y: ((view.extent - y) / (2 * view.extent)) * box.height } });
    await page.waitForFunction(([n, of]) => document.querySelector("#step-point-info")?.textContent?.startsWith(`Training point ${n} of ${of}`), [k + 1, train.length]);
    expect(await page.getByLabel("Training point").inputValue()).toBe(String(k + 1));
    await page.waitForFunction(() => document.querySelector("#step-heading")?.textContent === "Forward, layer 1: z = x·W + b");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a link's weight on hover, and a weight set in the editor stays and trains on as in Node", async () => {
    const { page, errors } = await open();
    const config = decodeState("").config;
    const session = createSession(config);
    const link = page.getByRole("button", { name: "Weight from x₁ to Layer 1, neuron 1" });
    await link.hover();
    expect(await tooltipValue(page)).toBeCloseTo(session.snapshot([]).weights[0]![0]![0]!, 5);

    await link.click();
    await page.getByRole("spinbutton", { name: "Weight from x₁ to Layer 1, neuron 1" }).fill("1.5");
    await page.getByRole("button", { name: "Set", exact: true }).click();
    await page.mouse.move(0, 0);
    await link.hover();
    await page.waitForFunction(() => document.querySelector("[role=tooltip]")?.textContent?.endsWith(": 1.5"));

    // Training goes on from the edited network, exactly as the same edit does in Node.
    session.setParameter({ layer: 0, input: 0, unit: 0, value: 1.5 });
    const train = session.runEpoch().train;
    await stepEpochs(page, 1);
    expect(await page.locator("#train-loss").textContent()).toBe(train.toFixed(3));
    await page.mouse.move(0, 0);
    await link.hover();
    expect(await tooltipValue(page)).toBeCloseTo(session.snapshot([]).weights[0]![0]![0]!, 5);
    expect(await tooltipValue(page)).not.toBe(1.5);

    // Keyboard: Enter on a focused link opens the editor, Escape closes it and returns focus.
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("spinbutton", { name: "Weight from x₁ to Layer 1, neuron 1" }).isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Weight from x₁ to Layer 1, neuron 1");

    // The arrow keys move between links: down to the next one in the layer, right to the next layer.
    await link.focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Weight from x₁ to Layer 1, neuron 2");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Weight from Layer 1, neuron 1 to Layer 2, neuron 2");

    // A focused neuron's Enter edits its bias.
    await page.getByRole("img", { name: "Layer 2, neuron 3", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("spinbutton", { name: "Bias of Layer 2, neuron 3" }).fill("-0.25");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[role=tooltip]")?.textContent === "Layer 2, neuron 3, bias -0.25 (Enter edits)");
    session.setParameter({ layer: 1, input: "bias", unit: 2, value: -0.25 });

    // Biases are drawn on every hidden and output unit and read out on focus; the legends show the range.
    expect(await page.locator("svg.link-hits rect.bias").count()).toBe(4 + 4 + 1);
    await page.getByRole("img", { name: "Layer 1, neuron 1", exact: true }).focus();
    expect(await page.getByRole("tooltip").textContent()).toMatch(/^Layer 1, neuron 1, bias -?\d/);
    const { weights, biases } = session.snapshot([]);
    const max = Math.max(...weights.flat(2).map(Math.abs), ...biases!.flat().map(Math.abs));
    expect(await page.locator("#weight-legend").getByRole("img").getAttribute("aria-label")).toBe(`Weight and bias: ${short(-max)} (orange) to ${short(max)} (blue)`);
    expect(await page.locator("#neuron-legend").getByRole("img").getAttribute("aria-label")).toBe("Neuron output: −1 (orange) to 1 (blue)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hides the explanations and remembers it", async () => {
    const { page } = await open();
    const visible = () => page.locator(".callout:visible").count();
    expect(await visible()).toBeGreaterThanOrEqual(4);
    await page.getByLabel("Hide explanations").check();
    expect(await visible()).toBe(0);
    await page.reload();
    await page.waitForSelector("#boundary[data-epoch]");
    expect(await page.getByLabel("Hide explanations").isChecked()).toBe(true);
    expect(await visible()).toBe(0);
    await page.getByLabel("Hide explanations").uncheck();
    expect(await visible()).toBeGreaterThanOrEqual(4);
    await page.close();
  });
});
