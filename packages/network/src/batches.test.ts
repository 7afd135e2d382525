import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { takeRows } from "./batches.js";

describe("takeRows", () => {
  // 3 columns go by the element loop, 64 and 100 by set(subarray): the same rows either way.
  for (const cols of [3, 64, 100]) {
    it(`gathers rows order[start…start+size) of a ${cols}-column matrix`, () => {
      const source = new Matrix(6, cols);
      for (let k = 0; k < source.data.length; k++) source.data[k] = k * 0.5 - 7;
      const order = Int32Array.of(4, 0, 5, 2, 1, 3);
      const out = takeRows(source, order, 2, new Matrix(3, cols));
      for (let r = 0; r < 3; r++) expect(Array.from(out.row(r))).toEqual(Array.from(source.row(order[2 + r] as number)));
    });
  }

  it("returns the source itself for the whole set in order, and copies a slice in order otherwise", () => {
    const source = Matrix.from([[1, 2], [3, 4], [5, 6]]);
    expect(takeRows(source, null, 0, new Matrix(3, 2))).toBe(source);
    expect(takeRows(source, null, 1, new Matrix(2, 2)).toArray()).toEqual([[3, 4], [5, 6]]);
  });
});
