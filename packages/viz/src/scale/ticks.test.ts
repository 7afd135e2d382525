import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTick, linearTicks, logTicks, niceDomain, niceStep } from "./ticks.js";
import { linearScale, logScale } from "./scale.js";

describe("nice ticks", () => {
  it("picks steps of 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(0, 0.93, 5)).toBeCloseTo(0.2, 15);
    expect(niceStep(0, 1000, 5)).toBe(200);
    expect(niceStep(0, 7, 5)).toBe(1);
    expect(niceStep(0, 40, 5)).toBe(10);
  });

  it("widens a domain so the end ticks cover the data (any range wider than 1e-6 of its magnitude)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (lo, relative) => {
        const hi = lo + Math.max(relative, Math.abs(lo) * 1e-6);
        const [a, b] = niceDomain(lo, hi);
        const ticks = linearTicks(a, b, 5, niceStep(lo, hi, 5));
        expect(ticks[0]).toBeLessThanOrEqual(lo);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(hi);
        const m = niceStep(a, b, 5) / Math.pow(10, Math.floor(Math.log10(niceStep(a, b, 5)) + 1e-12));
        expect([1, 2, 5, 10].some((v) => Math.abs(v - m) < 1e-9)).toBe(true);
      }),
    );
  });

  it("lists the multiples of the step without float noise", () => {
    expect(linearTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(0.1, 0.7, 6)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it("widens a single value to a range around it", () => {
    // 3 ± 10 % = [2.7, 3.3]; step 0.6/5 = 0.12 → 0.1, already on multiples.
    expect(niceDomain(3, 3)).toEqual([2.7, 3.3]);
    expect(niceDomain(0, 0)).toEqual([-1, 1]);
  });

  it("puts log ticks at whole powers of ten bracketing the data", () => {
    expect(logTicks(0.004, 0.7)).toEqual([0.001, 0.01, 0.1, 1]);
    const many = logTicks(1e-12, 1e6);
    expect(many.length).toBeLessThanOrEqual(10);
    for (const t of many) expect(Math.log10(t)).toBeCloseTo(Math.round(Math.log10(t)), 12);
  });

  it("labels ticks with the decimals the step needs and a real minus sign", () => {
    expect(formatTick(0.30000000000000004, 0.1)).toBe("0.3");
    expect(formatTick(-2, 1)).toBe("\u22122");
    expect(formatTick(-1e-17, 0.5)).toBe("0.0");
    expect(formatTick(250, 50)).toBe("250");
  });
});

describe("scales", () => {
  it("gives a nice scale end ticks that cover the data", () => {
    const ticks = linearScale([-5e-324, 0.6000000000000001], [0, 1], true).ticks().map((t) => t.value);
    expect(ticks[0]).toBeLessThanOrEqual(-5e-324);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(0.6000000000000001);
  });

  it("maps linearly from domain to range", () => {
    const s = linearScale([0, 10], [100, 0]);
    expect(s.map(0)).toBe(100);
    expect(s.map(2.5)).toBe(75);
  });

  it("maps powers of ten evenly on a log scale and labels them 10ⁿ", () => {
    const s = logScale([0.01, 1], [0, 100]);
    expect(s.map(0.1)).toBeCloseTo(50, 12);
    expect(s.ticks().map((t) => t.label)).toEqual(["10⁻²", "10⁻¹", "1"]);
  });

  it("refuses a log axis over non-positive values", () => {
    expect(() => logScale([0, 1], [0, 1])).toThrow(/^logScale: a log axis needs positive values\. Received: domain=\[0,1\]\.$/);
  });

  describe("far from zero or near the largest doubles", () => {
    const ascendingWithin = (ticks: number[], min: number, max: number) => {
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(12);
      ticks.forEach((t, i) => {
        expect(t).toBeGreaterThanOrEqual(min);
        expect(t).toBeLessThanOrEqual(max);
        if (i > 0) expect(t).toBeGreaterThan(ticks[i - 1] as number);
      });
    };

    it("ends for ranges whose tick index passes 2^53 (k + 1 === k there), each value once", () => {
      // 1e20 / 5000 = 2e16 > 2^53 ≈ 9.007e15.
      ascendingWithin(linearTicks(1e20, 1e20 + 32768), 1e20, 1e20 + 32768);
      ascendingWithin(linearTicks(1e17, 1e17 + 64), 1e17, 1e17 + 64);
      const [d0, d1] = niceDomain(-3e300, -3e300 + 1e285);
      ascendingWithin(linearTicks(d0, d1), d0, d1);
    });

    it("refuses a step that would list more than 1000 ticks", () => {
      expect(() => linearTicks(0, 1, 5, 1e-6)).toThrow(/^linearTicks: step must give at most 1000 ticks over \[min, max\]\. Received: min=0, max=1, step=0\.000001\.$/);
    });

    it("keeps domain, step and pixels finite for ranges whose span overflows", () => {
      for (const [lo, hi] of [[-1e308, 1e308], [-Number.MAX_VALUE, Number.MAX_VALUE], [Number.MAX_VALUE, Number.MAX_VALUE], [-Number.MAX_VALUE, 0]] as const) {
        const [d0, d1] = niceDomain(lo, hi);
        expect(Number.isFinite(d0) && Number.isFinite(d1)).toBe(true);
        expect(d0 <= lo && d1 >= hi && d0 < d1).toBe(true);
        const scale = linearScale([lo, hi], [0, 100], true);
        const ticks = scale.ticks();
        ascendingWithin(ticks.map((t) => t.value), d0, d1);
        for (const t of ticks) expect(t.label).not.toMatch(/NaN|Infinity/);
        expect(scale.map(d0)).toBe(0);
        expect(scale.map(d1)).toBe(100);
        expect(scale.map(lo)).toBeGreaterThanOrEqual(0);
        expect(scale.map(hi)).toBeLessThanOrEqual(100);
      }
      // -1e308..1e308 in steps of 5e307: the halfway point 0 maps to the middle pixel.
      expect(niceDomain(-1e308, 1e308)).toEqual([-1e308, 1e308]);
      expect(linearScale([-1e308, 1e308], [0, 100], true).map(0)).toBe(50);
    });
  });
});
