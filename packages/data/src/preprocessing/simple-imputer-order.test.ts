import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { Matrix } from "@backprop/linalg";
import { SimpleImputer } from "./simple-imputer.js";

interface Fixture {
  ties: { column: (string | null)[]; statistic: string }[];
  means: { column: (number | null)[]; other: number[]; alone: number[]; withOther: number[] }[];
}
const f = loadFixture<Fixture>(import.meta.url, "imputer-order.json");
const values = (c: (number | null)[]): number[] => c.map((v) => v ?? NaN);

describe("SimpleImputer sums and breaks ties in scikit-learn 1.2.1's order", () => {
  it.each(f.ties.map((t) => [JSON.stringify(t.column), t] as const))("most_frequent tie %s goes to the smallest code point", (_, t) => {
    expect(new SimpleImputer({ strategy: "most_frequent" }).fit(t.column.map((v) => [v])).statistics).toEqual([t.statistic]);
  });

  it.each(f.means.map((m) => [m.column.length, m] as const))("mean of %i rows: pairwise alone (n×1), row by row beside another column", (_, m) => {
    const col = values(m.column);
    const alone = new SimpleImputer().fit(new Matrix(col.length, 1, Float64Array.from(col))).statistics as Float64Array;
    expect(alone[0]).toBe(m.alone[0]);
    const pair = new Matrix(col.length, 2, Float64Array.from(col.flatMap((v, i) => [v, m.other[i] as number])));
    expect((new SimpleImputer().fit(pair).statistics as Float64Array)[0]).toBe(m.withOther[0]);
    // a Fortran-ordered pair sums each column as NumPy sums an n×1 column
    expect((new SimpleImputer().fit(pair, undefined, "F").statistics as Float64Array)[0]).toBe(m.alone[0]);
  });
});
