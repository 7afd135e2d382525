import { describe, expect, it } from "vitest";
import { isMatrix } from "./is-matrix.js";
import { Matrix } from "./matrix.js";

describe("isMatrix", () => {
  it("accepts matrices and any object with their fields (another copy of the package)", () => {
    expect(isMatrix(Matrix.zeros(2, 3))).toBe(true);
    expect(isMatrix(Matrix.zeros(0, 0))).toBe(true);
    class OtherMatrix {
      constructor(readonly rows: number, readonly cols: number, readonly data = new Float64Array(rows * cols)) {}
    }
    expect(isMatrix(new OtherMatrix(3, 1))).toBe(true);
    expect(isMatrix({ rows: 1, cols: 2, data: Float64Array.of(1, 2) })).toBe(true);
  });

  it("rejects everything else", () => {
    for (const value of [
      null, undefined, 0, "m", [[1, 2]], new Float64Array(4), {},
      { rows: 2, cols: 2, data: new Float64Array(3) },
      { rows: 2, cols: 2, data: [1, 2, 3, 4] },
      { rows: 2, cols: 2, data: new Float32Array(4) },
      { rows: -1, cols: -1, data: new Float64Array(1) },
      { rows: 0.5, cols: 2, data: new Float64Array(1) },
      { rows: "1", cols: 1, data: new Float64Array(1) },
      { rows: NaN, cols: 0, data: new Float64Array(0) },
    ]) {
      expect(isMatrix(value), JSON.stringify(value)).toBe(false);
    }
  });
});
