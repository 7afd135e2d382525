import { describe, expect, it } from "vitest";
import { selectWherePositive } from "./select.js";

const SPECIALS = [0, -0, 1, -1, 2.5, -2.5, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

/** The definition, one ternary per element. */
const ternary = (c: number, v: number): number => (c > 0 ? v : 0);

describe("selectWherePositive", () => {
  it("equals cond > 0 ? value : 0 bit for bit (Object.is: −0, NaN, ±∞) for every pair of special values, in the 4-wide loop and the tail", () => {
    const cond: number[] = [], value: number[] = [];
    for (const c of SPECIALS) for (const v of SPECIALS) { cond.push(c); value.push(v); }
    // 169 pairs: 42 groups of four and a tail of one; shifted by 1–3 so that each pair also lands in other lanes.
    for (let shift = 0; shift < 4; shift++) {
      const c = Float64Array.from([...cond.slice(shift), ...cond.slice(0, shift)]);
      const v = Float64Array.from([...value.slice(shift), ...value.slice(0, shift)]);
      const out = new Float64Array(c.length);
      selectWherePositive(c, v, out);
      for (let k = 0; k < c.length; k++) expect(Object.is(out[k], ternary(c[k] as number, v[k] as number)), `cond=${c[k]}, value=${v[k]}`).toBe(true);
    }
  });

  it("may write over cond (ReLU in place) or over value", () => {
    const z = Float64Array.of(-1, 2, Number.NaN, -0, Number.NEGATIVE_INFINITY, 3, 0.5);
    const want = Array.from(z, (c) => ternary(c, c));
    selectWherePositive(z, z, z);
    expect(Array.from(z)).toEqual(want);
    const c = Float64Array.of(1, -1, 1, -1, 1, -1, 1), g = Float64Array.of(-0, Number.NaN, Number.POSITIVE_INFINITY, 4, -5, 6, Number.NaN);
    const wantG = Array.from(g, (v, k) => ternary(c[k] as number, v));
    selectWherePositive(c, g, g);
    expect(Array.from(g)).toEqual(wantG);
  });
});
