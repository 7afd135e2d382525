import { afterAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

describe("train → save → predict", () => {
  it("writes the Iris CSV with its header and 150 rows", () => {
    const r = runCli(["data", "iris", "--out", at("iris.csv")]);
    expect(r.code).toBe(0);
    const lines = readFileSync(at("iris.csv"), "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("sepal length (cm),sepal width (cm),petal length (cm),petal width (cm),species");
    expect(lines[1]).toBe("5.1,3.5,1.4,0.2,setosa");
    expect(lines).toHaveLength(151);
  });

  it("trains on the CSV, saves a valid model file atomically, and remembers the preprocessing", () => {
    const r = runCli(["train", "--data", at("iris.csv"), "--target", "species", "--epochs", "300", "--seed", "3", "--save", at("model.json"), "--plot-loss", at("loss.svg"), "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.testAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const model = JSON.parse(readFileSync(at("model.json"), "utf8"));
    expect(model).toMatchObject({
      format: "backprop.network",
      version: 2,
      seed: 3,
      task: "multiclass",
      featureNames: ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"],
      classNames: ["setosa", "versicolor", "virginica"],
      preprocessing: { type: "standardScaler" },
      // Compiled by its spec: the file remembers the loss and optimizer it was trained with.
      training: { compiled: true, loss: { name: "categoricalCrossEntropy" }, rng: { seed: 3 } },
    });
    expect(model.training.epochs).toBeGreaterThan(0);
    expect(model.layers.map((l: { units?: number }) => l.units)).toEqual([16, 8, 3]);
    expect(readFileSync(at("loss.svg"), "utf8")).toMatch(/^(<\?xml[^>]*\?>\s*)?<svg[\s\S]*<\/svg>\s*$/);
  });

  it("predicts raw measurements: the class and its probability to 2 decimals", () => {
    const r = runCli(["predict", "--model", at("model.json"), "--values", "5.1,3.5,1.4,0.2"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^setosa \((0\.9\d|1\.00)\)\n$/);
    const virginica = runCli(["predict", "--model", at("model.json"), "--values", "6.9,3.1,5.8,2.3"]);
    expect(virginica.stdout).toMatch(/^virginica \(\d\.\d\d\)\n$/);
  });

  it("predicts every row of a CSV (the label column is ignored) and agrees with evaluate", () => {
    const r = runCli(["predict", "--model", at("model.json"), "--input", at("iris.csv"), "--json"]);
    expect(r.code).toBe(0);
    const { predictions } = JSON.parse(r.stdout);
    expect(predictions).toHaveLength(150);
    const truth = readFileSync(at("iris.csv"), "utf8").trimEnd().split("\n").slice(1).map((l) => l.split(",")[4]);
    const right = predictions.filter((p: { class: string }, i: number) => p.class === truth[i]).length;
    for (const p of predictions) expect(p.probabilities.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
    const e = runCli(["evaluate", "--model", at("model.json"), "--data", "iris", "--json"]);
    expect(e.code).toBe(0);
    expect(JSON.parse(e.stdout)).toMatchObject({ rows: 150, accuracy: right / 150 });
  });

  it("rejects --values with the wrong count, naming the model's features", () => {
    const r = runCli(["predict", "--model", at("model.json"), "--values", "5.1,3.5"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backprop: predict: --values must have 4 numbers \(sepal length \(cm\), .*\)\. Received: 2 numbers\.\n$/);
    expect(existsSync(at("model.json"))).toBe(true);
  });
});
