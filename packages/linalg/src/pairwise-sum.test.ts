import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pairwiseSum } from "./pairwise-sum.js";

/** NumPy 1.24's np.sum of arrays of many magnitudes (scripts/make-pairwise-fixture.py). */
const fixture = JSON.parse(readFileSync(new URL("./__fixtures__/pairwise-sum.json", import.meta.url), "utf8")) as {
  cases: { values: number[]; sum: number; columnSum: number; loopSum: number }[];
};

describe("pairwiseSum adds in NumPy's order", () => {
  it("gives np.sum's bits at every length around the block sizes (and np.sum of the n×1 column's)", () => {
    for (const c of fixture.cases) {
      expect([c.values.length, pairwiseSum(c.values)]).toEqual([c.values.length, c.sum]);
      expect(pairwiseSum(Float64Array.from(c.values))).toBe(c.columnSum);
    }
    // The fixture would catch a left-to-right loop: it differs from NumPy in most long cases.
    expect(fixture.cases.filter((c) => c.loopSum !== c.sum).length).toBeGreaterThan(5);
  });

  it("sums a run inside a longer array as NumPy sums that slice", () => {
    const long = fixture.cases.find((c) => c.values.length === 1000) as { values: number[] };
    const slice = fixture.cases.find((c) => c.values.length === 257) as { values: number[]; sum: number };
    const padded = [1e300, ...long.values.slice(0, 5), ...slice.values, -1e300];
    expect(pairwiseSum(padded, 6, 257)).toBe(slice.sum);
    expect(pairwiseSum([1, 2, 3, 4], 1, 2)).toBe(5);
    expect(pairwiseSum([])).toBe(0);
  });

  it("refuses what is not an array, and a run outside it", () => {
    expect(() => pairwiseSum(null as never)).toThrow(/^pairwiseSum: values must be an array or typed array of numbers\. Received: null\.$/);
    expect(() => pairwiseSum([1, 2, 3], 2, 2)).toThrow(RangeError);
    expect(() => pairwiseSum([1, 2, 3], 2, 2)).toThrow(/^pairwiseSum: start and length must be integers within the 3 values\. Received: start=2, length=2\.$/);
    expect(() => pairwiseSum([1, 2, 3], -1)).toThrow(/Received: start=-1, length=4\./);
  });
});
