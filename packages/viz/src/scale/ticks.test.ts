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
});
