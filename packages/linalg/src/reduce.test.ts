import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Matrix } from "./matrix.js";
import { argmax, max, mean, sum } from "./reduce.js";
import { RandomState } from "./random/random-state.js";

const m = (): Matrix => Matrix.from([[1, 5, -2], [7, 0, 3]]);

describe("reductions (NumPy's sum/mean/max with keepdims=True, argmax(axis=1))", () => {
  it("sum over everything and along each axis", () => {
    expect(sum(m())).toBe(14);
    expect(sum(m(), 0).toArray()).toEqual([[8, 5, 1]]);
    expect(sum(m(), 1).toArray()).toEqual([[4], [10]]);
    expect(sum(Matrix.zeros(0, 3))).toBe(0);
    expect(sum(Matrix.zeros(0, 3), 0).toArray()).toEqual([[0, 0, 0]]);
  });

  it("mean", () => {
    expect(mean(m())).toBeCloseTo(14 / 6, 15);
    expect(mean(m(), 0).toArray()).toEqual([[4, 2.5, 0.5]]);
    expect(mean(m(), 1).toArray()).toEqual([[4 / 3], [10 / 3]]);
  });

  it("max", () => {
    expect(max(m())).toBe(7);
    expect(max(m(), 0).toArray()).toEqual([[7, 5, 3]]);
    expect(max(m(), 1).toArray()).toEqual([[5], [7]]);
    expect(max(Matrix.from([[-3, -1]]))).toBe(-1);
  });

  it("argmax per row", () => {
    expect(Array.from(argmax(m()))).toEqual([1, 0]);
  });

  it("write into out (reused, zeroed first) and return it", () => {
    const out = Matrix.fill(1, 3, 99);
    expect(sum(m(), 0, out)).toBe(out);
    expect(out.toArray()).toEqual([[8, 5, 1]]);
    expect(mean(m(), 1, Matrix.zeros(2, 1)).toArray()).toEqual([[4 / 3], [10 / 3]]);
    const col = Matrix.fill(2, 1, 1e9);
    expect(max(m(), 1, col).toArray()).toEqual([[5], [7]]);
    const idx = new Int32Array(2);
    expect(argmax(m(), idx)).toBe(idx);
  });
});

describe("reduction errors", () => {
  it("wrong out shapes", () => {
    expect(() => sum(m(), 0, Matrix.zeros(3, 1))).toThrow(/^sum: out must have the result's shape\. Received: out\.shape=\[3,1\], expected \[1,3\]\.$/);
    expect(() => mean(m(), 1, Matrix.zeros(1, 2))).toThrow(/^mean: out must have the result's shape\. Received: out\.shape=\[1,2\], expected \[2,1\]\.$/);
    expect(() => max(m(), 1, Matrix.zeros(1, 2))).toThrow(/^max: out must have the result's shape\. Received: out\.shape=\[1,2\], expected \[2,1\]\.$/);
    expect(() => argmax(m(), new Int32Array(3))).toThrow(/^argmax: out must have one entry per row\. Received: out\.length=3, a\.shape=\[2,3\]\.$/);
  });

  it("bad axis", () => {
    expect(() => sum(m(), 2 as 0)).toThrow(/^sum: axis must be 0 or 1\. Received: axis=2\.$/);
    expect(() => max(m(), -1 as 0)).toThrow(/^max: axis must be 0 or 1\. Received: axis=-1\.$/);
    expect(() => mean(m(), 3 as 1)).toThrow(/^mean: axis must be 0 or 1\. Received: axis=3\.$/);
  });

  it("empty inputs where a value is undefined", () => {
    expect(() => mean(Matrix.zeros(0, 3))).toThrow(/^mean: matrix must not be empty\. Received: a\.shape=\[0,3\]\.$/);
    expect(() => max(Matrix.zeros(2, 0))).toThrow(/^max: matrix must not be empty\. Received: a\.shape=\[2,0\]\.$/);
    expect(() => argmax(Matrix.zeros(2, 0))).toThrow(/^argmax: matrix must have columns\. Received: a\.shape=\[2,0\]\.$/);
  });
});

/** Matrices of small integers, so every sum below is exact whatever the order. */
const intMatrix = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }))
  .chain(([r, c]) => fc.array(fc.integer({ min: -50, max: 50 }), { minLength: r * c, maxLength: r * c }).map((v) => Matrix.fromArray(v, r, c)));

describe("reduction laws (property)", () => {
  it("summing axis 0 then the rest, or axis 1 then the rest, equals the total", () => {
    fc.assert(
      fc.property(intMatrix, (a) => {
        expect(sum(sum(a, 0))).toBe(sum(a));
        expect(sum(sum(a, 1))).toBe(sum(a));
        expect(mean(a, 0).data.reduce((s, v) => s + v, 0) * a.rows).toBeCloseTo(sum(a), 9);
      }),
    );
  });

  it("max along an axis bounds every element and is attained", () => {
    fc.assert(
      fc.property(intMatrix, (a) => {
        const rowMax = max(a, 1);
        for (let i = 0; i < a.rows; i++) {
          const row = Array.from(a.row(i));
          expect(rowMax.get(i, 0)).toBe(Math.max(...row));
        }
        expect(max(max(a, 0))).toBe(max(a));
      }),
    );
  });

  it("argmax returns the first index of each row's maximum (ties go to the lowest index)", () => {
    const fewValues = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 9 }))
      .chain(([r, c]) => fc.array(fc.integer({ min: 0, max: 2 }), { minLength: r * c, maxLength: r * c }).map((v) => Matrix.fromArray(v, r, c)));
    fc.assert(
      fc.property(fewValues, (a) => {
        const idx = argmax(a);
        for (let i = 0; i < a.rows; i++) {
          const row = Array.from(a.row(i));
          expect(idx[i]).toBe(row.indexOf(Math.max(...row)));
        }
      }),
    );
  });
});

describe("sum along axis 0 adds each column's terms in row order", () => {
  // With arbitrary doubles the bits depend on the order: the column-block loop must equal the
  // textbook one (NumPy's order for a reduction down the rows of a C-ordered array).
  it("bit for bit on random doubles, for widths around the four-column blocks", () => {
    const rng = new RandomState(11);
    for (const [rows, cols] of [[800, 4], [800, 3], [37, 1], [16, 9], [5, 8], [1, 6]]) {
      const a = rng.randn(rows as number, cols as number);
      const expected = new Float64Array(cols as number);
      for (let j = 0; j < (cols as number); j++) {
        let total = 0;
        for (let i = 0; i < (rows as number); i++) total += a.get(i, j);
        expected[j] = total;
      }
      expect(Array.from(sum(a, 0).data), `${rows}×${cols}`).toEqual(Array.from(expected));
    }
  });
});

describe("arguments that are not matrices", () => {
  it("name the op and the argument", () => {
    expect(() => sum(null as never)).toThrow(TypeError);
    expect(() => sum(null as never)).toThrow(/^sum: a must be a Matrix\. Received: null\.$/);
    expect(() => mean([[1, 2]] as never, 0)).toThrow(/^mean: a must be a Matrix\. Received: an Array of length 1\.$/);
    expect(() => max("m" as never)).toThrow(/^max: a must be a Matrix\. Received: "m" \(string\)\.$/);
    expect(() => argmax(undefined as never)).toThrow(/^argmax: a must be a Matrix\. Received: undefined\.$/);
    expect(() => sum(m(), 0, [[0, 0, 0]] as never)).toThrow(/^sum: out must be a Matrix\. Received: an Array of length 1\.$/);
    expect(() => argmax(m(), [0, 0] as never)).toThrow(/^argmax: out must be an Int32Array\. Received: an Array of length 2\.$/);
    expect(() => argmax(m(), new Float64Array(2) as never)).toThrow(/^argmax: out must be an Int32Array\. Received: a Float64Array of length 2\.$/);
  });

  it("an out without an axis is refused rather than ignored", () => {
    const out = Matrix.zeros(1, 3);
    expect(() => sum(m(), undefined as never, out)).toThrow(
      /^sum: out needs an axis \(the total of all elements is a number\)\. Received: axis=undefined, out=a Matrix of shape \[1,3\]\.$/,
    );
    expect(() => mean(m(), undefined as never, out)).toThrow(/^mean: out needs an axis/);
    expect(() => max(m(), undefined as never, out)).toThrow(/^max: out needs an axis/);
  });

  it("an axis of the wrong type is named as received", () => {
    expect(() => sum(m(), "0" as never)).toThrow(/^sum: axis must be 0 or 1\. Received: axis="0"\.$/);
    expect(() => max(m(), null as never)).toThrow(/^max: axis must be 0 or 1\. Received: axis=null\.$/);
  });
});
