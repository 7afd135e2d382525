import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { correctlyRoundedLog } from "./log.js";

const fixture = loadFixture<{ x: number[]; ln: number[] }>(import.meta.url, "log.json");

describe("correctlyRoundedLog", () => {
  it("equals the correctly rounded ln(x) (decimal at 50 digits) on every fixture input", () => {
    const wrong = fixture.x.filter((x, i) => correctlyRoundedLog(x) !== fixture.ln[i]);
    expect(wrong).toEqual([]);
  });

  it("the fixture includes inputs where Math.log is one ulp off, so it tests the refinement", () => {
    const mathLogWrong = fixture.x.filter((x, i) => Math.log(x) !== fixture.ln[i]).length;
    expect(mathLogWrong).toBeGreaterThan(5);
  });

  it("is exact where the logarithm is exact", () => {
    expect(correctlyRoundedLog(1)).toBe(0);
    expect(Object.is(correctlyRoundedLog(1), 0)).toBe(true);
    expect(correctlyRoundedLog(2)).toBe(Math.LN2);
  });

  it("follows Math.log on special values", () => {
    expect(correctlyRoundedLog(0)).toBe(-Infinity);
    expect(correctlyRoundedLog(-0)).toBe(-Infinity);
    expect(correctlyRoundedLog(Infinity)).toBe(Infinity);
    expect(correctlyRoundedLog(-1)).toBeNaN();
    expect(correctlyRoundedLog(NaN)).toBeNaN();
  });

  it("is monotone across the table's interval boundaries", () => {
    for (let k = 96; k <= 192; k++) {
      const c = k / 128;
      const below = correctlyRoundedLog(c - 2 ** -53);
      const at = correctlyRoundedLog(c);
      const above = correctlyRoundedLog(c + 2 ** -52);
      expect(below).toBeLessThanOrEqual(at);
      expect(at).toBeLessThanOrEqual(above);
    }
  });
});
