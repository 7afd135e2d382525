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

describe("arguments that are not matrices", () => {
  it("name the op, the argument and what came instead (TypeError, before any shape is read)", () => {
    expect(() => add(a(), null as never)).toThrow(TypeError);
    expect(() => add(a(), null as never)).toThrow(/^add: b must be a Matrix\. Received: null\.$/);
    expect(() => add(undefined as never, b())).toThrow(/^add: a must be a Matrix\. Received: undefined\.$/);
    expect(() => sub(a(), "x" as never)).toThrow(/^sub: b must be a Matrix\. Received: "x" \(string\)\.$/);
    expect(() => mul(a(), "x" as never)).toThrow(/^mul: b must be a Matrix\. Received: "x" \(string\)\.$/);
    expect(() => div(a(), [[1, 2, 3], [4, 5, 6]] as never)).toThrow(/^div: b must be a Matrix\. Received: an Array of length 2\.$/);
    expect(() => addScaled(a(), {} as never, 1)).toThrow(/^addScaled: b must be a Matrix\. Received: an empty object\.$/);
    expect(() => scale(null as never, 2)).toThrow(/^scale: a must be a Matrix\. Received: null\.$/);
    expect(() => map(3 as never, (v) => v)).toThrow(/^map: a must be a Matrix\. Received: 3 \(number\)\.$/);
    expect(() => clip(true as never, 0, 1)).toThrow(/^clip: a must be a Matrix\. Received: true \(boolean\)\.$/);
    expect(() => addRowVector(a(), new Float64Array(3) as never)).toThrow(/^addRowVector: row must be a Matrix\. Received: a Float64Array of length 3\.$/);
  });

  it("say what to call when a number is passed where a matrix belongs", () => {
    expect(() => mul(a(), 2 as never)).toThrow(/^mul: b must be a Matrix; to multiply by a number use scale\(a, s\)\. Received: 2 \(number\)\.$/);
    expect(() => div(a(), 4 as never)).toThrow(/^div: b must be a Matrix; to divide by a number use scale\(a, 1 \/ s\)\. Received: 4 \(number\)\.$/);
    expect(() => add(a(), 1 as never)).toThrow(/^add: b must be a Matrix\. Received: 1 \(number\)\.$/);
  });

  it("say what is wrong with an object that is almost a matrix", () => {
    const short = { rows: 2, cols: 3, data: new Float64Array(5) };
    expect(() => add(a(), short as never)).toThrow(
      /^add: b must be a Matrix\. Received: an object with rows=2, cols=3, data=Float64Array\(5\) \(data\.length must be rows × cols = 6\)\.$/,
    );
    expect(() => add(a(), { rows: "2", cols: 3, data: new Float64Array(6) } as never)).toThrow(/rows="2", cols=3, data=Float64Array\(6\) \(rows and cols must be integers ≥ 0\)\.$/);
    expect(() => add(a(), { rows: 2, cols: 3, data: [1, 2, 3, 4, 5, 6] } as never)).toThrow(/data=an Array of length 6 \(data must be a Float64Array\)\.$/);
  });

  it("check out too", () => {
    expect(() => add(a(), b(), [] as never)).toThrow(/^add: out must be a Matrix\. Received: an Array of length 0\.$/);
    expect(() => scale(a(), 2, null as never)).toThrow(/^scale: out must be a Matrix\. Received: null\.$/);
    expect(() => addRowVector(a(), Matrix.zeros(1, 3), "out" as never)).toThrow(/^addRowVector: out must be a Matrix\. Received: "out" \(string\)\.$/);
  });

  it("accept any object with a matrix's fields (another copy of the package made it)", () => {
    const foreign = { rows: 2, cols: 3, data: Float64Array.of(1, 1, 1, 1, 1, 1) } as unknown as Matrix;
    expect(add(a(), foreign).toArray()).toEqual([[2, -1, 4], [5, 6, -5]]);
    expect(scale(foreign, 2, foreign).data).toEqual(Float64Array.of(2, 2, 2, 2, 2, 2));
  });

  it("non-number scalars and functions are TypeErrors naming the argument", () => {
    expect(() => scale(a(), "2" as never)).toThrow(TypeError);
    expect(() => scale(a(), "2" as never)).toThrow(/^scale: s must be a finite number\. Received: s="2"\.$/);
    expect(() => addScaled(a(), b(), null as never)).toThrow(/^addScaled: s must be a finite number\. Received: s=null\.$/);
    expect(() => map(a(), 3 as never)).toThrow(/^map: fn must be a function\. Received: fn=3\.$/);
    expect(() => clip(a(), "0" as never, 1)).toThrow(/^clip: min must be a number\. Received: min="0"\.$/);
    expect(() => clip(a(), 0, Symbol("max") as never)).toThrow(/^clip: max must be a number\. Received: max=Symbol\(max\)\.$/);
  });
});
