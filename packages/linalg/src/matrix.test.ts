import { describe, expect, it, vi } from "vitest";
import { Matrix } from "./matrix.js";
import { ShapeError } from "./shape-error.js";
import { MAX_ELEMENTS, allocate } from "./limits.js";

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

  it("toArray of a zero-width matrix gives one empty row per row", () => {
    expect(new Matrix(2, 0).toArray()).toEqual([[], []]);
    expect(new Matrix(0, 3).toArray()).toEqual([]);
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
    expect(() => m.row(2)).toThrow(/^row: index out of range\. Received: 2 for shape \[2,2\]\.$/);
    expect(Array.from(new Matrix(2, 0).row(1))).toEqual([]);
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

describe("arguments that are not what the signature says", () => {
  it("the constructor names a non-number size and a data array that is not a Float64Array", () => {
    expect(() => new Matrix("2" as never, 2)).toThrow(TypeError);
    expect(() => new Matrix("2" as never, 2)).toThrow(/^Matrix: rows must be an integer ≥ 0\. Received: rows="2"\.$/);
    expect(() => new Matrix(NaN, 2)).toThrow(/^Matrix: rows must be an integer ≥ 0\. Received: rows=NaN\.$/);
    expect(() => new Matrix(2, Infinity)).toThrow(/^Matrix: cols must be an integer ≥ 0\. Received: cols=Infinity\.$/);
    expect(() => new Matrix(2, 2, [1, 2, 3, 4] as never)).toThrow(
      /^Matrix: data must be a Float64Array\. Received: an Array of length 4; Matrix\.fromArray copies plain arrays\.$/,
    );
    expect(() => new Matrix(1, 2, new Float32Array(2) as never)).toThrow(/^Matrix: data must be a Float64Array\. Received: a Float32Array of length 2;/);
  });

  it("factories name themselves", () => {
    expect(() => Matrix.zeros(-1, 2)).toThrow(/^Matrix\.zeros: rows must be an integer ≥ 0\. Received: rows=-1\.$/);
    expect(() => Matrix.ones(2, null as never)).toThrow(/^Matrix\.ones: cols must be an integer ≥ 0\. Received: cols=null\.$/);
    expect(() => Matrix.fill(1, 1, "3" as never)).toThrow(TypeError);
    expect(() => Matrix.fill(1, 1, "3" as never)).toThrow(/^Matrix\.fill: value must be a finite number\. Received: value="3"\.$/);
    expect(() => Matrix.identity(2.5)).toThrow(/^Matrix\.identity: n must be an integer ≥ 0\. Received: n=2\.5\.$/);
  });

  it("Matrix.from / fromRows want an array of arrays, checked before anything is allocated", () => {
    expect(() => Matrix.from(null as never)).toThrow(TypeError);
    expect(() => Matrix.from(null as never)).toThrow(/^Matrix\.from: rows must be an array of rows, each an array of numbers\. Received: null\.$/);
    expect(() => Matrix.from(undefined as never)).toThrow(/^Matrix\.from: rows must be .*Received: undefined\.$/);
    expect(() => Matrix.from("abc" as never)).toThrow(/^Matrix\.from: rows must be .*Received: "abc" \(string\)\.$/);
    expect(() => Matrix.from([1, 2] as never)).toThrow(/^Matrix\.from: every row must be an array of numbers\. Received: row 0 is 1 \(number\)\.$/);
    expect(() => Matrix.fromRows([[1], null] as never)).toThrow(/^Matrix\.fromRows: every row must be an array of numbers\. Received: row 1 is null\.$/);
    expect(() => Matrix.from([["1"]] as never)).toThrow(/^Matrix\.from: every value must be a finite number\. Received: "1" at \[0,0\]\.$/);
    // A length of 10⁸ rows whose second row is missing fails on that row, not after reserving 800 MB.
    expect(() => Matrix.from({ length: 1e8, 0: [1] } as never)).toThrow(/^Matrix\.from: every row must be an array of numbers\. Received: row 1 is undefined\.$/);
  });

  it("fromArray and column want an array and integer sizes", () => {
    expect(() => Matrix.fromArray(null as never, 1, 1)).toThrow(/^Matrix\.fromArray: values must be an array of numbers\. Received: null\.$/);
    expect(() => Matrix.fromArray([1], NaN, 1)).toThrow(/^Matrix\.fromArray: rows must be an integer ≥ 0\. Received: rows=NaN\.$/);
    expect(() => Matrix.fromArray([1, 2], 1, "2" as never)).toThrow(/^Matrix\.fromArray: cols must be an integer ≥ 0\. Received: cols="2"\.$/);
    expect(() => Matrix.column(5 as never)).toThrow(/^Matrix\.column: values must be an array of numbers\. Received: 5 \(number\)\.$/);
    expect(() => Matrix.column({ length: 1 } as never)).toThrow(/^Matrix\.column: every value must be a finite number\. Received: undefined at \[0,0\] \(index 0\)\.$/);
  });

  it("methods check the matrix they are given", () => {
    const m = Matrix.from([[1, 2]]);
    expect(() => m.copyFrom(null as never)).toThrow(/^copyFrom: source must be a Matrix\. Received: null\.$/);
    expect(() => m.equals(undefined as never)).toThrow(/^equals: other must be a Matrix\. Received: undefined\.$/);
    expect(() => m.allClose([[1, 2]] as never)).toThrow(/^allClose: other must be a Matrix\. Received: an Array of length 1\.$/);
    expect(() => m.allClose(m, { rtoll: 1 } as never)).toThrow(/^allClose: unknown option "rtoll"\. Expected one of: rtol, atol\.$/);
    expect(() => m.allClose(m, { atol: -1 })).toThrow(/^allClose: atol must be a number ≥ 0\. Received: atol=-1\.$/);
    expect(() => m.allClose(m, { rtol: NaN })).toThrow(RangeError);
    expect(() => m.allClose(m, null as never)).toThrow(/^allClose: options must be an object\. Received: null\.$/);
    expect(() => m.set(0, 0, "3" as never)).toThrow(/^set: value must be a number\. Received: value="3"\.$/);
    expect(() => m.get(Symbol("i") as never, 0)).toThrow(/^get: index out of range\. Received: \[Symbol\(i\),0\] for shape \[1,2\]\.$/);
    expect(m.get(0, 1)).toBe(2); // nothing above changed m
  });
});

describe("MAX_ELEMENTS", () => {
  it("is 2^28 values, 2 GiB of float64", () => {
    expect(MAX_ELEMENTS).toBe(268435456);
    expect(MAX_ELEMENTS * Float64Array.BYTES_PER_ELEMENT).toBe(2 ** 31);
  });

  it("refuses a larger allocation with the shape, before allocating", () => {
    expect(() => new Matrix(1e6, 1e6)).toThrow(RangeError);
    expect(() => new Matrix(1e6, 1e6)).toThrow(
      /^Matrix: rows × cols must be ≤ MAX_ELEMENTS \(2\^28 = 268435456 values, 2 GiB\)\. Received: shape=\[1000000,1000000\] \(1000000000000 values\); to go past the limit, wrap a Float64Array of your own with new Matrix\(rows, cols, data\)\.$/,
    );
    expect(() => Matrix.zeros(2 ** 14, 2 ** 14 + 1)).toThrow(/^Matrix\.zeros: rows × cols must be ≤ MAX_ELEMENTS .*Received: shape=\[16384,16385\] \(268451840 values\)/);
    expect(() => Matrix.fill(MAX_ELEMENTS + 1, 1, 0)).toThrow(/^Matrix\.fill: rows × cols must be ≤ MAX_ELEMENTS/);
    expect(() => Matrix.identity(1e5)).toThrow(/^Matrix\.identity: rows × cols must be ≤ MAX_ELEMENTS .*shape=\[100000,100000\]/);
    expect(() => Matrix.fromArray({ length: 2 ** 29 } as never, 2 ** 29, 1)).toThrow(/^Matrix\.fromArray: rows × cols must be ≤ MAX_ELEMENTS/);
  });

  it("counts values, so an empty matrix of any height is fine", () => {
    expect(new Matrix(1e12, 0).size).toBe(0);
    expect(Matrix.zeros(0, 2 ** 40).shape).toEqual([0, 2 ** 40]);
  });

  it("an allocation the engine refuses below the limit becomes a RangeError naming the shape", () => {
    const real = globalThis.Float64Array;
    vi.stubGlobal("Float64Array", function refuse(): never {
      throw new RangeError("Array buffer allocation failed");
    });
    let error: unknown;
    try {
      allocate("Matrix.zeros", 12000, 10000);
    } catch (e) {
      error = e;
    } finally {
      vi.unstubAllGlobals();
    }
    expect(globalThis.Float64Array).toBe(real);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/^Matrix\.zeros: out of memory allocating shape=\[12000,10000\] \(0\.894 GiB\)\. Received: shape=\[12000,10000\]\.$/);
    expect(((error as Error).cause as Error).message).toBe("Array buffer allocation failed");
  });
});
