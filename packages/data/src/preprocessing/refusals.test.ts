import { describe, expect, it } from "vitest";
import { Matrix, ShapeError } from "@backprop/linalg";
import { SimpleImputer, simpleImputer } from "./simple-imputer.js";
import { StandardScaler } from "./standard-scaler.js";
import { MinMaxScaler } from "./min-max-scaler.js";
import { OneHotEncoder } from "./one-hot-encoder.js";
import { ColumnTransformer } from "../pipeline/column-transformer.js";

const column = (...v: number[]): Matrix => new Matrix(v.length, 1, Float64Array.from(v));
const statistic = (imp: SimpleImputer): number => (imp.statistics as Float64Array)[0] as number;

describe("constructors refuse unknown options, as ColumnTransformer does", () => {
  it.each([
    ["SimpleImputer", () => new SimpleImputer({ missingValues: -1 } as never), "strategy, fillValue"],
    ["SimpleImputer", () => simpleImputer({ strategy: "constant", fill_value: 5 } as never), "strategy, fillValue"],
    ["StandardScaler", () => new StandardScaler({ with_mean: false } as never), "withMean, withStd"],
    ["MinMaxScaler", () => new MinMaxScaler({ feature_range: [-1, 1] } as never), "featureRange, clip"],
    ["OneHotEncoder", () => new OneHotEncoder({ handle_unknown: "ignore" } as never), "categories, handleUnknown"],
  ] as const)("%s", (name, make, known) => {
    expect(make).toThrow(TypeError);
    expect(make).toThrow(new RegExp(`^${name}: unknown option \\["\\w+"\\]\\. Expected one of: ${known}\\.$`));
  });

  it("refuses options that are not an object", () => {
    expect(() => new StandardScaler(null as never)).toThrow(/^StandardScaler: options must be an object\. Received: null\.$/);
  });
});

describe("SimpleImputer.fit refuses infinities (scikit-learn raises a ValueError)", () => {
  it("names the column and row, for every strategy", () => {
    expect(() => new SimpleImputer().fit(column(Infinity, 1))).toThrow(/^SimpleImputer\.fit: x must hold finite numbers or NaN \(missing\)\. Received: Infinity in column 0, row 0\.$/);
    const x = new Matrix(2, 2, Float64Array.of(1, 2, NaN, -Infinity));
    expect(() => new SimpleImputer({ strategy: "constant" }).fit(x, ["a", "b"])).toThrow(/^SimpleImputer\.fit: x must hold finite numbers or NaN \(missing\)\. Received: -Infinity in column "b", row 1\.$/);
    expect(() => new SimpleImputer({ strategy: "most_frequent" }).fit(column(Infinity, Infinity, 1))).toThrow(RangeError);
  });
});

describe("a mean or median of finite values that overflows stays finite", () => {
  const p = 2 ** 1023; // exact halves and quarters, so the results below are exact

  it("mean rescales by max|x| only when the plain sum overflows", () => {
    expect(statistic(new SimpleImputer().fit(column(1e308, 1e308, NaN)))).toBe(1e308);
    // x / M = 1, 1, 0.5, 0.5 (NaN as 0) → 3 / 4 → 0.75·M
    expect(statistic(new SimpleImputer().fit(column(p, p, p / 2, NaN, p / 2)))).toBe(0.75 * p);
    const two = new Matrix(2, 2, Float64Array.of(p, 1, p, 3));
    expect(Array.from(new SimpleImputer().fit(two).statistics as Float64Array)).toEqual([p, 2]);
  });

  it("median of two middles halves them first when a + b overflows", () => {
    expect(statistic(new SimpleImputer({ strategy: "median" }).fit(column(p, 1.5 * p, NaN)))).toBe(1.25 * p);
    expect(statistic(new SimpleImputer({ strategy: "median" }).fit(column(-p, -p)))).toBe(-p);
  });

  it("a ColumnTransformer imputing and scaling such a column fits and loads from its JSON", () => {
    const table = [{ name: "big", kind: "numeric" as const, values: Float64Array.of(1e308, 1e308, NaN) }];
    const ct = new ColumnTransformer({ transformers: [{ name: "num", columns: ["big"], steps: [new SimpleImputer(), new StandardScaler()] }] });
    expect(Array.from(ct.fitTransform(table).data)).toEqual([0, 0, 0]);
    const copy = ColumnTransformer.fromJSON(JSON.parse(JSON.stringify(ct)));
    expect(Array.from(copy.transformRows([[""], [1e308]]).data)).toEqual([0, 0]);
  });
});

describe("fits whose JSON would not load are refused at fit", () => {
  it("OneHotEncoder: repeated or empty given categories, no rows", () => {
    expect(() => new OneHotEncoder({ categories: [["a", "a", "b"]] }).fit([["a"]])).toThrow(/^OneHotEncoder\.fit: string categories must be distinct\. Received: categories\[0\]=\["a", "a", "b"\]\.$/);
    expect(() => new OneHotEncoder({ categories: [[]], handleUnknown: "ignore" }).fit([["a"]])).toThrow(/^OneHotEncoder\.fit: categories\[0\] must not be empty\. Received: categories\[0\]=\[\]\.$/);
    expect(() => new OneHotEncoder().fit([])).toThrow(/^OneHotEncoder\.fit: x must have at least 1 row\. Received: 0 rows\.$/);
    expect(() => new OneHotEncoder().fit(new Matrix(2, 0))).toThrow(ShapeError);
  });

  it("SimpleImputer: no rows or no columns, whatever the strategy", () => {
    expect(() => new SimpleImputer({ strategy: "most_frequent" }).fit([])).toThrow(/^SimpleImputer\.fit: x must have at least 1 row\. Received: 0 rows\.$/);
    expect(() => new SimpleImputer({ strategy: "constant" }).fit(new Matrix(0, 2))).toThrow(/^SimpleImputer\.fit: x must have at least 1 row\. Received: 0 rows\.$/);
    expect(() => new SimpleImputer({ strategy: "constant" }).fit(new Matrix(3, 0))).toThrow(/^SimpleImputer\.fit: x must have at least 1 column\. Received: 3 rows of 0 values\.$/);
    expect(() => new SimpleImputer({ strategy: "constant" }).fit([[], []])).toThrow(ShapeError);
  });

  it("the scalers: no columns", () => {
    expect(() => new StandardScaler().fit(new Matrix(2, 0))).toThrow(/^StandardScaler\.fit: x must have at least 1 column\(s\)\. Received: x\.shape=/);
    expect(() => new MinMaxScaler().fit(new Matrix(2, 0))).toThrow(/^MinMaxScaler\.fit: x must have at least 1 column\(s\)\. Received: x\.shape=/);
  });
});
