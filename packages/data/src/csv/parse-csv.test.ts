import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv.js";
import { loadIris } from "../iris/load-iris.js";

const IRIS_HEAD = `sepal_length,sepal_width,petal_length,petal_width,species
5.1,3.5,1.4,0.2,setosa
7.0,3.2,4.7,1.4,versicolor
6.3,3.3,6.0,2.5,virginica
`;

describe("parseCsv", () => {
  it("detects the header, takes the target column and label-encodes text classes", () => {
    const d = parseCsv(IRIS_HEAD, { target: "species" });
    expect(d.header).toBe(true);
    expect(d.featureNames).toEqual(["sepal_length", "sepal_width", "petal_length", "petal_width"]);
    expect(d.x.toArray()).toEqual([[5.1, 3.5, 1.4, 0.2], [7, 3.2, 4.7, 1.4], [6.3, 3.3, 6, 2.5]]);
    expect(d.targetName).toBe("species");
    expect(d.classes).toEqual(["setosa", "versicolor", "virginica"]);
    expect(Array.from(d.y as Int32Array)).toEqual([0, 1, 2]);
    expect(d.categorical).toEqual({});
  });

  it("takes pandas' header for unnamed columns (0,1,…,n−1) as a header, and other numeric first rows as data", () => {
    // What pd.DataFrame(np.c_[X, y]).to_csv(index=False) writes: the column positions, then the rows.
    const d = parseCsv("0,1,2\n5.1,3.5,0\n4.9,3.0,1\n4.7,3.2,2\n", { target: 2 });
    expect([d.header, d.featureNames, d.targetName, d.x.rows]).toEqual([true, ["0", "1"], "2", 3]);
    for (const first of ["1,2,3", "0,1,3", "0,2,1", "0,1,2.0"]) expect(parseCsv(`${first}\n5,6,7\n8,9,7\n`).header, first).toBe(false);
  });

  it("reads the embedded Iris rows back exactly when written as CSV", () => {
    const { x, y } = loadIris();
    const text = x.toArray().map((row, i) => [...row, y[i]].join(",")).join("\n");
    const d = parseCsv(text, { target: 4 });
    expect(d.header).toBe(false);
    expect(d.featureNames).toEqual(["x0", "x1", "x2", "x3"]);
    expect(d.x.equals(x)).toBe(true);
    expect(d.y).toBeInstanceOf(Int32Array);
    expect(Array.from(d.y as Int32Array)).toEqual(Array.from(y));
  });

  it("reports text feature columns as categorical, handles quotes, CRLF, blank lines and other delimiters", () => {
    const d = parseCsv('size;"note; with ""quotes"""; price\r\n\r\nS;"a\nb";1.5\r\nM;c;-2e3\r\n', { delimiter: ";", target: "price" });
    expect(d.featureNames).toEqual(["size", 'note; with "quotes"']);
    expect(d.categorical).toEqual({ size: ["M", "S"], 'note; with "quotes"': ["a\nb", "c"] });
    expect(d.x.toArray()).toEqual([[1, 0], [0, 1]]);
    expect(d.y).toBeInstanceOf(Float64Array);
    expect(Array.from(d.y as Float64Array)).toEqual([1.5, -2000]);
  });

  it("names the line and column of a value that is not a number", () => {
    const rows = Array.from({ length: 15 }, () => "1,2,3,4,setosa");
    const text = ["sepal_length,sepal_width,petal_length,petal_width,species", ...rows, "1,2,3,abc,setosa"].join("\n");
    expect(() => parseCsv(text)).toThrow(/^parseCsv: line 17, column "petal_width": a numeric column must hold numbers\. Received: "abc"\.$/);
  });

  it("rejects empty input, ragged rows, missing values and non-finite numbers", () => {
    expect(() => parseCsv("")).toThrow(/^parseCsv: the CSV must have at least one data row\. Received: no rows \(empty or blank text\)\.$/);
    expect(() => parseCsv("\n  \n")).toThrow(/Received: no rows/);
    expect(() => parseCsv("a,b\n")).toThrow(/^parseCsv: the CSV must have data rows after its header\. Received: a header and no data rows\.$/);
    expect(() => parseCsv("a,b\n1,2\n3\n")).toThrow(/^parseCsv: line 3: every row must have 2 fields \(as in the header\)\. Received: 1 field\.$/);
    expect(() => parseCsv("a,b\n1,2\n3,\n")).toThrow(/^parseCsv: line 3, column "b": every field must hold a value; fill or drop the row\. Received: an empty field\.$/);
    // "NaN" is a missing-value token now (issue 13); it is a non-finite number only when it is not.
    expect(() => parseCsv("a,b\n1,2\n3,NaN\n")).toThrow(/^parseCsv: line 3, column "b": every field must hold a value; fill or drop the row\. Received: "NaN" \(a missing value\)\.$/);
    expect(() => parseCsv("a,b\n1,2\n3,NaN\n", { missingValues: [] })).toThrow(/^parseCsv: line 3, column "b": values must be finite numbers\. Received: "NaN"\.$/);
    expect(() => parseCsv("a,b\n1,2\n-inf,1\n")).toThrow(/line 3, column "a": values must be finite numbers\. Received: "-inf"\./);
    expect(() => parseCsv("a,b\n1,2\n1e999,1\n")).toThrow(/line 3, column "a": values must be finite numbers\. Received: "1e999"\./);
    expect(() => parseCsv('a,b\n1,"2"x\n')).toThrow(
      /^parseCsv: line 2: a closing quote must be followed by the delimiter or the end of the line\. Received: "x"\.$/,
    );
    expect(() => parseCsv('a,b\n1,"2\n')).toThrow(/^parseCsv: line 2: a quoted field must end with a closing quote\. Received: the end of the text inside quotes\.$/);
  });

  it("rejects an unknown target and a bad delimiter", () => {
    expect(() => parseCsv(IRIS_HEAD, { target: "kind" })).toThrow(/target column "kind" not found\. Expected one of: \["sepal_length", .*"species"\]/);
    expect(() => parseCsv(IRIS_HEAD, { target: 5 })).toThrow(/target index must be an integer in \[0, 4\]\. Received: target=5/);
    expect(() => parseCsv(IRIS_HEAD, { delimiter: ",," })).toThrow(/delimiter must be one character/);
  });

  it("keeps a target with fractions or integers beyond 32 bits as Float64Array", () => {
    expect(parseCsv("a,t\n1,3000000000\n2,1\n", { target: "t" }).y).toBeInstanceOf(Float64Array);
    expect(parseCsv("a,t\n1,-2\n2,1.0\n", { target: "t" }).y).toBeInstanceOf(Int32Array);
  });

  it("drops a byte-order mark, trims unquoted fields and keeps the spaces inside quotes", () => {
    const d = parseCsv('\ufeffname,score\n  bob , 1\n"  al ",2\n');
    expect(d.featureNames).toEqual(["name", "score"]);
    // categories sort by code unit, so "  al " (a space first) comes before "bob"
    expect(d.categorical).toEqual({ name: ["  al ", "bob"] });
    expect(d.x.toArray()).toEqual([[1, 1], [0, 2]]);
  });

  it("reads tab-separated text with delimiter \\t: a tab is never padding, so empty and quoted fields stay in place", () => {
    const d = parseCsv("a\tb\n1\t2\n", { delimiter: "\t" });
    expect(d.featureNames).toEqual(["a", "b"]);
    expect(d.x.toArray()).toEqual([[1, 2]]);
    expect(parseCsv('a\tb\n"x"\t1\n"y"\t2\n', { delimiter: "\t" }).categorical).toEqual({ a: ["x", "y"] });
    expect(() => parseCsv("a\tb\tc\n1\t\t3\n", { delimiter: "\t" })).toThrow(/^parseCsv: line 2, column "b": every field must hold a value/);
  });

  it("obeys an explicit header choice", () => {
    expect(parseCsv("1,2\n3,4", { header: true }).featureNames).toEqual(["1", "2"]);
    expect(parseCsv("a,b\nc,d", { header: false }).categorical).toEqual({ x0: ["a", "c"], x1: ["b", "d"] });
  });
});
