import { describe, expect, it } from "vitest";
import { Matrix } from "./matrix.js";
import { add, addRowVector, addScaled, clip, div, map, mul, scale, sub } from "./elementwise.js";
import { RandomState } from "./random/random-state.js";

const a = (): Matrix => Matrix.from([[1, -2, 3], [4, 5, -6]]);
const b = (): Matrix => Matrix.from([[0.5, 2, -1], [8, -5, 3]]);

describe("element-wise values (NumPy's a + b, a − b, a * b, a / b)", () => {
  it("add, sub, mul, div", () => {
    expect(add(a(), b()).toArray()).toEqual([[1.5, 0, 2], [12, 0, -3]]);
    expect(sub(a(), b()).toArray()).toEqual([[0.5, -4, 4], [-4, 10, -9]]);
    expect(mul(a(), b()).toArray()).toEqual([[0.5, -4, -3], [32, -25, -18]]);
    expect(div(a(), b()).toArray()).toEqual([[2, -1, -3], [0.5, -1, -2]]);
  });

  it("scale, addScaled (a + s·b), map, clip", () => {
    expect(scale(a(), -0.5).toArray()).toEqual([[-0.5, 1, -1.5], [-2, -2.5, 3]]);
    expect(addScaled(a(), b(), 2).toArray()).toEqual([[2, 2, 1], [20, -5, 0]]);
    expect(map(a(), (v, i, j) => v * 10 + i * 100 + j).toArray()).toEqual([[10, -19, 32], [140, 151, 42]]);
    expect(clip(a(), -2, 4).toArray()).toEqual([[1, -2, 3], [4, 4, -2]]);
    expect(clip(a(), -Infinity, 0).toArray()).toEqual([[0, -2, 0], [0, 0, -6]]);
  });

  it("addRowVector adds the bias row to every row (NumPy broadcasting)", () => {
    expect(addRowVector(a(), Matrix.from([[10, 20, 30]])).toArray()).toEqual([[11, 18, 33], [14, 25, 24]]);
  });

  it("division by zero follows IEEE 754 as NumPy does", () => {
    const r = div(Matrix.from([[1, -1, 0]]), Matrix.zeros(1, 3));
    expect(r.get(0, 0)).toBe(Infinity);
    expect(r.get(0, 1)).toBe(-Infinity);
    expect(r.get(0, 2)).toBeNaN();
  });
});

describe("out parameters", () => {
  it("write into out and return it", () => {
    const out = Matrix.zeros(2, 3);
    expect(add(a(), b(), out)).toBe(out);
    expect(out.toArray()).toEqual([[1.5, 0, 2], [12, 0, -3]]);
  });

  it("may alias either operand (each element is read before it is written)", () => {
    const x = a();
    add(x, b(), x);
    expect(x.toArray()).toEqual([[1.5, 0, 2], [12, 0, -3]]);
    const y = b();
    sub(a(), y, y);
    expect(y.toArray()).toEqual([[0.5, -4, 4], [-4, 10, -9]]);
    const z = a();
    mul(z, z, z);
    expect(z.toArray()).toEqual([[1, 4, 9], [16, 25, 36]]);
    for (const op of [scale, (m: Matrix, s: number, o?: Matrix) => addScaled(m, m, s, o)]) {
      const w = a();
      expect(op(w, 2, w)).toBe(w);
    }
    const v = a();
    addRowVector(v, Matrix.from([[1, 1, 1]]), v);
    clip(v, 0, 4, v);
    map(v, (t) => t * 2, v);
    expect(v.toArray()).toEqual([[4, 0, 8], [8, 8, 0]]);
  });

  it("must have the result's shape", () => {
    const wrong = Matrix.zeros(3, 2);
    const message = /out must have the result's shape\. Received: out\.shape=\[3,2\], expected \[2,3\]\.$/;
    for (const run of [
      () => add(a(), b(), wrong),
      () => sub(a(), b(), wrong),
      () => mul(a(), b(), wrong),
      () => div(a(), b(), wrong),
      () => scale(a(), 2, wrong),
      () => addScaled(a(), b(), 2, wrong),
      () => map(a(), (v) => v, wrong),
      () => clip(a(), 0, 1, wrong),
      () => addRowVector(a(), Matrix.zeros(1, 3), wrong),
    ]) {
      expect(run).toThrow(message);
    }
    expect(() => add(a(), b(), wrong)).toThrow(/^add: out must have/);
    expect(() => clip(a(), 0, 1, wrong)).toThrow(/^clip: out must have/);
  });
});

describe("shape and argument errors", () => {
  it("binary ops name themselves and both shapes", () => {
    const t = Matrix.zeros(3, 2);
    expect(() => add(a(), t)).toThrow(/^add: shapes must match\. Received: a\.shape=\[2,3\], b\.shape=\[3,2\]\.$/);
    expect(() => sub(a(), t)).toThrow(/^sub: shapes must match\. Received: a\.shape=\[2,3\], b\.shape=\[3,2\]\.$/);
    expect(() => mul(a(), t)).toThrow(/^mul: shapes must match\. Received: a\.shape=\[2,3\], b\.shape=\[3,2\]\.$/);
    expect(() => div(a(), t)).toThrow(/^div: shapes must match\. Received: a\.shape=\[2,3\], b\.shape=\[3,2\]\.$/);
    expect(() => addScaled(a(), t, 1)).toThrow(/^addScaled: shapes must match\. Received: a\.shape=\[2,3\], b\.shape=\[3,2\]\.$/);
  });

  it("addRowVector wants a 1×cols row", () => {
    expect(() => addRowVector(a(), Matrix.zeros(1, 2))).toThrow(
      /^addRowVector: row must be 1×3\. Received: a\.shape=\[2,3\], row\.shape=\[1,2\]\.$/,
    );
    expect(() => addRowVector(a(), Matrix.zeros(2, 3))).toThrow(/row\.shape=\[2,3\]/);
  });

  it("non-finite scalars are rejected, naming the argument", () => {
    expect(() => scale(a(), NaN)).toThrow(/^scale: s must be a finite number\. Received: s=NaN\.$/);
    expect(() => scale(a(), Infinity)).toThrow(/^scale: s must be a finite number\. Received: s=Infinity\.$/);
    expect(() => addScaled(a(), b(), -Infinity)).toThrow(/^addScaled: s must be a finite number\. Received: s=-Infinity\.$/);
    expect(() => clip(a(), NaN, 1)).toThrow(/^clip: min must be ≤ max\. Received: min=NaN, max=1\.$/);
    expect(() => clip(a(), 2, 1)).toThrow(/^clip: min must be ≤ max\. Received: min=2, max=1\.$/);
  });
});

describe("addRowVector on wider and taller shapes", () => {
  it("adds b[j] to every element of column j, for widths around its four-column blocks", () => {
    const rng = new RandomState(12);
    for (const [rows, cols] of [[50, 4], [50, 3], [9, 1], [7, 9], [3, 8]]) {
      const x = rng.randn(rows as number, cols as number);
      const row = rng.randn(1, cols as number);
      const z = addRowVector(x, row);
      for (let i = 0; i < (rows as number); i++) {
        for (let j = 0; j < (cols as number); j++) expect(z.get(i, j)).toBe(x.get(i, j) + row.get(0, j));
      }
    }
  });
});
