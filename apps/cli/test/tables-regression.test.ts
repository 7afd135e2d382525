import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ColumnTransformer, StandardScaler, parseCsvTable, trainTestSplit } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import { meanAbsoluteError } from "@backprop/metrics";
import { Sequential } from "@backprop/network";
import { expectUserError, runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

// A text feature (color), a blank (rooms on line 3), an NA (area on line 4), a blank text cell
// (garden on line 5) and a numeric target: the table a ColumnTransformer is for.
const HOUSES = `color,rooms,area,garden,price
red,3,2.5,yes,210.5
blue,,4.0,no,340
green,2,NA,yes,150.25
red,4,3.0,,260
blue,3,3.5,no,300
green,1,1.5,yes,120
red,5,4.5,no,390.75
blue,2,2.0,yes,180
green,3,,no,230
red,4,3.8,yes,320
blue,5,5.0,no,420
green,2,2.2,yes,170
`;

/** What training computed for every row: the saved pipeline applied column-wise to the whole table, the network, the inverted target scaler. */
function trainingTimePredictions(modelPath: string, csv: string): Float64Array {
  const json = JSON.parse(readFileSync(modelPath, "utf8"));
  const model = Sequential.fromJSON(json);
  const ct = ColumnTransformer.fromJSON(json.preprocessing.features, "preprocessing.features");
  const target = StandardScaler.fromJSON(json.preprocessing.target);
  const x = ct.transform(parseCsvTable(csv, { target: "price" }));
  return Float64Array.from(target.inverseTransform(model.predict(x)).data);
}

let report: Record<string, unknown>;
beforeAll(() => {
  writeFileSync(at("houses.csv"), HOUSES);
  const r = runCli(["train", "--data", at("houses.csv"), "--target", "price", "--task", "regression", "--epochs", "200", "--save", at("houses.json"), "--json"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  report = JSON.parse(r.stdout);
});

describe("a CSV with text and blanks, trained as a regression", () => {
  it("saves a linear head, the ColumnTransformer and the target scaler, and reports R², MAE and RMSE", () => {
    const json = JSON.parse(readFileSync(at("houses.json"), "utf8"));
    expect(json.task).toBe("regression");
    expect(json.layers.at(-1)).toMatchObject({ units: 1, activation: "linear" });
    expect(json.preprocessing.type).toBe("targetScaler");
    expect(json.preprocessing.features.type).toBe("columnTransformer");
    expect(json.preprocessing.features.columns).toEqual([
      { name: "color", kind: "categorical" }, { name: "rooms", kind: "numeric" }, { name: "area", kind: "numeric" }, { name: "garden", kind: "categorical" },
    ]);
    // the target scaler is fitted on the training rows' prices only
    const split = trainTestSplit(new Matrix(12, 1), Float64Array.from(parseCsvTable(HOUSES, { target: "price" }).target!.values as Float64Array), { testSize: 0.2, randomState: 42 });
    const yTrain = Array.from(split.yTrain as Float64Array);
    const mean = yTrain.reduce((a, b) => a + b, 0) / yTrain.length;
    expect(json.preprocessing.target.mean[0]).toBeCloseTo(mean, 12);
    expect(report).toMatchObject({ task: "regression", trainAccuracy: null, testAccuracy: null });
    for (const key of ["trainR2", "testR2", "testMae", "testRmse"]) expect(typeof report[key]).toBe("number");
    expect(report.testRmse as number).toBeGreaterThanOrEqual(report.testMae as number);
  });

  it("predict --values on one raw row (text, a blank, an NA) gives the training-time number for that row, bit for bit", () => {
    const expected = trainingTimePredictions(at("houses.json"), HOUSES);
    // line 3: blue,(blank),4.0,no — line 4: green,2,NA,yes — line 5: red,4,3.0,(blank)
    for (const [row, values] of [[1, "blue,,4.0,no"], [2, "green,2,NA,yes"], [3, "red,4,3.0,"]] as const) {
      const r = runCli(["predict", "--model", at("houses.json"), "--values", values, "--json"]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).predictions).toEqual([{ value: expected[row] }]);
    }
    writeFileSync(at("one-row.csv"), "color,rooms,area,garden\nblue,,4.0,no\n");
    const file = runCli(["predict", "--model", at("houses.json"), "--input", at("one-row.csv"), "--json"]);
    expect(JSON.parse(file.stdout).predictions).toEqual([{ value: expected[1] }]);
    const text = runCli(["predict", "--model", at("houses.json"), "--values", "blue,,4.0,no"]);
    expect(text.stdout).toBe(`${Number((expected[1] as number).toPrecision(6))}\n`);
  });

  it("predict --input on the training file gives the numbers train scored: its test MAE comes back exactly", () => {
    const r = runCli(["predict", "--model", at("houses.json"), "--input", at("houses.csv"), "--json"]);
    const predicted = (JSON.parse(r.stdout).predictions as { value: number }[]).map((p) => p.value);
    const prices = Array.from(parseCsvTable(HOUSES, { target: "price" }).target!.values as Float64Array);
    const { testIndices } = trainTestSplit(new Matrix(12, 1), new Matrix(12, 1), { testSize: 0.2, randomState: 42 });
    const test = Array.from(testIndices);
    expect(meanAbsoluteError(test.map((i) => prices[i]!), test.map((i) => predicted[i]!))).toBe(report.testMae);
  });

  it("evaluate --json gives r2, mae and rmse", () => {
    const r = runCli(["evaluate", "--model", at("houses.json"), "--data", at("houses.csv"), "--target", "price", "--json"]);
    expect(r.code).toBe(0);
    const { metrics, task, rows } = JSON.parse(r.stdout);
    expect([task, rows]).toEqual(["regression", 12]);
    expect(Object.keys(metrics).sort()).toEqual(["mae", "r2", "rmse"]);
    const predicted = (JSON.parse(runCli(["predict", "--model", at("houses.json"), "--input", at("houses.csv"), "--json"]).stdout).predictions as { value: number }[]).map((p) => p.value);
    const prices = Array.from(parseCsvTable(HOUSES, { target: "price" }).target!.values as Float64Array);
    expect(metrics.mae).toBe(meanAbsoluteError(prices, predicted));
  });
});

describe("bad table input is refused in the file's terms, exit 2", () => {
  it("an unseen category at predict time, unless --unknown ignore", () => {
    expectUserError(
      ["predict", "--model", at("houses.json"), "--values", "pink,3,2.5,yes"],
      /^backprop: predict: --values, column "color": the category "pink" was not seen in training\. Expected one of: blue, green, red \(or --unknown ignore to encode it as all zeros\)\.\n$/,
    );
    writeFileSync(at("pink.csv"), "color,rooms,area,garden\nred,3,2.5,yes\npink,3,2.5,yes\n");
    expectUserError(["predict", "--model", at("houses.json"), "--input", at("pink.csv")], /^backprop: predict: .*pink\.csv: line 3, column "color": the category "pink" was not seen in training\./);
    const ignored = runCli(["predict", "--model", at("houses.json"), "--values", "pink,3,2.5,yes", "--unknown", "ignore", "--json"]);
    expect(ignored.code).toBe(0);
    expect(Number.isFinite(JSON.parse(ignored.stdout).predictions[0].value)).toBe(true);
  });

  it("an unseen category in evaluate's data, unless evaluate --unknown ignore (the flag its message suggests)", () => {
    writeFileSync(at("pink-priced.csv"), "color,rooms,area,garden,price\nred,3,2.5,yes,210\npink,3,2.5,yes,250\nblue,5,5.0,no,420\n");
    const file = at("pink-priced.csv");
    const refused = runCli(["evaluate", "--model", at("houses.json"), "--data", file]);
    expect([refused.code, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr).toBe(`backprop: evaluate: ${file}: line 3, column "color": the category "pink" was not seen in training. Expected one of: blue, green, red (or --unknown ignore to encode it as all zeros).\n`);
    const e = runCli(["evaluate", "--model", at("houses.json"), "--data", file, "--unknown", "ignore", "--json"]);
    expect([e.code, e.stderr]).toEqual([0, ""]);
    const predicted = (JSON.parse(runCli(["predict", "--model", at("houses.json"), "--input", file, "--unknown", "ignore", "--json"]).stdout).predictions as { value: number }[]).map((p) => p.value);
    expect(JSON.parse(e.stdout).metrics.mae).toBe(meanAbsoluteError([210, 250, 420], predicted));
  });

  it("a text cell where the model was trained on numbers, naming the column and value", () => {
    expectUserError(["predict", "--model", at("houses.json"), "--values", "red,three,2.5,yes"], /^backprop: predict: --values, column "rooms": the model was trained on numbers there\. Received: "three"\.\n$/);
    // A number too large for a float64, in the user's terms (it was the pipeline's internal message).
    expectUserError(["predict", "--model", at("houses.json"), "--values", "red,1e999,2.5,yes"], /^backprop: predict: --values, column "rooms": values must be finite numbers \(this one overflows a float64\)\. Received: "1e999"\.\n$/);
  });

  it("a column with no value in the training rows: names it and says to drop it, then --drop trains", () => {
    const lines = ["a,b,c,label", ...Array.from({ length: 40 }, (_, i) => `${i / 10},,${i % 3},${i % 2 ? "x" : "y"}`)];
    writeFileSync(at("blank-column.csv"), `${lines.join("\n")}\n`);
    expectUserError(["train", "--data", at("blank-column.csv"), "--epochs", "2"],
      /^backprop: train: column "b" has no value in the training rows \(every cell is blank or a missing value\), so there is nothing to fill it from\. Leave it out with --drop b, or fill some of its cells\. Received: 32 training rows\.\n$/);
    expect(runCli(["train", "--data", at("blank-column.csv"), "--epochs", "2", "--drop", "b"]).code).toBe(0);
  });

  it("a target column that does not exist", () => {
    expectUserError(["train", "--data", at("houses.csv"), "--target", "cost"], /^backprop: train: --target must name a column of .*houses\.csv\. Received: --target=cost\. Expected one of: color, rooms, area, garden, price\.\n$/);
  });

  it("a regression target that is not numeric, naming its line", () => {
    expectUserError(["train", "--data", at("houses.csv"), "--target", "color", "--task", "regression"], /^backprop: train: .*houses\.csv: line 2, column "color": a regression target must be numeric\. Received: "red"/);
  });

  it("a class weight for a class that does not exist", () => {
    expectUserError(["train", "--data", "iris", "--class-weight", "setosa=2,tulip=3"], /^backprop: train: --class-weight names the class "tulip", which the data does not have\. Expected one of: setosa, versicolor, virginica\.\n$/);
  });

  it("a missing target value, naming its line", () => {
    expectUserError(["train", "--data", at("houses.csv"), "--target", "garden"], /^backprop: train: .*houses\.csv: line 5, column "garden": the target must have a value in every row\. Received: a missing value\.\n$/);
  });
});

describe("task inference", () => {
  it("few distinct integers read as classes, real numbers as a regression, each with a one-line notice on stderr", () => {
    writeFileSync(at("ints.csv"), `a,b,y\n${Array.from({ length: 12 }, (_, i) => `${i},${i % 3},${i % 3}`).join("\n")}\n`);
    const ints = runCli(["train", "--data", at("ints.csv"), "--epochs", "2", "--json"]);
    expect(JSON.parse(ints.stdout).task).toBe("classification");
    expect(ints.stderr).toBe('train: the target "y" holds 3 distinct integers, so it is read as class labels; for a regression, say --task regression.\n');
    const real = runCli(["train", "--data", at("houses.csv"), "--epochs", "2", "--json"]);
    expect(JSON.parse(real.stdout).task).toBe("regression");
    expect(real.stderr).toBe('train: the target "price" holds real numbers, so this is a regression; for class labels, say --task classification.\n');
  });
});
