import { describe, expect, it } from "vitest";
import { describeValue, formatScalar } from "./describe-value.js";
import { Matrix } from "./matrix.js";

class Point {
  x = 1;
}

describe("describeValue", () => {
  it("names primitives with their type and objects by what they are", () => {
    const cases: [unknown, string][] = [
      [null, "null"],
      [undefined, "undefined"],
      [3, "3 (number)"],
      [NaN, "NaN (number)"],
      [-0, "-0 (number)"],
      ["x", '"x" (string)'],
      [true, "true (boolean)"],
      [10n, "10n (bigint)"],
      [Symbol("s"), "Symbol(s) (symbol)"],
      [() => 1, "a function"],
      [[1, 2], "an Array of length 2"],
      [new Int32Array(3), "an Int32Array of length 3"],
      [new DataView(new ArrayBuffer(2)), "a DataView"],
      [new Map(), "a Map"],
      [new Point(), "a Point"],
      [{}, "an empty object"],
      [{ a: 1, b: 2 }, "an object with keys {a, b}"],
      [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, "an object with keys {a, b, c, d, e, f, …}"],
      [Object.create(null), "an empty object"],
      [Matrix.zeros(2, 3), "a Matrix of shape [2,3]"],
    ];
    for (const [value, expected] of cases) expect(describeValue(value)).toBe(expected);
  });

  it("cuts long strings", () => {
    expect(describeValue("a".repeat(100))).toBe(`"${"a".repeat(40)}…" (string)`);
  });

  it("formatScalar writes numbers as they are and quotes strings", () => {
    expect(formatScalar(1.5)).toBe("1.5");
    expect(formatScalar(-Infinity)).toBe("-Infinity");
    expect(formatScalar("1")).toBe('"1"');
    expect(formatScalar(null)).toBe("null");
    expect(formatScalar([1])).toBe("an Array of length 1");
  });
});
