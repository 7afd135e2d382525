import { describe, expect, it } from "vitest";
import { numpyFloatString } from "./row-keys.js";

describe("numpyFloatString spells floats as NumPy's str()", () => {
  it.each([
    [1, "1.0"],
    [0, "0.0"],
    [-0, "-0.0"],
    [-2, "-2.0"],
    [0.5, "0.5"],
    [0.0001, "0.0001"],
    [1e-5, "1e-05"],
    [1e16, "1e+16"],
    [123456789012345680, "1.2345678901234568e+17"],
    [1234.5, "1234.5"],
    [2.5e-7, "2.5e-07"],
  ])("%s → %s", (v, s) => expect(numpyFloatString(v)).toBe(s));
});
