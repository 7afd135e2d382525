import { describe, expect, it } from "vitest";
import { csvRows, csvTargetRows, loadCsv } from "./csv-dataset.js";
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
    const { summary } = loadCsv("Iris.csv", "Id,SepalLengthCm,SepalWidthCm,Species\n1,5.1,3.5,setosa\n2,7.0,3.2,versicolor\n3,6.3,3.3,virginica\n4,4.9,3.0,setosa\n5,6.4,3.2,versicolor\n6,5.8,2.7,virginica\n");
    expect(summary.columns.map((c) => c.rowNumber)).toEqual([true, false, false, false]);
    expect(summary.defaultChoice).toEqual({ file: "Iris.csv", label: "Species", features: ["SepalLengthCm", "SepalWidthCm"], plotX: "SepalLengthCm", plotY: "SepalWidthCm" });
    // Still offered, and used when nothing else is there to plot.
    expect(summary.columns[0]!.feature).toBe(true);
    expect(loadCsv("n.csv", "a,b,k\n1,7,x\n2,3,y\n3,5,x\n4,1,y\n").summary.defaultChoice!.features).toEqual(["a", "b"]);
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
    expect(() => loadCsv("p.png", "\u0089PNG\r\n\u001a\n\u0000\u0000")).toThrow(/^p\.png: this is not a CSV text file \(it holds binary data\)\. Received: a NUL byte at character 9\.$/);
    expect(() => loadCsv("big.csv", "x,y,k\n" + "1,2,a\n".repeat(MAX_CSV_BYTES / 6))).toThrow(/^big\.csv: a file may hold at most 1,000,000 bytes \(1 MB\)\. Received: 1,000,002 bytes\.$/);
    expect(() => loadCsv("rows.csv", "x,y,k\n" + "1,2,a\n3,4,b\n".repeat(2501))).toThrow(/^rows\.csv: a file may hold at most 5,000 data rows\. Received: 5,002 rows\.$/);
    expect(() => loadCsv("e.csv", "")).toThrow(/^e\.csv: the CSV must have at least one data row/);
  });
});

describe("loadCsv on text that is not UTF-8", () => {
  it("refuses a Windows-1252 / Latin-1 file as not UTF-8, with the line, the character and how to save it as UTF-8", () => {
    const towns = "town,x,y,label\nBern,1,2,a\nZürich,2,3,b\nGenève,3,1,a\nBasel,4,2,b\n";
    // What the page's File.text() gives: the bytes decoded as UTF-8, each invalid byte a U+FFFD.
    const asRead = new TextDecoder("utf-8").decode(Buffer.from(towns, "latin1"));
    expect(() => loadCsv("towns.csv", asRead)).toThrow(new RangeError(
      'towns.csv: the file must be UTF-8 text, and it is not (it looks saved as Windows-1252 or Latin-1, as Excel\'s plain "CSV" is). ' +
      'Save it as UTF-8 (Excel: "CSV UTF-8"; LibreOffice: character set "Unicode (UTF-8)"; iconv -f WINDOWS-1252 -t UTF-8) and upload it again. ' +
      "Received: a byte that is not UTF-8 on line 3, character 2."));
    // The same table saved as UTF-8 loads.
    expect(loadCsv("towns.csv", new TextDecoder("utf-8").decode(Buffer.from(towns, "utf8"))).summary.rows).toBe(4);
  });
});

describe("csvRows", () => {
  it("drops rows with a blank label or trained-on cell, not blanks elsewhere, and maps labels in sorted order", () => {
    const loaded = loadCsv("pets.csv", PETS);
    const rows = csvRows(loaded, loaded.summary.defaultChoice!);
    // Row 2 (blank height) and row 7 (blank kind) go; row 3's blank colour is not used.
    expect(rows.dropped).toBe(2);
    expect(rows.classNames).toEqual(["bird", "cat", "dog"]);
    expect([...rows.y]).toEqual([1, 2, 1, 0, 0, 2]);
    expect(rows.x.toArray()).toEqual([[1, 2], [2, 3.5], [0.5, 1], [3, 4], [2.5, 3], [2.2, 3.2]]);
    expect(rows.plot).toEqual([0, 1]);
    const swapped = csvRows(loaded, { ...loaded.summary.defaultChoice!, plotX: "height", plotY: "weight" });
    expect(swapped.plot).toEqual([1, 0]);
  });

  it("takes whole-number labels as classes, in numeric order", () => {
    const loaded = loadCsv("n.csv", "a,b,c\n1,2,10\n2,3,2\n3,4,10\n4,5,2\n");
    expect(loaded.summary.defaultChoice!.label).toBe("c");
    const rows = csvRows(loaded, loaded.summary.defaultChoice!);
    expect(rows.classNames).toEqual(["2", "10"]);
    expect([...rows.y]).toEqual([1, 0, 1, 0]);
  });

  it("checks the choice against the file, with exact messages", () => {
    const loaded = loadCsv("pets.csv", PETS);
    const base = loaded.summary.defaultChoice!;
    expect(() => csvRows(loaded, { ...base, label: "size" })).toThrow(/^pets\.csv: the label column "size" is not in the file\. Expected one of: "weight", "height", "colour", "kind"\.$/);
    expect(() => csvRows(loaded, { ...base, label: "weight" })).toThrow(/^pets\.csv: a numeric label column must hold whole numbers/);
    expect(() => csvRows(loaded, { ...base, features: ["weight"] })).toThrow(/^pets\.csv: train on 2 to 16 different columns\. Received: 1 \("weight"\)\.$/);
    expect(() => csvRows(loaded, { ...base, features: ["weight", "colour"], plotY: "colour" })).toThrow(/^pets\.csv: a trained-on column must be numeric\. Received: "colour", a text column\.$/);
    expect(() => csvRows(loaded, { ...base, plotY: "weight" })).toThrow(/^pets\.csv: the two plotted columns must be different trained-on columns\. Received: "weight" and "weight"\.$/);
    // colour can be the label, but once blank rows go, "green" is left with one row.
    expect(() => csvRows(loaded, { ...base, label: "colour" })).toThrow(/^pets\.csv: every class needs at least 2 complete rows \(one to train on, one to test\) after dropping 2 rows with blanks\. Received: class "blue" has 1\.$/);
  });

  it("needs two complete rows per class and two classes after dropping blanks: a file without them is refused as it loads", () => {
    expect(() => loadCsv("s.csv", "x,y,k\n1,2,a\n2,3,a\n3,4,b\n")).toThrow(/^s\.csv: every class needs at least 2 complete rows \(one to train on, one to test\)\. Received: class "b" has 1\.$/);
    expect(() => loadCsv("s.csv", "x,y,k\n1,2,a\n2,3,a\n3,,b\n4,,b\n")).toThrow(/^s\.csv: the label column "k" must hold at least 2 classes after dropping 2 rows with blanks\. Received: 1 class \("a"\)\.$/);
    // The report's two-row upload: refused before it is announced as loaded.
    expect(() => loadCsv("two-rows.csv", "a,b,label\n1,2,x\n3,4,y\n")).toThrow(/^two-rows\.csv: every class needs at least 2 complete rows \(one to train on, one to test\)\. Received: class "x" has 1\.$/);
    // A choice the user makes later is still checked when its rows are taken.
    const fine = loadCsv("s.csv", "x,y,j,k\n1,2,p,a\n2,3,p,a\n3,4,q,b\n4,1,p,b\n");
    expect(() => csvRows(fine, { ...fine.summary.defaultChoice!, label: "j" })).toThrow(/^s\.csv: every class needs at least 2 complete rows \(one to train on, one to test\)\. Received: class "q" has 1\.$/);
  });

  it("opens a file on the other problem when only that one's default can train", () => {
    // "kind" has a class with one row, but "age" can be a target with a and b to plot.
    const { summary } = loadCsv("f.csv", "id,a,b,age,kind\n1,1,2,30,x\n2,3,3,41,y\n3,2,1,25,x\n");
    expect([summary.problem, summary.regressionChoice?.label]).toEqual(["regression", "age"]);
  });
});

/** Houses: a row number, two measurements, a text column and a price in thousands (blanks in two rows). */
const HOUSES = [
  "id,area,rooms,town,price",
  "1,50.5,2,north,120.5",
  "2,80,3,south,180.25",
  "3,,4,north,210",
  "4,120,4,east,",
  "5,65,2,south,150.75",
  "6,95.5,3,north,199.5",
].join("\n");

describe("regression uploads", () => {
  it("offers the last column as a numeric target, leaving the row number out, and suggests regression for it", () => {
    const { summary } = loadCsv("houses.csv", HOUSES);
    // town could be a label (3 values), but the last column, price, holds 120.5: a number to predict.
    expect(summary.defaultChoice!.label).toBe("town");
    expect(summary.problem).toBe("regression");
    expect(summary.columns.map((c) => c.targetProblem)).toEqual([
      null, null, null, 'a target column must be numeric. Received: "town", a text column.', null,
    ]);
    expect(summary.regressionChoice).toEqual({ file: "houses.csv", label: "price", features: ["area", "rooms"], plotX: "area", plotY: "rooms" });
  });

  it("a file with a class label also gets a regression choice: its last numeric column that is not a row number", () => {
    const { summary } = loadCsv("f.csv", "id,a,b,age,kind\n1,1,2,30,x\n2,3,3,41,y\n3,2,1,25,x\n4,4,4,35,y\n");
    expect(summary.defaultChoice!.label).toBe("kind");
    expect(summary.problem).toBe("classification");
    expect(summary.regressionChoice).toEqual({ file: "f.csv", label: "age", features: ["a", "b"], plotX: "a", plotY: "b" });
    // PETS has no numeric column left to be a target with two others to plot.
    expect(loadCsv("pets.csv", PETS).summary.regressionChoice).toBeNull();
  });

  it("a file with no class label at all is a regression file; one with neither is refused with the label's reason", () => {
    const only = loadCsv("r.csv", "x1,x2,y\n0.5,1,2.25\n1.5,2,3.5\n2.5,0,1.75\n").summary;
    expect([only.defaultChoice, only.problem, only.regressionChoice?.label]).toEqual([null, "regression", "y"]);
    expect(() => loadCsv("one.csv", "a,b,kind\n1,2,x\n3,4,x\n")).toThrow(/^one\.csv: the label column "kind" must hold at least 2 classes\. Received: 1 class \("x"\)\.$/);
  });

  it("a cell too large for the losses to stay finite is refused, naming the column and the row (a label column of classes is not checked)", () => {
    // Refused as the file loads (the rows it opens on are checked then), not when the run fails to start.
    expect(() => loadCsv("big.csv", HOUSES.replace("199.5", "1e308"))).toThrow(/^big\.csv: column "price" must hold values within ±1e150, so that the losses stay finite\. Received: 1e\+308 on data row 6\.$/);
    expect(() => loadCsv("wide.csv", "a,b,kind\n1,2,x\n-3e200,1,y\n2,2,x\n4,1,y\n")).toThrow(/^wide\.csv: column "a" must hold values within ±1e150, so that the losses stay finite\. Received: -3e\+200 on data row 2\.$/);
  });

  it("a target must vary", () => {
    const { summary } = loadCsv("c.csv", "a,b,t,k\n1,2,5,x\n2,3,5,y\n3,1,,x\n");
    expect(summary.columns[2]!.targetProblem).toBe('the target column "t" must hold at least 2 different values. Received: only 5.');
  });

  it("csvTargetRows keeps the complete rows in file order, with the targets as given", () => {
    const loaded = loadCsv("houses.csv", HOUSES);
    const rows = csvTargetRows(loaded, loaded.summary.regressionChoice!);
    // Row 3 (blank area) and row 4 (blank price) go.
    expect(rows.dropped).toBe(2);
    expect([...rows.target]).toEqual([120.5, 180.25, 150.75, 199.5]);
    expect(rows.x.toArray()).toEqual([[50.5, 2], [80, 3], [65, 2], [95.5, 3]]);
    expect(rows.plot).toEqual([0, 1]);
  });

  it("checks a regression choice against the file, with exact messages", () => {
    const loaded = loadCsv("houses.csv", HOUSES);
    const base = loaded.summary.regressionChoice!;
    expect(() => csvTargetRows(loaded, { ...base, label: "town" })).toThrow(/^houses\.csv: a target column must be numeric\. Received: "town", a text column\.$/);
    expect(() => csvTargetRows(loaded, { ...base, label: "cost" })).toThrow(/^houses\.csv: the target column "cost" is not in the file\. Expected one of: "id", "area", "rooms", "town", "price"\.$/);
    expect(() => csvTargetRows(loaded, { ...base, features: ["area", "price"], plotY: "price" })).toThrow(/^houses\.csv: the target column "price" cannot also be trained on\. Received: it among the features\.$/);
    // k gives the file a choice that can train; t as the target cannot.
    const flat = loadCsv("flat.csv", "a,b,t,k\n1,2,5,x\n2,,6,y\n3,1,5,x\n4,2,5,y\n5,3,5,x\n6,4,5,y\n");
    expect(() => csvTargetRows(flat, { file: "flat.csv", label: "t", features: ["a", "b"], plotX: "a", plotY: "b" })).toThrow(
      /^flat\.csv: the target column "t" must hold at least 2 different values after dropping 1 rows with blanks\. Received: every row holds 5\.$/);
  });
});
