import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { Matrix } from "@backprop/linalg";
import { OneHotEncoder } from "./one-hot-encoder.js";
import { LabelEncoder } from "./label-encoder.js";
import { parseCsv } from "../csv/parse-csv.js";

interface Fixture {
  oneHot: {
    numeric: { x: number[][]; categories: number[][]; out: number[]; inverse: number[][] };
    strings: { x: string[][]; categories: string[][]; out: number[]; unknown: string[][]; unknownOut: number[]; names: string[] };
  };
  labelEncoder: Record<"strings" | "numbers", { classes: (string | number)[]; codes: number[] }>;
}
const f = loadFixture<Fixture>(import.meta.url, "transformers.json");

describe("OneHotEncoder matches scikit-learn", () => {
  it("encodes numeric columns with negative values, from a Matrix or from rows", () => {
    const { x, categories, out, inverse } = f.oneHot.numeric;
    const enc = new OneHotEncoder();
    expect(Array.from(enc.fitTransform(Matrix.from(x)).data)).toEqual(out);
    expect(enc.categories).toEqual(categories);
    expect(enc.inverseTransform(enc.transform(x))).toEqual(inverse);
  });

  it("encodes string columns and, with handleUnknown: ignore, unknowns as zeros", () => {
    const s = f.oneHot.strings;
    const enc = new OneHotEncoder({ handleUnknown: "ignore" });
    expect(Array.from(enc.fitTransform(s.x).data)).toEqual(s.out);
    expect(enc.categories).toEqual(s.categories);
    expect(Array.from(enc.transform(s.unknown).data)).toEqual(s.unknownOut);
    expect(enc.inverseTransform(enc.transform(s.unknown))).toEqual([["red", null], [null, "M"]]);
    expect(enc.featureNamesOut()).toEqual(s.names);
  });

  it("rejects unknown categories by default and names them", () => {
    const enc = new OneHotEncoder().fit([["a"], ["b"]]);
    expect(() => enc.transform([["a"], ["c"]])).toThrow(/found unknown categories \["c"\] in column 0\. Expected one of: \["a", "b"\]/);
    expect(() => new OneHotEncoder({ categories: [["a"]] }).fit([["a"], ["b"]])).toThrow(/found unknown categories \["b"\] in column 0/);
  });

  it("uses given categories in their order and round-trips through JSON", () => {
    const enc = new OneHotEncoder({ categories: [["S", "M", "L"]] }).fit(["M"]);
    expect(enc.transform(["L", "S"]).toArray()).toEqual([[0, 0, 1], [1, 0, 0]]);
    const copy = OneHotEncoder.fromJSON(JSON.parse(JSON.stringify(enc)));
    expect(copy.categories).toEqual([["S", "M", "L"]]);
    expect(() => OneHotEncoder.fromJSON({ type: "oneHotEncoder", categories: [[]] })).toThrow(/^OneHotEncoder\.fromJSON: categories\[0\] must be a non-empty array\. Received: an empty array\.$/);
  });

  it("rejects unsorted given numeric categories, as scikit-learn does", () => {
    expect(() => new OneHotEncoder({ categories: [[3, 1, 2]] }).fit([1, 2])).toThrow(
      /^OneHotEncoder\.fit: numeric categories must be sorted ascending and distinct\. Received: categories\[0\]=\[3, 1, 2\]\.$/,
    );
    expect(new OneHotEncoder({ categories: [[-1, 0, 2.5]] }).fit([0]).transform([2.5, -1]).toArray()).toEqual([[0, 0, 1], [1, 0, 0]]);
  });

  it("rejects mixed types, ragged rows and a wrong width", () => {
    expect(() => new OneHotEncoder().fit([1, "a"] as unknown as number[])).toThrow(/mixes numbers and strings/);
    expect(() => new OneHotEncoder().fit([[1, 2], [3]])).toThrow(/every row must have 2 values\. Received: row 1 has 1/);
    expect(() => new OneHotEncoder().fit([[1, 2]]).transform([[1]])).toThrow(/x must have 2 columns, as in fit/);
    expect(() => new OneHotEncoder({ handleUnknown: "skip" as "ignore" })).toThrow(/handleUnknown must be "error" or "ignore"/);
  });
});

describe("string categories in NumPy's order (by code point, not UTF-16 code unit)", () => {
  // U+FF01 (fullwidth !) is below U+1F600 (😀) as code points; as UTF-16, 😀's high surrogate D83D sorts first.
  const [bang, smile] = ["\uFF01", "\u{1F600}"];
  it("LabelEncoder, OneHotEncoder and parseCsv order them so, and a saved encoder in that order reads back", () => {
    expect(new LabelEncoder().fit([smile, bang, smile, "a"]).classes).toEqual(["a", bang, smile]);
    expect(new OneHotEncoder().fit([[smile], [bang]]).categories).toEqual([[bang, smile]]);
    expect(parseCsv(`c,y\n${smile},1\n${bang},2\n`, { target: "y" }).categorical).toEqual({ c: [bang, smile] });
    expect(LabelEncoder.fromJSON({ type: "labelEncoder", classes: [bang, smile] }).classes).toEqual([bang, smile]);
    expect(() => LabelEncoder.fromJSON({ type: "labelEncoder", classes: [smile, bang] })).toThrow(/classes\[1\] must come after the one before/);
  });
});

describe("LabelEncoder matches scikit-learn", () => {
  it.each(Object.entries(f.labelEncoder))("%s", (name, c) => {
    const data = name === "strings" ? ["virginica", "setosa", "versicolor", "setosa"] : [-2.5, 3, 0, 3, -2.5];
    const probe = name === "strings" ? ["setosa", "virginica", "versicolor"] : [3, -2.5, 0];
    const enc = new LabelEncoder().fit(data);
    expect(enc.classes).toEqual(c.classes);
    expect(Array.from(enc.transform(probe))).toEqual(c.codes);
    expect(enc.inverseTransform(c.codes)).toEqual(probe);
    expect(Array.from(new LabelEncoder().fitTransform(probe))).toEqual(Array.from(enc.transform(probe)));
  });

  it("rejects unseen labels and out-of-range codes, and round-trips through JSON", () => {
    const enc = new LabelEncoder().fit(["b", "a"]);
    expect(() => enc.transform(["a", "z"])).toThrow(/y contains labels not seen in fit: \["z"\]\. Expected one of: \["a", "b"\]/);
    expect(() => enc.inverseTransform([2])).toThrow(/codes must be integers in \[0, 1\]\. Received: codes\[0\]=2/);
    expect(LabelEncoder.fromJSON(JSON.parse(JSON.stringify(enc))).classes).toEqual(["a", "b"]);
    expect(() => LabelEncoder.fromJSON({ type: "labelEncoder", classes: ["b", "a"] })).toThrow(/sorted and distinct/);
    expect(() => new LabelEncoder().transform([1])).toThrow(/not fitted yet/);
  });
});
