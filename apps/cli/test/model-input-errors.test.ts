import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectUserError, runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);


beforeAll(() => {
  // A 2-feature, 2-class model (classes "0" and "1", features x1 and x2) to feed wrong input to.
  const r = runCli(["train", "--data", "xor", "--test-size", "0", "--epochs", "2", "--batch-size", "4", "--save", at("xor.json"), "--json"]);
  expect(r.code).toBe(0);
  writeFileSync(at("three-columns.csv"), "a,b,c\n1,2,3\n");
  writeFileSync(at("class-two.csv"), "x1,x2,label\n0,1,1\n1,1,2\n");
  writeFileSync(at("real-target.csv"), "a,b,y\n1,2,1\n3,4,0.5\n");
  writeFileSync(at("one-class.csv"), "a,b,y\n1,2,cat\n3,4,cat\n");
});

describe("input that does not fit the model or the task", () => {
  it("predict wants exactly one of --values and --input", () => {
    const model = at("xor.json");
    expectUserError(["predict", "--model", model], "backprop: predict: give exactly one of --values or --input. Received: neither.");
    expectUserError(
      ["predict", "--model", model, "--values", "0,1", "--input", at("three-columns.csv")],
      "backprop: predict: give exactly one of --values or --input. Received: both.",
    );
  });

  it("predict --input names the columns the model needs and the ones the file has", () => {
    expectUserError(
      ["predict", "--model", at("xor.json"), "--input", at("three-columns.csv")],
      `backprop: predict: ${at("three-columns.csv")} must have columns named x1, x2. Received: columns a, b, c (missing x1, x2).`,
    );
  });

  it("predict --input reads only the model's columns: a blank label column (rows to predict) is fine, a blank or text feature is named", () => {
    // Rows to predict, their label left blank, the columns in another order, semicolons between.
    writeFileSync(at("to-predict.csv"), "label;x2;x1\n;1;0\n;0;1\n;1;1\n");
    const file = JSON.parse(runCli(["predict", "--model", at("xor.json"), "--input", at("to-predict.csv"), "--delimiter", ";", "--json"]).stdout) as { predictions: unknown[] };
    const one = (values: string) => (JSON.parse(runCli(["predict", "--model", at("xor.json"), "--values", values, "--json"]).stdout) as { predictions: unknown[] }).predictions[0];
    expect(file.predictions).toEqual([one("0,1"), one("1,0"), one("1,1")]);
    writeFileSync(at("blank-feature.csv"), "x1,x2,label\n0,1,1\n1,,0\n");
    expectUserError(
      ["predict", "--model", at("xor.json"), "--input", at("blank-feature.csv")],
      `backprop: predict: ${at("blank-feature.csv")}: line 3, column "x2": every column the model reads must hold a value; fill or drop the row. Received: a blank or missing cell.`,
    );
    writeFileSync(at("text-feature.csv"), "x1,x2\n0,one\n1,zero\n");
    expectUserError(
      ["predict", "--model", at("xor.json"), "--input", at("text-feature.csv")],
      `backprop: predict: ${at("text-feature.csv")}: column "x2" must hold numbers (the model reads it as a number). Received: text such as "one".`,
    );
  });

  it("evaluate reads the model's columns by name: in another order, among others (an id, notes), the same figures", () => {
    // y depends on a only, so a file read by position with a and b swapped would score otherwise.
    const rows = Array.from({ length: 60 }, (_, i) => ({ a: ((i * 37) % 60) / 10 - 3, b: ((i * 11) % 60) / 10 - 3 }));
    writeFileSync(at("ab.csv"), `a,b,y\n${rows.map((r) => `${r.a},${r.b},${r.a > 0 ? "pos" : "neg"}`).join("\n")}\n`);
    writeFileSync(at("ba.csv"), `id,b,notes,a,y\n${rows.map((r, i) => `${i},${r.b},${i % 3 ? "" : "checked"},${r.a},${r.a > 0 ? "pos" : "neg"}`).join("\n")}\n`);
    expect(runCli(["train", "--data", at("ab.csv"), "--epochs", "200", "--save", at("ab.json")]).code).toBe(0);
    const same = JSON.parse(runCli(["evaluate", "--model", at("ab.json"), "--data", at("ab.csv"), "--json"]).stdout) as { metrics: unknown; rows: number };
    const other = JSON.parse(runCli(["evaluate", "--model", at("ab.json"), "--data", at("ba.csv"), "--target", "y", "--json"]).stdout) as { metrics: unknown; rows: number };
    expect([other.rows, other.metrics]).toEqual([60, same.metrics]);
  });

  it("evaluate refuses data with another feature count or a class the model does not know", () => {
    expectUserError(
      ["evaluate", "--model", at("xor.json"), "--data", "iris"],
      "backprop: evaluate: the data must have the model's 2 features. Received: --data=iris with 4.",
    );
    expectUserError(
      ["evaluate", "--model", at("xor.json"), "--data", at("class-two.csv")],
      'backprop: evaluate: the data has class "2", which the model does not know. Expected one of: 0, 1.',
    );
  });

  it("train refuses a target of real numbers for --task classification and a target with one class", () => {
    const real = at("real-target.csv");
    expectUserError(
      ["train", "--data", real, "--task", "classification"],
      `backprop: train: the target column "y" of ${real} must hold class labels (text or integers). Received: 0.5, … (use --target to pick another column).`,
    );
    const one = at("one-class.csv");
    expectUserError(["train", "--data", one], `backprop: train: the target must hold at least two classes. Received: ${one} with the single class "cat".`);
  });

  it("a flag before the command is refused with a pointer to --help", () => {
    expectUserError(["--epochs", "5"], "backprop: the command must come before any flag. Received: --epochs first. Run: backprop --help");
  });
});
