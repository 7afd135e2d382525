import { describe, expect, it } from "vitest";
import { firstNonFinite } from "./finite.js";

/** The obvious definition, as the reference. */
function reference(data: Float64Array): number {
  return data.findIndex((v) => !Number.isFinite(v));
}

describe("firstNonFinite", () => {
  it("is −1 for finite values, including ±0, subnormals and the largest doubles", () => {
    expect(firstNonFinite(Float64Array.of(0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1))).toBe(-1);
    expect(firstNonFinite(new Float64Array(0))).toBe(-1);
  });

  it("finds NaN, Infinity and -Infinity at every position of every length up to 9 (the 4-wide loop and its tail)", () => {
    for (let n = 1; n <= 9; n++) {
      for (let at = 0; at < n; at++) {
        for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
          const data = new Float64Array(n).fill(-2.5);
          data[at] = bad;
          if (at + 1 < n) data[n - 1] = Number.NaN; // a later bad value never hides the first
          expect(firstNonFinite(data)).toBe(at);
        }
      }
    }
  });

  it("agrees with a Number.isFinite scan on random arrays sprinkled with non-finite values", () => {
    let seed = 7;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 200; trial++) {
      const data = new Float64Array(1 + Math.floor(next() * 300));
      for (let i = 0; i < data.length; i++) {
        const u = next();
        data[i] = u < 0.003 ? Number.NaN : u < 0.006 ? Number.POSITIVE_INFINITY : (u - 0.5) * 1e300;
      }
      expect(firstNonFinite(data)).toBe(reference(data));
    }
  });

  it("refuses what is not a Float64Array, naming what to pass", () => {
    expect(() => firstNonFinite([1, Number.NaN] as unknown as Float64Array)).toThrow(
      new TypeError("firstNonFinite: data must be a Float64Array (for a Matrix m, pass m.data). Received: an Array of length 2."),
    );
  });
});
