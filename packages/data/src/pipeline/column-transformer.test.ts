import { describe, expect, it } from "vitest";
import { expectClose, loadFixture } from "@backprop/testing";
import { parseCsvTable } from "../csv/parse-csv-table.js";
import { SimpleImputer } from "../preprocessing/simple-imputer.js";
import { StandardScaler } from "../preprocessing/standard-scaler.js";
import { MinMaxScaler } from "../preprocessing/min-max-scaler.js";
import { OneHotEncoder } from "../preprocessing/one-hot-encoder.js";
import { ColumnTransformer } from "./column-transformer.js";

interface Fixture {
  csv: string;
  query: string[][];
  featureNamesOut: string[];
  fitTransform: number[];
  shape: [number, number];
  queryOut: number[];
  statistics: { numMedian: number[]; numMean: number[]; numScale: number[]; catMostFrequent: string[]; catCategories: string[][] };
}
const f = loadFixture<Fixture>(import.meta.url, "column-transformer.json");

/** The fixture's pipeline: median → standard, mean → min-max (−1, 1), most frequent → one-hot (ignore); `id` dropped. */
function pipeline(handleUnknown: "error" | "ignore" = "ignore"): ColumnTransformer {
  return new ColumnTransformer({
    transformers: [
      { name: "num", columns: ["weight", "age"], steps: [new SimpleImputer({ strategy: "median" }), new StandardScaler()] },
      { name: "mm", columns: ["age"], steps: [new SimpleImputer({ strategy: "mean" }), new MinMaxScaler({ featureRange: [-1, 1] })] },
      { name: "cat", columns: ["color", "size"], steps: [new SimpleImputer({ strategy: "most_frequent" }), new OneHotEncoder({ handleUnknown })] },
    ],
  });
}

describe("ColumnTransformer matches scikit-learn 1.2.1's ColumnTransformer", () => {
  it("fits a CSV table with blanks and NAs: output, names and statistics", () => {
    const table = parseCsvTable(f.csv);
    const ct = pipeline();
    const out = ct.fitTransform(table);
    expect(out.shape).toEqual(f.shape);
    expectClose(out, f.fitTransform, { rtol: 1e-12, atol: 1e-15 });
    expect(ct.featureNamesOut).toEqual(f.featureNamesOut);
    const [num, , cat] = ct.transformers;
    expect(Array.from((num?.steps[0] as SimpleImputer).statistics as Float64Array)).toEqual(f.statistics.numMedian);
    expectClose((num?.steps[1] as StandardScaler).scale as Float64Array, f.statistics.numScale);
    expect((cat?.steps[0] as SimpleImputer).statistics).toEqual(f.statistics.catMostFrequent);
    expect((cat?.steps[1] as OneHotEncoder).categories).toEqual(f.statistics.catCategories);
    expect(ct.inputColumns).toEqual([
      { name: "id", kind: "numeric" }, { name: "color", kind: "categorical" }, { name: "size", kind: "categorical" },
      { name: "weight", kind: "numeric" }, { name: "age", kind: "numeric" },
    ]);
    expectClose(ct.transform(table), f.fitTransform, { rtol: 1e-12, atol: 1e-15 });
  });

  it("transforms raw query rows (blanks, an unknown category) as scikit-learn does, also after a JSON round trip", () => {
    const ct = pipeline().fit(parseCsvTable(f.csv));
    expectClose(ct.transformRows(f.query), f.queryOut, { rtol: 1e-12, atol: 1e-15 });
    const copy = ColumnTransformer.fromJSON(JSON.parse(JSON.stringify(ct)), "preprocessing");
    expect(copy.transformRows(f.query).equals(ct.transformRows(f.query))).toBe(true);
    expect(copy.featureNamesOut).toEqual(f.featureNamesOut);
    // numbers as numbers, and null for a blank, give the same row as their spellings
    expect(ct.transformRows([[8, "purple", "M", null, 40]]).equals(ct.transformRows([f.query[0] as string[]]))).toBe(true);
  });
});

describe("ColumnTransformer errors name the chain, column and value", () => {
  const table = parseCsvTable(f.csv);

  it("an unknown category with handleUnknown: error", () => {
    const ct = pipeline("error").fit(table);
    expect(() => ct.transformRows([["8", "purple", "M", "1", "2"]])).toThrow(/^OneHotEncoder\.transform: found unknown categories \["purple"\] in column "color"\. Expected one of: \["blue", "green", "red"\]\.$/);
  });

  it("a raw cell that is not a number in a numeric column, and a row of the wrong width", () => {
    const ct = pipeline().fit(table);
    expect(() => ct.transformRows([["8", "red", "M", "heavy", "2"]])).toThrow(/^ColumnTransformer\.transformRows: rows\[0\]\[3\] \(column "weight"\) must be a finite number or missing\. Received: "heavy"\.$/);
    expect(() => ct.transformRows([["red", "M"]])).toThrow(/^ColumnTransformer\.transformRows: rows\[0\] must have 5 values, one per fit column \(id, color, size, weight, age\)\. Received: 2 values\.$/);
  });

  it("a missing value reaching a scaler or an encoder, a missing column, mixed kinds", () => {
    const noImpute = new ColumnTransformer({ transformers: [{ name: "num", columns: ["weight"], steps: [new StandardScaler()] }] });
    expect(() => noImpute.fit(table)).toThrow(/^ColumnTransformer\.fit: transformers\[0\] \("num"\), steps\[0\]: StandardScaler needs every value; put a SimpleImputer before it\. Received: a missing value in column "weight", row 1\.$/);
    const noImputeText = new ColumnTransformer({ transformers: [{ name: "cat", columns: ["color"], steps: [new OneHotEncoder()] }] });
    expect(() => noImputeText.fit(table)).toThrow(/OneHotEncoder needs every value; put a SimpleImputer before it\. Received: a missing value in column "color", row 2\./);
    const typo = new ColumnTransformer({ transformers: [{ name: "num", columns: ["wieght"], steps: [] }] });
    expect(() => typo.fit(table)).toThrow(/^ColumnTransformer\.fit: transformers\[0\] \("num"\) needs column "wieght", which the table does not have\. Expected one of: \["id", "color", "size", "weight", "age"\]\.$/);
    const mixed = new ColumnTransformer({ transformers: [{ name: "m", columns: ["age", "color"], steps: [] }] });
    expect(() => mixed.fit(table)).toThrow(/must list columns of one kind\. Received: "age" is numeric, "color" is categorical/);
    const scaleText = new ColumnTransformer({ transformers: [{ name: "c", columns: ["color"], steps: [new SimpleImputer({ strategy: "most_frequent" }), new StandardScaler()] }] });
    expect(() => scaleText.fit(table)).toThrow(/steps\[1\]: StandardScaler needs numeric columns\. Received: column "color" holds text/);
  });

  it("reads a text column that a small query CSV typed as numbers as text, and refuses text where numbers were fit", () => {
    const ct = pipeline().fit(table);
    const query = parseCsvTable("id,color,size,weight,age\n8,1,M,2,40\n");
    expect(query.columns[1]?.kind).toBe("numeric");
    expect(ct.transform(query).equals(ct.transformRows([["8", "1", "M", "2", "40"]]))).toBe(true);
    const bad = parseCsvTable("id,color,size,weight,age\n8,red,M,heavy,40\n9,red,M,light,41\n");
    expect(() => ct.transform(bad)).toThrow(/^ColumnTransformer\.transform: column "weight" must be numeric, as in fit\. Received: a text column \(e\.g\. "heavy"\)\.$/);
  });

  it("bad options and use before fit", () => {
    expect(() => new ColumnTransformer({ transformers: [], remainder: "passthrough" } as never)).toThrow(/^ColumnTransformer: unknown option \["remainder"\]/);
    expect(() => new ColumnTransformer({ transformers: [{ name: "a", columns: ["x"], steps: [{}] }] } as never)).toThrow(/transformers\[0\]\.steps\[0\] must be a SimpleImputer, StandardScaler, MinMaxScaler or OneHotEncoder/);
    expect(() => pipeline().transformRows([["1"]])).toThrow(/ColumnTransformer\.transformRows: this transformer is not fitted yet/);
  });
});
