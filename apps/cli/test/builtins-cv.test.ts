import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stratifiedKFold } from "@backprop/data";
import { loadWine } from "@backprop/data/wine";
import { balancedAccuracyScore, confusionMatrix, f1Score, precisionScore, recallScore } from "@backprop/metrics";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

describe("the built-in data sets", () => {
  it("data --list names every set with its shape and task", () => {
    const r = runCli(["data", "--list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digits +1797 +64 +classification \(10 classes\) /m);
    expect(r.stdout).toMatch(/^wine +178 +13 +classification \(3 classes\) /m);
    expect(r.stdout).toMatch(/^breast-cancer +569 +30 +classification \(2 classes\) /m);
    expect(r.stdout).toMatch(/^diabetes +442 +10 +regression /m);
    const bare = runCli(["data"]);
    expect([bare.code, bare.stderr]).toEqual([2, expect.stringMatching(/^backprop: data: missing <name>\. Expected one of: .*diabetes \(backprop data --list shows their shapes\)\.\n$/)]);
  });

  it("data diabetes writes scikit-learn's table with its real-valued target", () => {
    const r = runCli(["data", "diabetes"]);
    const [header, first, ...rest] = r.stdout.trimEnd().split("\n");
    expect(header).toBe("age,sex,bmi,bp,s1,s2,s3,s4,s5,s6,target");
    // load_diabetes()'s first row (scaled) and y[0] = 151
    expect(first).toMatch(/^0\.038075906433423026,0\.05068011873981862,0\.061696206518683294,.*,151$/);
    expect(rest).toHaveLength(441);
    expect(runCli(["data", "wine", "--n-samples", "5"]).stderr).toMatch(/--n-samples applies to the generated sets only .* for wine\./);
  });

  it("train --data diabetes is a regression without a notice (the set says so)", () => {
    const r = runCli(["train", "--data", "diabetes", "--epochs", "5", "--optimizer", "adam", "--lr", "0.01", "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ data: "diabetes", task: "regression", layers: [10, 16, 8, 1] });
    expect(report.testRmse).toBeGreaterThan(0);
    expect(runCli(["train", "--data", "diabetes", "--loss", "huber", "--epochs", "2", "--save", at("huber.json")]).code).toBe(0);
    expect(JSON.parse(readFileSync(at("huber.json"), "utf8")).training.loss).toEqual({ name: "huber", config: { delta: 1 } });
    expect(runCli(["train", "--data", "diabetes", "--loss", "binaryCrossEntropy"]).stderr).toBe("backprop: train: --loss binaryCrossEntropy scores class probabilities; a regression trains with mse, mae or huber. Received: --loss=binaryCrossEntropy for a regression target (say --task classification for classes).\n");
    expect(runCli(["train", "--data", "wine", "--task", "regression"]).stderr).toMatch(/^backprop: train: --task regression needs a numeric target\. Received: --data=wine, whose target holds the classes class_0, class_1, class_2\.\n$/);
  });
});

describe("evaluate --json metrics for a classifier", () => {
  it("accuracy, balanced accuracy, macro precision/recall/f1 and the confusion matrix agree with @backprop/metrics on the predictions", () => {
    expect(runCli(["train", "--data", "wine", "--epochs", "20", "--save", at("wine.json")]).code).toBe(0);
    const e = runCli(["evaluate", "--model", at("wine.json"), "--data", "wine", "--json"]);
    expect(e.code).toBe(0);
    const { metrics, accuracy } = JSON.parse(e.stdout);
    const wine = loadWine();
    // the same predictions through predict, on the CSV written by `data wine`
    runCli(["data", "wine", "--out", at("wine.csv")]);
    const p = JSON.parse(runCli(["predict", "--model", at("wine.json"), "--input", at("wine.csv"), "--json"]).stdout);
    const predicted = (p.predictions as { class: string }[]).map((r) => wine.targetNames.indexOf(r.class));
    const truth = Array.from(wine.y);
    expect(metrics.accuracy).toBe(accuracy);
    expect(metrics.balancedAccuracy).toBe(balancedAccuracyScore(truth, predicted));
    expect(metrics.precision).toBe(precisionScore(truth, predicted, { average: "macro", labels: [0, 1, 2] }));
    expect(metrics.recall).toBe(recallScore(truth, predicted, { average: "macro", labels: [0, 1, 2] }));
    expect(metrics.f1).toBe(f1Score(truth, predicted, { average: "macro", labels: [0, 1, 2] }));
    expect(metrics.confusionMatrix).toEqual(confusionMatrix(truth, predicted, { labels: [0, 1, 2] }));
    const text = runCli(["evaluate", "--model", at("wine.json"), "--data", "wine"]).stdout;
    expect(text).toMatch(/\n {14}precision {4}recall {2}f1-score {3}support\n\n {5}class_0 /);
    expect(text).toMatch(/\ntrue \\ predicted +class_0 +class_1 +class_2\n/);
  });
});

describe("train --cv", () => {
  it("k stratified folds (shuffled with --seed), each scored on its held-out rows, with mean and np.std", () => {
    const r = runCli(["train", "--data", "wine", "--cv", "3", "--epochs", "10", "--seed", "5", "--class-weight", "balanced", "--json"]);
    expect(r.code).toBe(0);
    const { cv, task } = JSON.parse(r.stdout);
    expect(task).toBe("classification");
    expect(cv.folds).toHaveLength(3);
    const sizes = stratifiedKFold(loadWine().y, { nSplits: 3, shuffle: true, randomState: 5 }).map((f) => f.test.length);
    cv.folds.forEach((fold: { accuracy: number }, i: number) => expect(Math.abs(fold.accuracy * sizes[i]! - Math.round(fold.accuracy * sizes[i]!))).toBeLessThan(1e-9));
    const acc = cv.folds.map((fold: { accuracy: number }) => fold.accuracy) as number[];
    const mean = acc.reduce((a, b) => a + b, 0) / 3;
    expect(cv.mean.accuracy).toBeCloseTo(mean, 15);
    expect(cv.std.accuracy).toBeCloseTo(Math.sqrt(acc.reduce((a, b) => a + (b - mean) ** 2, 0) / 3), 15);
    const text = runCli(["train", "--data", "wine", "--cv", "3", "--epochs", "10", "--seed", "5", "--save", at("cv.json")]).stdout;
    expect(text).toMatch(/^fold 1\/3 {2}\d+ test rows {2}accuracy \d\.\d{4} {2}balanced accuracy \d\.\d{4} {2}f1 \(macro\) \d\.\d{4}$/m);
    expect(text).toMatch(/^mean ± std over 3 folds: accuracy \d\.\d{4} ± \d\.\d{4}/m);
    expect(text).toMatch(/^Saved the model \(trained on all 178 rows\) to /m);
    expect(JSON.parse(readFileSync(at("cv.json"), "utf8")).classNames).toEqual(["class_0", "class_1", "class_2"]);
  });

  it("--class-weight refuses a regression", () => {
    const r = runCli(["train", "--data", "diabetes", "--class-weight", "balanced"]);
    expect([r.code, r.stderr]).toEqual([2, 'backprop: train: --class-weight applies to classification. Received: --class-weight=balanced for a regression target "target".\n']);
  });
});
