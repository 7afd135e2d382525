import { describe, expect, it } from "vitest";
import { expectClose, loadFixture } from "@backprop/testing";
import { Matrix, ShapeError } from "@backprop/linalg";
import { SimpleImputer } from "./simple-imputer.js";

interface Case {
  kwargs: { strategy: "mean" | "median" | "most_frequent" | "constant"; fill_value?: number | string };
  statistics: (number | string)[];
  fitTransform: (number | string)[];
  transform2: (number | string)[];
}
interface Fixture {
  x: (number | null)[];
  shape: [number, number];
  x2: (number | null)[];
  shape2: [number, number];
  numeric: Record<string, Case>;
  text: (string | null)[];
  textShape: [number, number];
  text2: (string | null)[];
  textCases: Record<string, Case>;
}
const f = loadFixture<Fixture>(import.meta.url, "imputers.json");
const toMatrix = (v: (number | null)[], [r, c]: [number, number]): Matrix => new Matrix(r, c, Float64Array.from(v, (n) => n ?? NaN));
const nan = (rows: number[][]): Matrix => new Matrix(rows.length, rows[0]?.length ?? 0, Float64Array.from(rows.flat()));
const toRows = (v: (string | null)[], [r, c]: [number, number]): (string | null)[][] => Array.from({ length: r }, (_, i) => v.slice(i * c, i * c + c));
const options = (c: Case): ConstructorParameters<typeof SimpleImputer>[0] => ({ strategy: c.kwargs.strategy, fillValue: c.kwargs.fill_value });

describe("SimpleImputer matches scikit-learn 1.2.1", () => {
  it.each(Object.entries(f.numeric))("numbers, %s", (_, c) => {
    const imp = new SimpleImputer(options(c));
    expectClose(imp.fitTransform(toMatrix(f.x, f.shape)), c.fitTransform as number[], { rtol: 1e-15 });
    expect(Array.from(imp.statistics as Float64Array)).toEqual(c.statistics);
    expect(imp.kind).toBe("numeric");
    expectClose(imp.transform(toMatrix(f.x2, f.shape2)), c.transform2 as number[], { rtol: 1e-15 });
  });

  it.each(Object.entries(f.textCases))("text, %s (ties go to the smallest value)", (_, c) => {
    const imp = new SimpleImputer(options(c));
    expect(imp.fitTransform(toRows(f.text, f.textShape)).flat()).toEqual(c.fitTransform);
    expect(imp.statistics).toEqual(c.statistics);
    expect(imp.transform(toRows(f.text2, [f.text2.length / f.textShape[1], f.textShape[1]])).flat()).toEqual(c.transform2);
  });

  it("round-trips through JSON", () => {
    for (const x of [toMatrix(f.x, f.shape), toRows(f.text, f.textShape)] as const) {
      const imp = new SimpleImputer({ strategy: "most_frequent" });
      imp.fit(x as Matrix);
      const copy = SimpleImputer.fromJSON(JSON.parse(JSON.stringify(imp)));
      expect(copy.statistics).toEqual(imp.statistics);
      expect(copy.kind).toBe(imp.kind);
    }
  });
});

describe("SimpleImputer errors", () => {
  it("refuses a bad strategy, mean on text, a text fill for numbers and an all-missing column", () => {
    expect(() => new SimpleImputer({ strategy: "mode" as "mean" })).toThrow(/^SimpleImputer: strategy must be one of "mean", "median", "most_frequent", "constant"\. Received: strategy="mode"\.$/);
    expect(() => new SimpleImputer().fit([["a"]], ["color"])).toThrow(/^SimpleImputer\.fit: strategy "mean" needs numeric data; use "most_frequent" or "constant" for text\. Received: text in column "color"\.$/);
    expect(() => new SimpleImputer({ strategy: "constant", fillValue: "x" }).fit(Matrix.from([[1]]))).toThrow(/fillValue must be a number to impute numeric data\. Received: fillValue="x"/);
    expect(() => new SimpleImputer({ strategy: "median" }).fit(nan([[1, NaN], [2, NaN]]), ["a", "b"])).toThrow(
      /^SimpleImputer\.fit: column "b" must hold at least one value for strategy "median" \(scikit-learn would drop it\)\. Received: every value missing\.$/,
    );
    expect(new SimpleImputer({ strategy: "constant" }).fit(nan([[NaN]])).statistics).toEqual(Float64Array.of(0));
  });

  it("refuses a wrong width, the other input kind and infinities", () => {
    const imp = new SimpleImputer().fit(Matrix.from([[1, 2]]));
    expect(() => imp.transform(Matrix.from([[1]]))).toThrow(ShapeError);
    expect(() => imp.transform([["a", "b"]])).toThrow(/x must be a Matrix, as in fit/);
    expect(() => imp.transform(nan([[1, Infinity]]))).toThrow(/finite numbers or NaN \(missing\)\. Received: Infinity in column 1, row 0/);
  });

  it("checks its JSON field by field", () => {
    const json = new SimpleImputer().fit(Matrix.from([[1, 2]])).toJSON();
    expect(() => SimpleImputer.fromJSON({ ...json, statistics: [1, "2"] })).toThrow(/^SimpleImputer\.fromJSON: statistics\[1\] must be a finite number\. Received: "2"\.$/);
    expect(() => SimpleImputer.fromJSON({ ...json, kind: "text" })).toThrow(/kind must be one of "numeric", "categorical"\. Received: "text"/);
    expect(() => SimpleImputer.fromJSON({ ...json, extra: 1 })).toThrow(/has an unknown field "extra"/);
  });
});
