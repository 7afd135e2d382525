import { describe, expect, it } from "vitest";
import { npSum } from "./sum.js";

describe("npSum adds in NumPy's pairwise order", () => {
  it("differs from a left-to-right loop where NumPy's np.sum does", () => {
    // np.sum(x) for x = [1e16, 1, 1, ..., 1] (17 items, 16 ones) is 1.0000000000000016e16 in NumPy 1.24:
    // the ones are added in blocks, not one by one onto 1e16 (where each would be lost).
    const x = [1e16, ...Array.from({ length: 16 }, () => 1)];
    let loop = 0;
    for (const v of x) loop += v;
    expect(loop).toBe(1e16);
    expect(npSum(x)).toBe(1.0000000000000016e16);
  });

  it("is exact on small integers at every length around the block sizes", () => {
    expect(npSum([])).toBe(0);
    for (const n of [1, 7, 8, 9, 127, 128, 129, 300]) expect(npSum(Array.from({ length: n }, (_, i) => i))).toBe((n * (n - 1)) / 2);
  });
});
