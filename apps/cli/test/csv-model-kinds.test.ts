import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

interface Prediction {
  class: string;
  probabilities: number[];
}

function predictJson(args: string[]): Prediction[] {
  const r = runCli(["predict", ...args, "--json"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return (JSON.parse(r.stdout) as { predictions: Prediction[] }).predictions;
}

/** Each row through `--values`, the path that reads the cells as typed. */
function byValues(model: string, rows: string[]): Prediction[] {
  return rows.flatMap((row) => predictJson(["--model", model, "--values", row]));
}

// grade holds text and numbers, so training reads it as text: "1.0" and "2.50" are categories.
const grades = ["A", "B", "C", "1.0", "2.50"];
const gradeRows = Array.from({ length: 40 }, (_, i) => ({ a: ((i * 7) % 40) / 40, grade: grades[i % 5] as string, label: (i * 7) % 40 < 20 !== (i % 5 < 2) ? "x" : "y" }));

beforeAll(() => {
  writeFileSync(at("grade.csv"), `a,grade,label\n${gradeRows.map((r) => `${r.a},${r.grade},${r.label}`).join("\n")}\n`);
  const t = runCli(["train", "--data", at("grade.csv"), "--epochs", "60", "--save", at("grade.json"), "--json"]);
  expect(t.code).toBe(0);
  const iris = runCli(["data", "iris", "--out", at("iris.csv")]);
  expect(iris.code).toBe(0);
  const s = runCli(["train", "--data", at("iris.csv"), "--epochs", "30", "--save", at("iris.json"), "--json"]);
  expect(s.code).toBe(0);
});

describe("predict and evaluate read a CSV's columns as the model read them", () => {
  it("reads a text column of the model as each cell's text, so 1.0 and 2.50 are the categories training saw", () => {
    const columns = (JSON.parse(readFileSync(at("grade.json"), "utf8")) as { preprocessing: { columns: { name: string; kind: string }[] } }).preprocessing.columns;
    expect(columns).toEqual([{ name: "a", kind: "numeric" }, { name: "grade", kind: "categorical" }]);
    writeFileSync(at("gp.csv"), "a,grade\n0.7,1.0\n0.2,2.50\n");
    const expected = byValues(at("grade.json"), ["0.7,1.0", "0.2,2.50"]);
    expect(predictJson(["--model", at("grade.json"), "--input", at("gp.csv")])).toEqual(expected);
    // --unknown ignore does not turn them into unseen categories (all-zero one-hot blocks).
    expect(predictJson(["--model", at("grade.json"), "--input", at("gp.csv"), "--unknown", "ignore"])).toEqual(expected);
    const unseen = predictJson(["--model", at("grade.json"), "--values", "0.7,zz", "--unknown", "ignore"]);
    expect(unseen[0]?.probabilities).not.toEqual(expected[0]?.probabilities);
  });

  it("reads a column holding 1.0 and A as text, not as a numeric column with a bad cell", () => {
    writeFileSync(at("gp2.csv"), "a,grade\n0.7,1.0\n0.2,A\n");
    expect(predictJson(["--model", at("grade.json"), "--input", at("gp2.csv")])).toEqual(byValues(at("grade.json"), ["0.7,1.0", "0.2,A"]));
  });

  it("evaluate reads the model's text column as text too: accuracy recomputed from predict --values", () => {
    const rows = [["0.7", "1.0", "y"], ["0.2", "2.50", "x"], ["0.9", "1.0", "x"], ["0.1", "2.50", "y"]];
    writeFileSync(at("ge.csv"), `a,grade,label\n${rows.map((r) => r.join(",")).join("\n")}\n`);
    const e = runCli(["evaluate", "--model", at("grade.json"), "--data", at("ge.csv"), "--json"]);
    expect([e.code, e.stderr]).toEqual([0, ""]);
    const predicted = byValues(at("grade.json"), rows.map((r) => `${r[0]},${r[1]}`)).map((p) => p.class);
    const right = predicted.filter((c, i) => c === rows[i]?.[2]).length;
    expect(JSON.parse(e.stdout)).toMatchObject({ rows: 4, accuracy: right / 4 });
  });

  it("still refuses text in a column the model reads as numbers, naming the line, the column and the value", () => {
    writeFileSync(at("text-a.csv"), "a,grade\nx,1.0\nz,A\ny,B\n");
    const r = runCli(["predict", "--model", at("grade.json"), "--input", at("text-a.csv")]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `backprop: ${at("text-a.csv")}: line 2, column "a": a numeric column must hold numbers. Received: "x".\n`]);
  });
});

describe("columns a command does not use are never read", () => {
  const weights = ["12", "-", "1e999"];
  /** iris.csv with a `weight` column of cells no numeric column may hold, inserted before column `at`. */
  function withWeight(name: string, before: number, keep = (j: number) => j >= 0): void {
    const lines = readFileSync(at("iris.csv"), "utf8").trim().split("\n");
    const out = lines.map((line, i) => {
      const cells = line.split(",").filter((_, j) => keep(j));
      cells.splice(before, 0, i === 0 ? "weight" : (weights[i % 3] as string));
      return cells.join(",");
    });
    writeFileSync(at(name), `${out.join("\n")}\n`);
  }

  it("predict leaves out a column the model does not read, whatever it holds", () => {
    withWeight("pw.csv", 4, (j) => j < 4);
    writeFileSync(at("p.csv"), readFileSync(at("iris.csv"), "utf8").split("\n").map((l) => l.split(",").slice(0, 4).join(",")).join("\n"));
    const expected = predictJson(["--model", at("iris.json"), "--input", at("p.csv")]);
    expect(expected).toHaveLength(150);
    expect(predictJson(["--model", at("iris.json"), "--input", at("pw.csv")])).toEqual(expected);
    // A table model too.
    writeFileSync(at("gw.csv"), "a,weight,grade\n0.7,12,1.0\n0.2,-,A\n0.5,1e999,B\n");
    expect(predictJson(["--model", at("grade.json"), "--input", at("gw.csv")])).toEqual(byValues(at("grade.json"), ["0.7,1.0", "0.2,A", "0.5,B"]));
  });

  it("train --drop never reads the dropped column: the same run as on the file without it", () => {
    withWeight("tw.csv", 2);
    const args = ["--epochs", "20", "--json"];
    const plain = runCli(["train", "--data", at("iris.csv"), ...args]);
    const dropped = runCli(["train", "--data", at("tw.csv"), "--drop", "weight", ...args]);
    expect([dropped.code, dropped.stderr]).toEqual([0, ""]);
    const loss = (r: { stdout: string }): number[] => (JSON.parse(r.stdout) as { loss: number[] }).loss;
    expect(loss(dropped)).toEqual(loss(plain));
    expect(loss(plain)).toHaveLength(20);
  });

  it("evaluate leaves out --drop columns and the columns the model does not read", () => {
    withWeight("ew.csv", 2);
    const expected = runCli(["evaluate", "--model", at("iris.json"), "--data", at("iris.csv"), "--json"]);
    expect(expected.code).toBe(0);
    const { loss, accuracy } = JSON.parse(expected.stdout) as { loss: number; accuracy: number };
    for (const extra of [["--drop", "weight"], []]) {
      const e = runCli(["evaluate", "--model", at("iris.json"), "--data", at("ew.csv"), ...extra, "--json"]);
      expect([e.code, e.stderr]).toEqual([0, ""]);
      expect(JSON.parse(e.stdout)).toMatchObject({ rows: 150, loss, accuracy });
    }
    // A --drop name the file lacks is still refused, naming the file's columns.
    const bad = runCli(["evaluate", "--model", at("iris.json"), "--data", at("ew.csv"), "--drop", "wieght"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`backprop: evaluate: --drop must name a column of ${at("ew.csv")}. Received: --drop=wieght. Expected one of: sepal length (cm), sepal width (cm), weight, petal length (cm), petal width (cm), species.\n`);
  });
});

describe("predict --input shows each row on one line", () => {
  it("a cell holding a line break is written \\n, one holding a comma is quoted, so each row stays one line beside its prediction", () => {
    const lines = ["x,color,label", ...Array.from({ length: 30 }, (_, i) => `${i / 10},${i % 2 ? '"re\nd"' : '"bl,ue"'},${i % 3 ? "a" : "b"}`)];
    writeFileSync(at("breaks.csv"), `${lines.join("\n")}\n`);
    expect(runCli(["train", "--data", at("breaks.csv"), "--epochs", "3", "--save", at("breaks.json")]).code).toBe(0);
    writeFileSync(at("breaks-in.csv"), 'x,color\n0.1,"re\nd"\n2.9,"bl,ue"\n');
    const r = runCli(["predict", "--model", at("breaks.json"), "--input", at("breaks-in.csv")]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = r.stdout.trimEnd().split("\n");
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^0\.1,re\\nd {4}→ {2}[ab] \(\d\.\d\d\)$/);
    expect(out[1]).toMatch(/^2\.9,"bl,ue" {2}→ {2}[ab] \(\d\.\d\d\)$/);
  });
});
