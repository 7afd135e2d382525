import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { EXP2_TABLE, fastExp } from "./exp.js";

const fixture = loadFixture<{ x: number[]; exp: number[] }>(import.meta.url, "exp.json");
const table = loadFixture<{ hi: number[]; lo: number[] }>(import.meta.url, "exp2-table.json");

const bits = new Float64Array(1);
const words = new BigInt64Array(bits.buffer);
/** Distance in units in the last place between two positive doubles (their bit patterns' gap). */
function ulps(a: number, b: number): number {
  bits[0] = a;
  const ia = words[0] as bigint;
  bits[0] = b;
  return Math.abs(Number(ia - (words[0] as bigint)));
}

describe("fastExp's table of 2^(j/64), built by double-double products", () => {
  it("has every head equal to the correctly rounded 2^(j/64) (decimal at 60 digits)", () => {
    const heads = Array.from({ length: 64 }, (_, j) => EXP2_TABLE[2 * j]);
    expect(heads).toEqual(table.hi);
  });

  it("has every tail within 2⁻⁹⁶ of the head's rounding error", () => {
    const off = table.lo.filter((lo, j) => !(Math.abs((EXP2_TABLE[2 * j + 1] as number) - lo) <= 2 ** -96));
    expect(off).toEqual([]);
  });
});

describe("fastExp", () => {
  it("is within one ulp of the correctly rounded eˣ (decimal at 50 digits) on every fixture input", () => {
    const off = fixture.x.filter((x, i) => ulps(fastExp(x), fixture.exp[i] as number) > 1);
    expect(off).toEqual([]);
  });

  it("is correctly rounded on all but a few in a thousand fixture inputs", () => {
    const wrong = fixture.x.filter((x, i) => fastExp(x) !== fixture.exp[i]).length;
    expect(wrong / fixture.x.length).toBeLessThan(0.003);
  });

  it("is exact where eˣ is", () => {
    expect(Object.is(fastExp(0), 1)).toBe(true);
    expect(fastExp(-0)).toBe(1);
  });

  it("follows Math.exp outside ±700 and on special values", () => {
    for (const x of [700, -700, 709.78, 710, -745, -746, Infinity, -Infinity]) expect(fastExp(x)).toBe(Math.exp(x));
    expect(fastExp(NaN)).toBeNaN();
  });

  it("is monotone across its table's steps of ln(2)/64", () => {
    const step = Math.LN2 / 64;
    for (let k = -700; k <= 700; k++) {
      const mid = (k + 0.5) * step;
      const below = fastExp(mid - 2 * Number.EPSILON * Math.max(1, Math.abs(mid)));
      const at = fastExp(mid);
      const above = fastExp(mid + 2 * Number.EPSILON * Math.max(1, Math.abs(mid)));
      expect(below).toBeLessThanOrEqual(at);
      expect(at).toBeLessThanOrEqual(above);
    }
  });
});
