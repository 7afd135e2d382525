import { describe, expect, it } from "vitest";
import { Matrix } from "./matrix.js";
import { matmul, matmulABt, matmulAtB, transpose } from "./matmul.js";

const sq = (): Matrix => Matrix.from([[1, 2], [3, 4]]);

describe("products check their arguments before reading a shape", () => {
  it("a, b and out must be matrices", () => {
    expect(() => matmul(null as never, sq())).toThrow(TypeError);
    expect(() => matmul(null as never, sq())).toThrow(/^matmul: a must be a Matrix\. Received: null\.$/);
    expect(() => matmul(sq(), undefined as never)).toThrow(/^matmul: b must be a Matrix\. Received: undefined\.$/);
    expect(() => matmul(sq(), sq(), 0 as never)).toThrow(/^matmul: out must be a Matrix\. Received: 0 \(number\)\.$/);
    expect(() => matmulAtB(sq(), [[1, 2], [3, 4]] as never)).toThrow(/^matmulAtB: b must be a Matrix\. Received: an Array of length 2\.$/);
    expect(() => matmulABt("a" as never, sq())).toThrow(/^matmulABt: a must be a Matrix\. Received: "a" \(string\)\.$/);
    expect(() => transpose({} as never)).toThrow(/^transpose: a must be a Matrix\. Received: an empty object\.$/);
    expect(() => transpose(sq(), null as never)).toThrow(/^transpose: out must be a Matrix\. Received: null\.$/);
  });

  it("a result past MAX_ELEMENTS is refused with both shapes, before allocating", () => {
    const tall = Matrix.zeros(1e5, 1), wide = Matrix.zeros(1, 1e5);
    expect(() => matmul(tall, wide)).toThrow(RangeError);
    expect(() => matmul(tall, wide)).toThrow(
      /^matmul: rows × cols must be ≤ MAX_ELEMENTS \(2\^28 = 268435456 values, 2 GiB\)\. Received: shape=\[100000,100000\] \(10000000000 values\); to go past the limit, pass out \(a Matrix on storage of your own\)\.$/,
    );
    expect(() => matmulAtB(wide, wide)).toThrow(/^matmulAtB: rows × cols must be ≤ MAX_ELEMENTS .*shape=\[100000,100000\]/);
    expect(() => matmulABt(tall, tall)).toThrow(/^matmulABt: rows × cols must be ≤ MAX_ELEMENTS .*shape=\[100000,100000\]/);
  });

  it("inner dimensions that disagree are still reported as such, even for a huge result", () => {
    expect(() => matmul(Matrix.zeros(1e5, 2), Matrix.zeros(1, 1e5))).toThrow(
      /^matmul: inner dimensions must match\. Received: a\.shape=\[100000,2\], b\.shape=\[1,100000\]\.$/,
    );
  });

  it("objects with a matrix's fields are multiplied like matrices", () => {
    const a = { rows: 1, cols: 2, data: Float64Array.of(1, 2) } as unknown as Matrix;
    const b = { rows: 2, cols: 1, data: Float64Array.of(3, 4) } as unknown as Matrix;
    expect(matmul(a, b).toArray()).toEqual([[11]]);
    expect(transpose(a).toArray()).toEqual([[1], [2]]);
  });
});
