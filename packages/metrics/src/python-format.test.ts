import { describe, expect, it } from "vitest";
import { pyFixed, pyLen, pyPadStart, pyRepr, pyStr } from "./python-format.js";

describe("pyFixed is Python's format(x, '.Nf')", () => {
  // Expected strings from Python 3.11: f"{x:.{d}f}".
  it.each([
    [0.125, 2, "0.12"], [0.375, 2, "0.38"], [0.625, 2, "0.62"], [2.5, 0, "2"], [3.5, 0, "4"],
    [0.1, 2, "0.10"], [0.005, 2, "0.01"], [0.015, 2, "0.01"], [0.045, 2, "0.04"], [1 / 3, 4, "0.3333"],
    [0.6666666666666666, 2, "0.67"], [1, 2, "1.00"], [0, 3, "0.000"], [0.99999, 2, "1.00"], [123.456, 1, "123.5"],
    // Past 1e21, where toFixed gives up and writes "1e+22": Python prints every digit.
    [1e22, 2, "10000000000000000000000.00"], [-1e22, 0, "-10000000000000000000000"], [2 ** 70, 3, "1180591620717411303424.000"],
  ])("%s with %s digits → %s", (x, d, s) => {
    expect(pyFixed(x, d)).toBe(s);
  });
});

describe("pyStr is Python's str() for a support value", () => {
  it.each([
    [3, true, "3"], [3, false, "3.0"], [2.5, false, "2.5"], [0.00001, false, "1e-05"], [1e-7, false, "1e-07"], [12.25, false, "12.25"],
    [1e16, false, "1e+16"], [1.0000000000000002e16, false, "1.0000000000000002e+16"],
  ])("%s (integer: %s) → %s", (x, isInt, s) => {
    expect(pyStr(x, isInt)).toBe(s);
  });
});

describe("pyRepr is Python's repr() of a float", () => {
  // Expected strings from python3: repr(x). Exponents from 1e16 (JavaScript: from 1e21) and below 1e-4 (JavaScript: below 1e-6).
  it.each([
    [1e16, "1e+16"], [1e16 + 2, "1.0000000000000002e+16"], [9999999999999998, "9999999999999998.0"], [2 ** 53, "9007199254740992.0"],
    [1e15, "1000000000000000.0"], [12345678901234568, "1.2345678901234568e+16"], [123456789012345680, "1.2345678901234568e+17"],
    [1e21, "1e+21"], [1e22, "1e+22"], [-1e16, "-1e+16"], [1.7976931348623157e308, "1.7976931348623157e+308"],
    [1e-4, "0.0001"], [0.00012345, "0.00012345"], [9.999999999999999e-5, "9.999999999999999e-05"], [1e-5, "1e-05"],
    [1.5e-7, "1.5e-07"], [-3.5e-5, "-3.5e-05"], [5e-324, "5e-324"], [1.2345678901234568e-300, "1.2345678901234568e-300"],
    [0.1, "0.1"], [100, "100.0"], [0, "0.0"], [-0, "-0.0"], [NaN, "nan"], [-Infinity, "-inf"],
  ])("%s → %s", (x, s) => {
    expect(pyRepr(x)).toBe(s);
  });
});

describe("pyLen and pyPadStart count code points, as Python's len() and format(s, '>Ns')", () => {
  it("an astral character is one (two UTF-16 units)", () => {
    // python3: len("\U0001F600b") == 2; format("\U0001F600", ">4s") == "   \U0001F600"
    expect("\u{1F600}b".length).toBe(3);
    expect(pyLen("\u{1F600}b")).toBe(2);
    expect(pyPadStart("\u{1F600}", 4)).toBe("   \u{1F600}");
    expect(pyPadStart("longer", 2)).toBe("longer");
  });
});
