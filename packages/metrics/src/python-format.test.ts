import { describe, expect, it } from "vitest";
import { pyFixed, pyStr } from "./python-format.js";

describe("pyFixed is Python's format(x, '.Nf')", () => {
  // Expected strings from Python 3.11: f"{x:.{d}f}".
  it.each([
    [0.125, 2, "0.12"], [0.375, 2, "0.38"], [0.625, 2, "0.62"], [2.5, 0, "2"], [3.5, 0, "4"],
    [0.1, 2, "0.10"], [0.005, 2, "0.01"], [0.015, 2, "0.01"], [0.045, 2, "0.04"], [1 / 3, 4, "0.3333"],
    [0.6666666666666666, 2, "0.67"], [1, 2, "1.00"], [0, 3, "0.000"], [0.99999, 2, "1.00"], [123.456, 1, "123.5"],
  ])("%s with %s digits → %s", (x, d, s) => {
    expect(pyFixed(x, d)).toBe(s);
  });
});

describe("pyStr is Python's str() for a support value", () => {
  it.each([
    [3, true, "3"], [3, false, "3.0"], [2.5, false, "2.5"], [0.00001, false, "1e-05"], [1e-7, false, "1e-07"], [12.25, false, "12.25"],
  ])("%s (integer: %s) → %s", (x, isInt, s) => {
    expect(pyStr(x, isInt)).toBe(s);
  });
});
