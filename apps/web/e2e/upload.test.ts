import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeOnnx } from "@backprop/interop";
import type { Page } from "playwright-core";
import { usePlayground } from "./page.js";
import { flowersCsv, housesCsv } from "../src/model/__fixtures__/upload-csv.js";
import { runGenerated } from "../src/code/run-generated.js";

const playground = usePlayground({ width: 1280, height: 800 });
const open = playground.open;


const upload = (page: Page, name: string, text: string | Buffer) =>
  page.getByLabel("Upload CSV").setInputFiles({ name, mimeType: "text/csv", buffer: typeof text === "string" ? Buffer.from(text) : text });
const accuracy = (page: Page) => page.$eval("#accuracy", (el) => Number.parseFloat(el.textContent ?? "") / 100);
const epoch = (page: Page) => page.$eval("#epoch", (el) => Number(el.textContent));

describe("Upload CSV in chromium", () => {
  it("trains on an uploaded file with a text label: columns chosen by name, accuracy rises", async () => {
    const { page, errors } = await open("#layers=6&lr=0.03&seed=2");
    await upload(page, "flowers.csv", flowersCsv());
    const yours = page.getByRole("button", { name: "Your data" });
    await expect.poll(() => yours.getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("button", { name: "Circles" }).getAttribute("aria-pressed")).toBe("false");
    // Defaults: the last column is the label; the numeric columns but the row number are trained on.
    expect(await page.getByLabel("Label column").inputValue()).toBe("species");
    expect(await page.getByRole("checkbox", { name: "id", exact: true }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "age" }).isChecked()).toBe(true);
    expect(await page.getByRole("status").filter({ hasText: "Loaded flowers.csv" }).textContent()).toBe(
      "Loaded flowers.csv: 90 rows, 5 columns (text, usable as the label only: species). id counts the rows, so it is not trained on unless you tick it.");
    // Swap the axes and back (picking the other axis's column swaps them), then drop "age".
    await page.getByLabel("Plot horizontally").selectOption("sepal");
    await expect.poll(() => page.getByLabel("Plot vertically").inputValue()).toBe("petal");
    await page.getByLabel("Plot vertically").selectOption("sepal");
    await expect.poll(() => page.getByLabel("Plot horizontally").inputValue()).toBe("petal");
    await page.getByRole("checkbox", { name: "age" }).uncheck();
    await expect.poll(() => page.locator("#csv-note").textContent()).toMatch(/^88 rows used; 2 dropped for a blank label or trained-on cell\. 3 classes: setosa, versicolor, virginica\.$/);
    expect(await page.getByRole("checkbox", { name: "petal" }).isDisabled()).toBe(true); // plotted: always trained on
    expect(await page.locator(".output .axes-note").textContent()).toMatch(/Horizontal: petal \(standardised\) · vertical: sepal \(standardised\)/);
    expect(await page.locator(".column.inputs .feature").allTextContents()).toEqual(["petal", "sepal"]);
    const before = await accuracy(page);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector("#epoch")?.textContent) >= 40);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    const after = await accuracy(page);
    console.log(`upload: test accuracy ${before.toFixed(3)} at epoch 0 → ${after.toFixed(3)} at epoch ${await epoch(page)}`);
    expect(after).toBeGreaterThan(0.9);
    expect(after).toBeGreaterThan(before);
    // The URL does not carry the file; picking a built-in set leaves "Your data".
    expect(await page.evaluate(() => location.hash)).not.toMatch(/flowers|species/);
    await page.getByRole("button", { name: "Moons" }).click();
    await expect.poll(() => yours.getAttribute("aria-pressed")).toBe("false");
    expect(await page.getByLabel("Label column").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("trains on a file whose last column is a number: a regression run on the target, R² rises; Problem type keeps the file", async () => {
    const { page, errors } = await open("#layers=6&lr=0.03&seed=2");
    await upload(page, "houses.csv", housesCsv());
    const yours = page.getByRole("button", { name: "Your data" });
    await expect.poll(() => yours.getAttribute("aria-pressed")).toBe("true");
    // The file's last column, price, holds numbers: the page switches to Regression and says so.
    expect(await page.getByLabel("Problem type").inputValue()).toBe("regression");
    expect(await page.getByLabel("Target column").inputValue()).toBe("price");
    expect(await page.getByRole("status").filter({ hasText: "Loaded houses.csv" }).textContent()).toBe(
      "Loaded houses.csv: 240 rows, 5 columns (text, usable as the label only: town). This is a regression run predicting price (Problem type: Regression). id counts the rows, so it is not trained on unless you tick it.");
    await expect.poll(() => page.locator("#csv-note").textContent()).toMatch(/^238 rows used; 2 dropped for a blank target or trained-on cell\. Predicting "price", standardised \(training mean [\d.,]+, standard deviation [\d.,]+\): the colours and the loss are in those units\.$/);
    // No built-in set is pressed, regression or classification.
    for (const name of ["Plane", "Multi-Gaussian"]) expect(await page.getByRole("button", { name }).getAttribute("aria-pressed")).toBe("false");
    expect(await page.locator(".column.inputs .feature").allTextContents()).toEqual(["area", "rooms"]);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector("#r2")?.textContent) > 0.8, undefined, { timeout: 20_000 });
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    console.log(`upload (regression): test R² ${await page.locator("#r2").textContent()} at epoch ${await epoch(page)}`);
    // "Copy as code" reads the same file: run in Node beside a copy of it, it ends at the page's test loss.
    await page.getByRole("button", { name: "Copy as code" }).click();
    const code = (await page.textContent("#code")) ?? "";
    const trained = await epoch(page);
    expect(code).toMatch(/^const FILE = "houses\.csv";$/m);
    expect(runGenerated(code, trained, { "houses.csv": housesCsv() }).at(-1)?.test.toFixed(3)).toBe(await page.$eval("#test-loss", (el) => el.textContent));
    // The step-through names the network's inputs by the file's columns.
    await page.getByRole("button", { name: "Step through" }).click();
    await page.getByLabel("Training point").fill("5");
    await page.getByLabel("Training point").press("Enter");
    await page.waitForFunction(() => document.querySelector("#step-heading")?.textContent === "Forward, layer 1: z = x·W + b");
    await expect.poll(() => page.getByText("x (the inputs: area, rooms)").count()).toBeGreaterThan(0);
    // Both downloads carry the target's scaling: the model file a targetScaler, the ONNX graph its inverse after the layers.
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download model" }).click()]);
    expect(file.suggestedFilename()).toMatch(/^backprop-your-data-epoch-\d+\.model\.json$/);
    expect(JSON.parse(readFileSync((await file.path())!, "utf8")).preprocessing.type).toBe("targetScaler");
    const [onnx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download ONNX" }).click()]);
    const decoded = decodeOnnx(new Uint8Array(readFileSync((await onnx.path())!)));
    expect(decoded.graph.nodes.map((n) => n.opType).slice(-3)).toEqual(["Mul", "Add", "Identity"]);
    expect(decoded.metadata.targetNodes).toBe("2");
    expect(await page.evaluate(() => location.hash)).toMatch(/problem=regression/);
    expect(await page.evaluate(() => location.hash)).not.toMatch(/houses|price/);
    // Classification keeps the file, with a column that can be a label (town); back again, price.
    await page.getByLabel("Problem type").selectOption("classification");
    await expect.poll(() => page.getByLabel("Label column").inputValue()).toBe("town");
    expect(await yours.getAttribute("aria-pressed")).toBe("true");
    await page.getByLabel("Problem type").selectOption("regression");
    await expect.poll(() => page.getByLabel("Target column").inputValue()).toBe("price");
    // A file with no class label: Classification leaves it, saying why.
    await upload(page, "r.csv", "x1,x2,y\n" + Array.from({ length: 40 }, (_, i) => `${i % 7},${(i * 3) % 5},${(i % 7) * 0.5 + ((i * 3) % 5) * 0.25 + 0.1}`).join("\n"));
    await expect.poll(() => page.getByLabel("Target column").inputValue()).toBe("y");
    await page.getByLabel("Problem type").selectOption("classification");
    await expect.poll(() => page.locator("#notice").textContent()).toBe(
      "r.csv has no column that can be a class label (text, or whole numbers with 2–6 values), so Classification runs on a built-in data set; your file stays under Regression.");
    expect(await yours.getAttribute("aria-pressed")).toBe("false");
    await page.getByLabel("Problem type").selectOption("regression");
    await page.getByRole("button", { name: "Your data" }).click();
    await expect.poll(() => page.getByLabel("Target column").inputValue()).toBe("y");
    await upload(page, "houses.csv", housesCsv());
    await expect.poll(() => page.getByLabel("Target column").inputValue()).toBe("price");
    // A regression set leaves "Your data".
    await page.getByRole("button", { name: "Plane" }).click();
    await expect.poll(() => yours.getAttribute("aria-pressed")).toBe("false");
    expect(await page.getByRole("button", { name: "Plane" }).getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a broken, binary, single-class or too large file shows why in the notice, never a console error", async () => {
    const { page, errors } = await open();
    const notice = page.locator("#notice");
    const cases: [string, string | Buffer, RegExp][] = [
      ["broken.csv", "a,b,kind\n1,2,x\n3,y\n", /^broken\.csv: line 3: every row must have 3 fields \(as in the header\)\. Received: 2 fields\.$/],
      ["photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /^photo\.png: this is not a CSV text file \(it holds binary data\)\./],
      ["one.csv", "a,b,kind\n1,2,x\n3,4,x\n", /^one\.csv: the label column "kind" must hold at least 2 classes\. Received: 1 class \("x"\)\.$/],
      ["words.csv", "name,kind\nann,x\nbob,y\n", /^words\.csv: the plane needs two numeric columns to plot\. Received: no numeric columns/],
      ["big.csv", "a,b,k\n" + "1,2,x\n".repeat(200_000), /^big\.csv: a file may hold at most 1,000,000 bytes \(1 MB\)\. Received: 1,200,006 bytes\.$/],
    ];
    for (const [name, text, message] of cases) {
      await upload(page, name, text);
      await expect.poll(() => notice.textContent()).toMatch(message);
      expect(await notice.isVisible()).toBe(true);
    }
    expect(await page.getByRole("button", { name: "Your data" }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("classroom mode and the phone layout", () => {
  it("hide= hides the named controls, keeps their values and reports unknown names", async () => {
    const { page, errors } = await open("#opt=sgd&loss=mse&hide=optimizer,loss,features,code,health,speeed");
    for (const name of ["Optimizer", "Loss"]) expect(await page.getByLabel(name, { exact: true }).isVisible()).toBe(false);
    expect(await page.getByLabel("Optimizer").inputValue()).toBe("sgd");
    expect(await page.getByLabel("Loss", { exact: true }).inputValue()).toBe("mse");
    expect(await page.getByLabel("Learning rate").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Copy as code" }).isVisible()).toBe(false);
    expect(await page.getByRole("heading", { name: "Gradient health" }).isVisible()).toBe(false);
    // The features in use stay as inputs but cannot be toggled; the others are gone.
    expect(await page.getByRole("button", { name: "Input feature x₁", exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Input feature sin x₁" }).isVisible()).toBe(false);
    expect(await page.locator("#notice").textContent()).toMatch(/hide="speeed" \(expected comma-separated names from intro\|data\|.*; the others are hidden\)/);
    expect(await page.locator(".classroom-banner").textContent()).toMatch(/^Classroom mode: some controls are hidden by this link \(hide=loss,optimizer,features,health,code\)/);
    // Still hidden after a rebuild of the network view, and the URL keeps the flag.
    await page.getByRole("button", { name: "Add hidden layer" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".hidden-layer").length === 3);
    expect(await page.getByRole("button", { name: "Input feature sin x₁" }).isVisible()).toBe(false);
    expect(await page.evaluate(() => location.hash)).toMatch(/&hide=loss,optimizer,features,health,code$/);
    expect(errors).toEqual([]);
    await page.close();
    // Without the Data panel the network takes its column.
    const bare = await open("#hide=data,intro");
    expect(await bare.page.getByRole("region", { name: "Data" }).isVisible()).toBe(false);
    const network = (await bare.page.getByRole("region", { name: "Network" }).boundingBox())!;
    expect(network.x).toBeLessThan(40);
    await bare.page.close();
  });

  it("hide= also hides Speed, Replay, Step through, both downloads and Problem type", async () => {
    const { page, errors } = await open("#hide=speed,replay,stepThrough,download,problem");
    const named = [
      page.getByLabel("Speed", { exact: true }), page.getByLabel("Replay", { exact: true }),
      page.locator("#play-back"), page.getByRole("button", { name: "Step through" }),
      page.getByRole("button", { name: "Download model" }), page.getByRole("button", { name: "Download ONNX" }),
      page.getByLabel("Problem type"),
    ];
    for (const control of named) expect(await control.isVisible()).toBe(false);
    expect(await page.getByLabel("Learning rate").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names the class colours under the boundary: Iris's three species in the points' colours; none for regression", async () => {
    const { page, errors } = await open("#data=iris");
    const keys = page.locator(".class-legend .class-key");
    await expect.poll(() => keys.allTextContents()).toEqual(["setosa", "versicolor", "virginica"]);
    const swatches = await page.$$eval(".class-legend .swatch", (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    // The points' palette (src/ui/colors.ts CLASS_COLORS: TF Playground's orange and blue, then green).
    expect(swatches).toEqual(["rgb(245, 147, 34)", "rgb(8, 119, 189)", "rgb(60, 160, 80)"]);
    await page.goto(playground.url + "#problem=regression&regData=plane");
    await page.waitForSelector("#boundary[data-epoch]");
    await expect.poll(() => page.locator(".class-legend").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Tab follows the layout: after the controls, the output panel first on a phone, the data panel first on a wide screen", async () => {
    const { page, errors } = await open();
    /** Presses Tab from the Play button until focus enters the panels; returns the title of the panel it lands in. */
    const firstPanelReached = async (): Promise<string | null> => {
      await page.getByRole("button", { name: "Play", exact: true }).focus();
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        const title = await page.evaluate(() => {
          const panel = document.activeElement?.closest("main .panel");
          const id = panel?.getAttribute("aria-labelledby");
          return id ? (document.getElementById(id)?.textContent ?? null) : null;
        });
        if (title !== null) return title;
      }
      return null;
    };
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await firstPanelReached()).toBe("Output");
    // Back to a wide screen (the layout follows the change), then to a phone again.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await firstPanelReached()).toBe("Data");
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await firstPanelReached()).toBe("Output");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("on a 375×800 phone the output panel starts right after the controls", async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 375, height: 800 });
    const play = (await page.getByRole("button", { name: "Play", exact: true }).boundingBox())!;
    const output = (await page.getByRole("region", { name: "Output" }).boundingBox())!;
    const picture = (await page.getByRole("img", { name: "Decision boundary with the data points" }).boundingBox())!;
    const gap = output.y - (play.y + play.height);
    console.log(`phone: Play bottom ${(play.y + play.height).toFixed(0)} px, output top ${output.y.toFixed(0)} px (gap ${gap.toFixed(0)} px), boundary top ${picture.y.toFixed(0)} px`);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(400);
    expect(picture.y).toBeLessThan(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});
