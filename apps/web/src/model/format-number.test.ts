import { describe, expect, it } from "vitest";
import { readableNumber } from "./format-number.js";

describe("readableNumber", () => {
  it("writes everyday sizes with 4 significant digits and thousands separators", () => {
    expect(readableNumber(238.7123)).toBe("238.7");
    expect(readableNumber(35.0849)).toBe("35.08");
    expect(readableNumber(123_456.7)).toBe("123,500");
    expect(readableNumber(-0.0123456)).toBe("-0.01235");
    expect(readableNumber(0.001)).toBe("0.001");
    expect(readableNumber(999_949)).toBe("999,900");
  });

  it("uses exponent form below 0.001 and from 1e6, never rounding a non-zero value to 0", () => {
    expect(readableNumber(1.2345e-8)).toBe("1.235e-8");
    expect(readableNumber(4.6e-7)).toBe("4.6e-7");
    expect(readableNumber(2.188e20)).toBe("2.188e+20");
    expect(readableNumber(-1e150)).toBe("-1e+150");
    expect(readableNumber(1_000_000)).toBe("1e+6");
    expect(readableNumber(999_999)).toBe("1e+6");
    // Read back, each is the value to 4 significant digits.
    for (const v of [3.3e-300, 7.77e-5, 5e-7, 1.09e21, 6.02e23]) expect(Math.abs(Number(readableNumber(v)) - v) / v).toBeLessThan(5e-4);
  });

  it("writes 0 and non-finite values as they are", () => {
    expect(readableNumber(0)).toBe("0");
    expect(readableNumber(Number.NaN)).toBe("NaN");
  });
});
