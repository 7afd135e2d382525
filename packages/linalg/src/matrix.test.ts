import { describe, expect, it } from "vitest";
import { Matrix } from "./matrix.js";
import { ShapeError } from "./shape-error.js";

describe("Matrix construction", () => {
  it("stores row-major: element (i, j) is data[i·cols + j]", () => {
    const m = Matrix.from([[1, 2, 3], [4, 5, 6]]);
    expect(m.shape).toEqual([2, 3]);
    expect(m.size).toBe(6);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.get(1, 0)).toBe(4);
  });

  it("zeros, ones, fill, identity", () => {
    expect(Matrix.zeros(2, 2).toArray()).toEqual([[0, 0], [0, 0]]);
    expect(Matrix.ones(1, 3).toArray()).toEqual([[1, 1, 1]]);
    expect(Matrix.fill(2, 1, -2.5).toArray()).toEqual([[-2.5], [-2.5]]);
    expect(Matrix.identity(3).toArray()).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  });

  it("wraps given data without copying", () => {
    const data = new Float64Array([1, 2, 3, 4]);
    const m = new Matrix(2, 2, data);
    data[3] = 9;
    expect(m.get(1, 1)).toBe(9);
  });

  it("fromRows accepts typed-array rows; fromArray and column copy flat values", () => {
    expect(Matrix.fromRows([new Float64Array([1, 2]), new Float64Array([3, 4])]).toArray()).toEqual([[1, 2], [3, 4]]);
    const flat = [1, 2, 3, 4, 5, 6];
    const m = Matrix.fromArray(flat, 3, 2);
    flat[0] = 100;
    expect(m.toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(Matrix.column([7, 8]).shape).toEqual([2, 1]);
  });

  it("empty shapes are allowed", () => {
    expect(Matrix.from([]).shape).toEqual([0, 0]);
    expect(Matrix.zeros(0, 3).size).toBe(0);
  });

  it("rejects bad dimensions and data", () => {
    expect(() => new Matrix(-1, 2)).toThrow(/^Matrix: rows must be an integer ≥ 0\. Received: rows=-1\.$/);
    expect(() => new Matrix(2, 1.5)).toThrow(/^Matrix: cols must be an integer ≥ 0\. Received: cols=1\.5\.$/);
    expect(() => new Matrix(2, 3, new Float64Array(5))).toThrow(
      /^Matrix: data length must equal rows × cols\. Received: data\.length=5, shape=\[2,3\]\.$/,
    );
    expect(() => new Matrix(2, 3, new Float64Array(5))).toThrow(ShapeError);
    expect(() => Matrix.fromArray([1, 2, 3, 4, 5], 2, 3)).toThrow(
      /^Matrix\.fromArray: values\.length must equal rows × cols\. Received: values\.length=5, shape=\[2,3\]\.$/,
    );
  });

  it("rejects ragged rows and non-finite values, naming where", () => {
    expect(() => Matrix.from([[1, 2], [3, 4, 5]])).toThrow(/^Matrix\.from: every row must have 2 values\. Received: row 1 has 3\.$/);
    expect(() => Matrix.from([[1, Infinity]])).toThrow(/^Matrix\.from: every value must be a finite number\. Received: Infinity at \[0,1\]\.$/);
    expect(() => Matrix.fromRows([[NaN]])).toThrow(/^Matrix\.fromRows: every value must be a finite number\. Received: NaN at \[0,0\]\.$/);
    expect(() => Matrix.fill(1, 1, NaN)).toThrow(/^Matrix\.fill: value must be a finite number\. Received: value=NaN\.$/);
    expect(() => Matrix.fromArray([1, 2, 3, NaN], 2, 2)).toThrow(
      /^Matrix\.fromArray: every value must be a finite number\. Received: NaN at \[1,1\] \(index 3\)\.$/,
    );
    expect(() => Matrix.column([0, -Infinity])).toThrow(/^Matrix\.column: every value must be a finite number\. Received: -Infinity at \[1,0\] \(index 1\)\.$/);
    // The constructor wraps storage as is (no scan), for results that may hold IEEE 754 infinities.
    expect(new Matrix(1, 1, Float64Array.of(Infinity)).get(0, 0)).toBe(Infinity);
  });
});

describe("Matrix access", () => {
  it("get/set and out-of-range indices", () => {
    const m = Matrix.zeros(2, 2);
    m.set(0, 1, 5);
    expect(m.get(0, 1)).toBe(5);
    expect(() => m.get(2, 0)).toThrow(/^get: index out of range\. Received: \[2,0\] for shape \[2,2\]\.$/);
    expect(() => m.set(0, -1, 1)).toThrow(/^set: index out of range\. Received: \[0,-1\] for shape \[2,2\]\.$/);
    expect(() => m.get(0.5, 0)).toThrow(RangeError);
  });

  it("row is a view into the storage", () => {
    const m = Matrix.from([[1, 2], [3, 4]]);
    const r = m.row(1);
    r[0] = 30;
    expect(m.get(1, 0)).toBe(30);
    expect(() => m.row(2)).toThrow(/^row: index out of range\. Received: \[2,0\] for shape \[2,2\]\.$/);
  });

  it("clone is deep; copyFrom copies values and checks shapes", () => {
    const m = Matrix.from([[1, 2]]);
    const c = m.clone();
    c.set(0, 0, 9);
    expect(m.get(0, 0)).toBe(1);
    expect(m.copyFrom(c).toArray()).toEqual([[9, 2]]);
    expect(() => m.copyFrom(Matrix.zeros(2, 1))).toThrow(
      /^copyFrom: shapes must match\. Received: target\.shape=\[1,2\], source\.shape=\[2,1\]\.$/,
    );
  });

  it("toString shows the shape and the values", () => {
    expect(String(Matrix.from([[1, 2]]))).toBe("Matrix[1,2] [[1,2]]");
  });
});

describe("equals and allClose", () => {
  const a = Matrix.from([[1, 2], [3, 4]]);
  it("equals needs the same shape and the same values", () => {
    expect(a.equals(Matrix.from([[1, 2], [3, 4]]))).toBe(true);
    expect(a.equals(Matrix.from([[1, 2, 3, 4]]))).toBe(false);
    expect(a.equals(Matrix.from([[1, 2], [3, 4.000000001]]))).toBe(false);
  });

  it("allClose uses |a − b| ≤ atol + rtol·|b| (NumPy's allclose)", () => {
    // Defaults rtol = 1e-9, atol = 1e-12: a gap of 5e-9 at 4 exceeds 1e-12 + 4e-9, and 3e-9 does not.
    const b = Matrix.from([[1, 2], [3, 4 + 5e-9]]);
    expect(a.allClose(b)).toBe(false);
    expect(a.allClose(Matrix.from([[1, 2], [3, 4 + 3e-9]]))).toBe(true);
    expect(a.allClose(b, { rtol: 1e-8 })).toBe(true);
    expect(a.allClose(Matrix.from([[1, 2], [3, 4.5]]), { rtol: 0, atol: 0.5 })).toBe(true);
    expect(a.allClose(Matrix.from([[1, 2], [3, 4.5]]), { rtol: 0, atol: 0.49 })).toBe(false);
    expect(a.allClose(Matrix.zeros(1, 4))).toBe(false);
    expect(Matrix.from([[0]]).allClose(new Matrix(1, 1, new Float64Array([NaN])))).toBe(false);
  });
});
