import { describe, expect, it } from "vitest";
import { StandardScaler, loadIris } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import { Sequential, type ModelJSON } from "@backprop/network";
import { createCsvHost } from "./csv-host.js";
import { createSession } from "../model/session.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import type { CsvChoice } from "../model/csv-choice.js";
import { csvTargetRows, loadCsv } from "../model/csv-dataset.js";
import { housesCsv } from "../model/__fixtures__/upload-csv.js";

/** Iris as a user's CSV: text species, a free-text column, and two blank cells. */
function irisCsv(): string {
  const iris = loadIris();
  const lines = ["sepal_length,sepal_width,petal_length,petal_width,note,species"];
  for (let i = 0; i < iris.x.rows; i++) {
    const cells = [0, 1, 2, 3].map((j) => String(iris.x.get(i, j)));
    if (i === 7) cells[2] = "";
    if (i === 60) cells[0] = "NA";
    lines.push([...cells, i % 2 ? "odd" : "", iris.targetNames[iris.y[i]!]].join(","));
  }
  return lines.join("\n") + "\n";
}

const csvConfig = (csv: CsvChoice, patch: Partial<PlaygroundConfig> = {}): PlaygroundConfig => ({ ...defaultConfig(), hidden: [6], csv, ...patch });

describe("the worker's CSV host", () => {
  it("answers an upload with the columns, or the reason it cannot be used", () => {
    const host = createCsvHost();
    const ok = host.receive({ type: "csv", file: "iris.csv", text: irisCsv() });
    expect(ok).toMatchObject({ type: "csv", message: null });
    expect(ok.type === "csv" && ok.summary?.defaultChoice).toEqual({
      file: "iris.csv", label: "species", features: ["sepal_length", "sepal_width", "petal_length", "petal_width"], plotX: "sepal_length", plotY: "sepal_width",
    });
    expect(host.receive({ type: "csv", file: "bad.csv", text: "a,b\n1\n" })).toEqual({
      type: "csv", summary: null, message: "bad.csv: line 2: every row must have 2 fields (as in the header). Received: 1 field.",
    });
  });

  it("standardises the trained-on columns on the training rows, drops the blank rows, and holds the others at 0 on the grid", () => {
    const host = createCsvHost();
    const answer = host.receive({ type: "csv", file: "iris.csv", text: irisCsv() });
    const choice = { ...(answer.type === "csv" ? answer.summary!.defaultChoice! : null)!, plotX: "petal_length", plotY: "petal_width" };
    const data = host.prepare(csvConfig(choice));
    expect(data.xTrain.rows + data.xTest.rows).toBe(148);
    expect(data.view.note).toBe("148 rows used; 2 dropped for a blank label or trained-on cell. 3 classes: setosa, versicolor, virginica. The background holds the other 2 trained-on columns at their mean.");
    expect(data.view.axisLabels).toEqual(["petal_length (standardised)", "petal_width (standardised)"]);
    for (let j = 0; j < 4; j++) {
      const col = Array.from({ length: data.xTrain.rows }, (_, i) => data.xTrain.get(i, j));
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      const sd = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length);
      expect(mean).toBeCloseTo(0, 12);
      expect(sd).toBeCloseTo(1, 12);
    }
    // Grid inputs: the plotted columns (2, 3) vary, the others sit at the mean, 0.
    const cols = [0, 1, 2, 3].map((j) => new Set(Array.from({ length: data.grid.rows }, (_, g) => data.grid.get(g, j))).size);
    expect(cols).toEqual([1, 1, 80, 80]);
    expect(data.grid.get(0, 0)).toBe(0);
  });

  it("trains a session on the uploaded data: test accuracy rises well above guessing", () => {
    const host = createCsvHost();
    const answer = host.receive({ type: "csv", file: "iris.csv", text: irisCsv() });
    const config = csvConfig(answer.type === "csv" ? answer.summary!.defaultChoice! : (null as never), { learningRate: 0.03 });
    const session = createSession(config, host.prepare(config));
    const before = session.snapshot([]).testAccuracy;
    for (let i = 0; i < 40; i++) session.runEpoch();
    const after = session.snapshot([]).testAccuracy;
    expect(after).toBeGreaterThan(0.85);
    expect(after).toBeGreaterThan(before);
    expect(session.dataset().classNames).toEqual(["setosa", "versicolor", "virginica"]);
  });

  it("a config naming another file is refused with a message, not a crash", () => {
    const host = createCsvHost();
    const choice: CsvChoice = { file: "gone.csv", label: "k", features: ["a", "b"], plotX: "a", plotY: "b" };
    expect(() => host.prepare(csvConfig(choice))).toThrow(/^Upload CSV: "gone\.csv" is no longer loaded in this page\. Received: no file; upload it again\.$/);
  });

  it("a split too small for the classes names the file and the training share", () => {
    const host = createCsvHost();
    host.receive({ type: "csv", file: "tiny.csv", text: "x,y,k\n1,2,a\n2,3,a\n3,4,b\n4,5,b\n5,6,c\n6,7,c\n" });
    const choice: CsvChoice = { file: "tiny.csv", label: "k", features: ["x", "y"], plotX: "x", plotY: "y" };
    expect(() => host.prepare(csvConfig(choice, { trainRatio: 10 }))).toThrow(/^tiny\.csv: the training and test sets each need a row of every class\. Received: 6 rows, 3 classes, 10 % for training; move "Training data %" nearer 50 or upload more rows\.$/);
  });
});

describe("the worker's CSV host, for a regression file", () => {
  const host = createCsvHost();
  const answer = host.receive({ type: "csv", file: "houses.csv", text: housesCsv() });
  const summary = answer.type === "csv" ? answer.summary! : (null as never);
  const config = csvConfig(summary.regressionChoice!, { problem: "regression", learningRate: 0.03 });

  it("standardises the target on the training rows and says so, keeping the file's values recoverable", () => {
    expect(summary.problem).toBe("regression");
    expect(summary.regressionChoice).toEqual({ file: "houses.csv", label: "price", features: ["area", "rooms"], plotX: "area", plotY: "rooms" });
    const data = host.prepare(config);
    expect(data.xTrain.rows + data.xTest.rows).toBe(238);
    const train = Array.from(data.targets!.train.data);
    const mean = train.reduce((a, b) => a + b, 0) / train.length;
    const sd = Math.sqrt(train.reduce((a, b) => a + (b - mean) ** 2, 0) / train.length);
    expect(mean).toBeCloseTo(0, 12);
    expect(sd).toBeCloseTo(1, 12);
    // Undone with the saved statistics, the targets are the file's prices (row 1 is first in file order).
    const [m, s] = [data.targetScaler!.mean![0]!, data.targetScaler!.scale![0]!];
    expect(data.view.targets![0]! * s + m).toBeCloseTo(Number((200 + 40 * Math.sin(57 / 20) + 15 * 3).toFixed(2)), 9);
    expect(data.view.note).toMatch(/^238 rows used; 2 dropped for a blank target or trained-on cell\. Predicting "price", standardised \(training mean [\d.,]+, standard deviation [\d.,]+\): the colours and the loss are in those units\.$/);
    expect(data.view.classNames).toEqual(["target"]);
    expect(data.view.targetRange).toBeGreaterThanOrEqual(1);
  });

  it("trains to R² > 0.9 on the test rows, and the downloaded model file predicts prices in the file's units with that R²", async () => {
    const session = createSession(config, host.prepare(config));
    for (let i = 0; i < 60; i++) session.runEpoch();
    const snap = session.snapshot([]);
    expect(snap.testR2).toBeGreaterThan(0.9);
    // The model file: features scaled by preprocessing.features, outputs turned back by preprocessing.target.
    const file = await session.exportFile("model", session.epoch);
    expect(file.fileName).toBe("backprop-your-data-epoch-60.model.json");
    const json = JSON.parse(file.data as string) as ModelJSON;
    const pre = json.preprocessing as { type: string; features: unknown; target: unknown };
    expect(pre.type).toBe("targetScaler");
    const model = Sequential.fromJSON(json);
    const loaded = loadCsv("houses.csv", housesCsv());
    const rows = csvTargetRows(loaded, summary.regressionChoice!);
    const data = host.prepare(config);
    const testRows = Array.from({ length: rows.target.length }, (_, i) => i).filter((i) => data.view.isTrain[i] === 0);
    const raw = new Matrix(testRows.length, 2, Float64Array.from(testRows.flatMap((i) => [rows.x.get(i, 0)!, rows.x.get(i, 1)!])));
    const predicted = StandardScaler.fromJSON(pre.target).inverseTransform(model.predict(StandardScaler.fromJSON(pre.features).transform(raw)));
    const truth = testRows.map((i) => rows.target[i]!);
    const mean = truth.reduce((a, b) => a + b, 0) / truth.length;
    const residual = truth.reduce((a, t, j) => a + (t - predicted.data[j]!) ** 2, 0);
    const total = truth.reduce((a, t) => a + (t - mean) ** 2, 0);
    // R² does not change under the target's affine standardisation: the page's figure, in prices.
    expect(1 - residual / total).toBeCloseTo(snap.testR2!, 9);
  });

  it("names a far-out price, and keeps the colour scale to the other rows so they still show", () => {
    // Row 30's price typed with three extra zeros: 1000× the others.
    const typo = housesCsv().replace(/^30,(.*),([\d.]+)$/m, (_, middle: string, price: string) => `30,${middle},${(Number(price) * 1000).toFixed(2)}`);
    const far = createCsvHost();
    far.receive({ type: "csv", file: "houses.csv", text: typo });
    const data = far.prepare(config);
    const [m, s] = [data.targetScaler!.mean![0]!, data.targetScaler!.scale![0]!];
    const prices = csvTargetRows(loadCsv("houses.csv", typo), summary.regressionChoice!).target;
    const z = Array.from(prices, (p) => Math.abs((p - m) / s));
    const farthest = Math.max(...z);
    expect(z.filter((v) => v > 5)).toEqual([farthest]);
    // The range: the other rows' largest |z| rounded up, far short of the typo's.
    const reach = Math.max(...z.filter((v) => v <= 5));
    expect(data.view.targetRange).toBeGreaterThanOrEqual(reach);
    expect(data.view.targetRange).toBeLessThan(reach + 0.5);
    expect(data.view.targetRange! * 10).toBeLessThan(farthest);
    expect(data.view.note).toContain(
      ` 1 row lies more than 5 standard deviations out (the farthest at ${Number(farthest.toPrecision(4)).toLocaleString("en-US", { maximumFractionDigits: 6 })}): squared error weighs it most, ` +
        `and the colours stop at ±${data.view.targetRange} so the other rows still show. Huber or absolute error weigh far rows less; or remove it from the file.`,
    );
    // The file without the typo says nothing of the kind.
    expect(host.prepare(config).view.note).not.toContain("standard deviations out");
  });

  it("a split that leaves no test row names the file and the training share", () => {
    const tiny = createCsvHost();
    tiny.receive({ type: "csv", file: "tiny.csv", text: "a,b,t\n1,2,0.5\n2,1,1.5\n" });
    const choice: CsvChoice = { file: "tiny.csv", label: "t", features: ["a", "b"], plotX: "a", plotY: "b" };
    expect(() => tiny.prepare(csvConfig(choice, { problem: "regression", trainRatio: 10 }))).toThrow(/^tiny\.csv: the training and test sets each need at least one row\. Received: 2 rows, 10 % for training; move "Training data %" nearer 50 or upload more rows\.$/);
  });
});
