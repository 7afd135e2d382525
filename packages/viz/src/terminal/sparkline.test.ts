import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lossSparkline } from "./sparkline.js";
import { resample } from "./resample.js";

describe("lossSparkline", () => {
  it("is exactly `width` glyphs with ▁ at the minimum and █ at the maximum", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 60 }), fc.integer({ min: 1, max: 80 }), (values, extra) => {
        const width = values.length + extra;
        const line = [...lossSparkline(values, width)];
        expect(line).toHaveLength(width);
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        // Column c shows value ⌊c·n/width⌋.
        const col = (i: number) => line.findIndex((_, c) => Math.floor((c * values.length) / width) === i);
        expect(line[col(values.indexOf(lo))]).toBe(lo === hi ? "▄" : "▁");
        expect(line[col(values.indexOf(hi))]).toBe(lo === hi ? "▄" : "█");
      }),
    );
  });

  it("maps values linearly onto eight levels", () => {
    expect(lossSparkline([0, 1, 2, 3, 4, 5, 6, 7], 8)).toBe("▁▂▃▄▅▆▇█");
    // 0.5 → ⌊7·0.4/0.8 + ½⌋ = 4 (▅), 0.3 → ⌊1.75 + ½⌋ = 2 (▃), 0.2 → ⌊0.875 + ½⌋ = 1 (▂).
    expect(lossSparkline([0.9, 0.5, 0.3, 0.2, 0.1], 5)).toBe("█▅▃▂▁");
  });

  it("averages buckets when there are more values than columns", () => {
    expect(resample([1, 2, 3, 4], 2)).toEqual([1.5, 3.5]);
    expect(lossSparkline(Array.from({ length: 1000 }, (_, i) => 1000 - i), 20)).toHaveLength(20);
    expect(lossSparkline(Array.from({ length: 1000 }, (_, i) => 1000 - i), 20)[0]).toBe("█");
  });

  it("on a log scale spreads decades evenly", () => {
    expect(lossSparkline([1, 0.1, 0.01, 0.001], 4, { logScale: true })).toBe("█▆▃▁");
    // Linear: 0.1 → ⌊7·0.099/0.999 + ½⌋ = 1 (▂); log: −1 → ⌊7·2/3 + ½⌋ = 5 (▆), −2 → 2 (▃).
    expect(lossSparkline([1, 0.1, 0.01, 0.001], 4)).toBe("█▂▁▁");
  });

  it("rejects what it cannot draw", () => {
    expect(() => lossSparkline([1, Infinity], 5)).toThrow(/^lossSparkline: values must be finite numbers\. Received: values\[1\]=Infinity\.$/);
    expect(() => lossSparkline([], 5)).toThrow(/^lossSparkline: values must not be empty\./);
    expect(() => lossSparkline([1], 0)).toThrow(/^lossSparkline: width must be an integer ≥ 1\. Received: width=0\.$/);
    expect(() => lossSparkline([1, 0], 3, { logScale: true })).toThrow(/positive finite numbers on a log scale\. Received: values\[1\]=0\./);
  });
});
