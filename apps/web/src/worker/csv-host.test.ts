import { describe, expect, it } from "vitest";
import { loadIris } from "@backprop/data";
import { createCsvHost } from "./csv-host.js";
import { createSession } from "../model/session.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import type { CsvChoice } from "../model/csv-choice.js";

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
    const choice = { ...(answer.type === "csv" ? answer.summary!.defaultChoice : null)!, plotX: "petal_length", plotY: "petal_width" };
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
    const config = csvConfig(answer.type === "csv" ? answer.summary!.defaultChoice : (null as never), { learningRate: 0.03 });
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
