import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimate } from "./decimate.js";

describe("decimate", () => {
  it("keeps every index of a short series", () => {
    expect(decimate([3, 2, 1], 10)).toEqual([0, 1, 2]);
  });

  it("keeps first, lowest, highest and last of each bucket, in order", () => {
    expect(decimate([5, 1, 9, 2, 3, 3, 3, 3], 1)).toEqual([0, 1, 2, 7]);
  });

  it("always keeps the ends and the global extremes, with at most 4 per column", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (values, columns) => {
        const kept = decimate(values, columns);
        expect(kept.length).toBeLessThanOrEqual(Math.max(values.length, 4 * columns));
        expect(kept[0]).toBe(0);
        expect(kept[kept.length - 1]).toBe(values.length - 1);
        for (let i = 1; i < kept.length; i++) expect(kept[i]!).toBeGreaterThan(kept[i - 1]!);
        const keptValues = kept.map((i) => values[i]!);
        expect(Math.min(...keptValues)).toBe(Math.min(...values));
        expect(Math.max(...keptValues)).toBe(Math.max(...values));
      }),
    );
  });
});
