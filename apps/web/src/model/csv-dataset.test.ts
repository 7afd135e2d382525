import { describe, expect, it } from "vitest";
import { csvRows, loadCsv } from "./csv-dataset.js";
import { MAX_CSV_BYTES } from "./csv-choice.js";

const PETS = [
  "weight,height,colour,kind",
  "1.0,2.0,red,cat",
  "1.5,,blue,dog",
  "2.0,3.5,,dog",
  "0.5,1.0,red,cat",
  "3.0,4.0,green,bird",
  "2.5,3.0,red,bird",
  "1.2,2.2,blue,",
  "2.2,3.2,red,dog",
].join("\n");

describe("loadCsv", () => {
  it("reads columns with parseCsvTable and picks the last column that can be the label", () => {
    const { summary } = loadCsv("pets.csv", PETS);
    expect(summary.rows).toBe(8);
    expect(summary.columns.map((c) => [c.name, c.kind, c.missing, c.feature])).toEqual([
      ["weight", "numeric", 0, true], ["height", "numeric", 1, true], ["colour", "text", 1, false], ["kind", "text", 1, false],
    ]);
    expect(summary.defaultChoice).toEqual({ file: "pets.csv", label: "kind", features: ["weight", "height"], plotX: "weight", plotY: "height" });
    // Text with 3 values can be a label; real numbers cannot.
    expect(summary.columns[2]!.labelProblem).toBeNull();
    expect(summary.columns[0]!.labelProblem).toBe('a numeric label column must hold whole numbers (class codes). Received: "weight" holds 1.5 on data row 2.');
  });

  it("leaves a row-number column (Kaggle's Iris has one) out of the default features", () => {
    const { summary } = loadCsv("Iris.csv", "Id,SepalLengthCm,SepalWidthCm,Species\n1,5.1,3.5,setosa\n2,7.0,3.2,versicolor\n3,6.3,3.3,virginica\n4,4.9,3.0,setosa\n");
    expect(summary.columns.map((c) => c.rowNumber)).toEqual([true, false, false, false]);
    expect(summary.defaultChoice).toEqual({ file: "Iris.csv", label: "Species", features: ["SepalLengthCm", "SepalWidthCm"], plotX: "SepalLengthCm", plotY: "SepalWidthCm" });
    // Still offered, and used when nothing else is there to plot.
    expect(summary.columns[0]!.feature).toBe(true);
    expect(loadCsv("n.csv", "a,b,k\n1,7,x\n2,3,y\n3,5,x\n").summary.defaultChoice.features).toEqual(["a", "b"]);
  });

  it("refuses what the plane cannot show, naming the file", () => {
    expect(() => loadCsv("a.csv", "name,kind\nx,a\ny,b\n")).toThrow(/^a\.csv: the plane needs two numeric columns to plot\. Received: no numeric columns \(2 text or blank columns\)\.$/);
    expect(() => loadCsv("a.csv", "x,kind\n1,a\n2,b\n")).toThrow(/^a\.csv: the plane needs two numeric columns besides the label "kind"\. Received: 1 \("x"\)\.$/);
    expect(() => loadCsv("a.csv", "x,y,kind\n1,2,a\n2,3,a\n")).toThrow(/^a\.csv: the label column "kind" must hold at least 2 classes\. Received: 1 class \("a"\)\.$/);
    const many = ["x,y,kind", ...Array.from({ length: 7 }, (_, i) => `${i},${i},k${i}`)].join("\n");
    expect(() => loadCsv("a.csv", many)).toThrow(/^a\.csv: the label column "kind" may hold at most 6 classes\. Received: 7 distinct values\.$/);
  });

  it("refuses a broken, binary or too large file", () => {
    expect(() => loadCsv("b.csv", "x,y,kind\n1,2,a\n3,b\n")).toThrow(/^b\.csv: line 3: every row must have 3 fields \(as in the header\)\. Received: 2 fields\.$/);
    expect(() => loadCsv("p.png", "\u0089PNG\r\n\u001a\n\u0000\u0000")).toThrow(/^p\.png: this is not a CSV text file \(it holds binary data\)\. Received: a byte that is not UTF-8 text at character 9\.$/);
    expect(() => loadCsv("big.csv", "x,y,k\n" + "1,2,a\n".repeat(MAX_CSV_BYTES / 6))).toThrow(/^big\.csv: a file may hold at most 1,000,000 bytes \(1 MB\)\. Received: 1,000,002 bytes\.$/);
    expect(() => loadCsv("rows.csv", "x,y,k\n" + "1,2,a\n3,4,b\n".repeat(2501))).toThrow(/^rows\.csv: a file may hold at most 5,000 data rows\. Received: 5,002 rows\.$/);
    expect(() => loadCsv("e.csv", "")).toThrow(/^e\.csv: the CSV must have at least one data row/);
  });
});

describe("csvRows", () => {
  it("drops rows with a blank label or trained-on cell, not blanks elsewhere, and maps labels in sorted order", () => {
    const loaded = loadCsv("pets.csv", PETS);
    const rows = csvRows(loaded, loaded.summary.defaultChoice);
    // Row 2 (blank height) and row 7 (blank kind) go; row 3's blank colour is not used.
    expect(rows.dropped).toBe(2);
    expect(rows.classNames).toEqual(["bird", "cat", "dog"]);
    expect([...rows.y]).toEqual([1, 2, 1, 0, 0, 2]);
    expect(rows.x.toArray()).toEqual([[1, 2], [2, 3.5], [0.5, 1], [3, 4], [2.5, 3], [2.2, 3.2]]);
    expect(rows.plot).toEqual([0, 1]);
    const swapped = csvRows(loaded, { ...loaded.summary.defaultChoice, plotX: "height", plotY: "weight" });
    expect(swapped.plot).toEqual([1, 0]);
  });

  it("takes whole-number labels as classes, in numeric order", () => {
    const loaded = loadCsv("n.csv", "a,b,c\n1,2,10\n2,3,2\n3,4,10\n4,5,2\n");
    expect(loaded.summary.defaultChoice.label).toBe("c");
    const rows = csvRows(loaded, loaded.summary.defaultChoice);
    expect(rows.classNames).toEqual(["2", "10"]);
    expect([...rows.y]).toEqual([1, 0, 1, 0]);
  });

  it("checks the choice against the file, with exact messages", () => {
    const loaded = loadCsv("pets.csv", PETS);
    const base = loaded.summary.defaultChoice;
    expect(() => csvRows(loaded, { ...base, label: "size" })).toThrow(/^pets\.csv: the label column "size" is not in the file\. Expected one of: "weight", "height", "colour", "kind"\.$/);
    expect(() => csvRows(loaded, { ...base, label: "weight" })).toThrow(/^pets\.csv: a numeric label column must hold whole numbers/);
    expect(() => csvRows(loaded, { ...base, features: ["weight"] })).toThrow(/^pets\.csv: train on 2 to 16 different columns\. Received: 1 \("weight"\)\.$/);
    expect(() => csvRows(loaded, { ...base, features: ["weight", "colour"], plotY: "colour" })).toThrow(/^pets\.csv: a trained-on column must be numeric\. Received: "colour", a text column\.$/);
    expect(() => csvRows(loaded, { ...base, plotY: "weight" })).toThrow(/^pets\.csv: the two plotted columns must be different trained-on columns\. Received: "weight" and "weight"\.$/);
    // colour can be the label, but once blank rows go, "green" is left with one row.
    expect(() => csvRows(loaded, { ...base, label: "colour" })).toThrow(/^pets\.csv: every class needs at least 2 complete rows \(one to train on, one to test\) after dropping 2 rows with blanks\. Received: class "blue" has 1\.$/);
  });

  it("needs two complete rows per class and two classes after dropping blanks", () => {
    const one = loadCsv("s.csv", "x,y,k\n1,2,a\n2,3,a\n3,4,b\n");
    expect(() => csvRows(one, one.summary.defaultChoice)).toThrow(/^s\.csv: every class needs at least 2 complete rows \(one to train on, one to test\)\. Received: class "b" has 1\.$/);
    const blanks = loadCsv("s.csv", "x,y,k\n1,2,a\n2,3,a\n3,,b\n4,,b\n");
    expect(() => csvRows(blanks, blanks.summary.defaultChoice)).toThrow(/^s\.csv: the label column "k" must hold at least 2 classes after dropping 2 rows with blanks\. Received: 1 class \("a"\)\.$/);
  });
});
