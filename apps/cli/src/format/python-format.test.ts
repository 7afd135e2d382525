import { describe, expect, it } from "vitest";
import { numpyIntRow, pyFixed, pyRound } from "./python-format.js";

describe("pyFixed", () => {
  it("rounds exact binary ties to even, as Python's format does (values checked in CPython 3.11)", () => {
    // f"{0.125:.2f}" == "0.12", f"{0.375:.2f}" == "0.38", f"{91.125:.2f}" == "91.12", f"{2.5:.0f}" == "2"
    expect([pyFixed(0.125, 2), pyFixed(0.375, 2), pyFixed(91.125, 2), pyFixed(2.5, 0), pyFixed(-0.125, 2)]).toEqual([
      "0.12",
      "0.38",
      "91.12",
      "2",
      "-0.12",
    ]);
  });

  it("rounds non-ties to nearest using the exact binary value (f\"{0.105:.2f}\" == \"0.10\": 0.105 is 0.10499…)", () => {
    expect([pyFixed(0.105, 2), pyFixed(0.182772, 6), pyFixed(9.995, 2), pyFixed(99.99999, 2)]).toEqual([
      "0.10",
      "0.182772",
      "9.99",
      "100.00",
    ]);
  });

  it("carries through a tie that rounds up (f\"{9.875:.2f}\" == \"9.88\", f\"{0.5:.0f}\" == \"0\", f\"{1.5:.0f}\" == \"2\", f\"{99.995:.2f}\" == \"100.00\")", () => {
    expect([pyFixed(9.875, 2), pyFixed(0.5, 0), pyFixed(1.5, 0), pyFixed(99.995, 2)]).toEqual(["9.88", "0", "2", "100.00"]);
  });
});

describe("pyRound and numpyIntRow", () => {
  it("round half to even and print an int row as NumPy does", () => {
    expect([pyRound(0.5), pyRound(1.5), pyRound(0.5736), pyRound(0.336)]).toEqual([0, 2, 1, 0]);
    expect(numpyIntRow([0, 1])).toBe("[0 1]");
  });
});
