import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Matrix } from "./matrix.js";
import { add } from "./elementwise.js";
import { matmul, matmulABt, matmulAtB, transpose } from "./matmul.js";

// np.array([[1,2,3],[4,5,6]]) @ np.array([[7,8],[9,10],[11,12]]) == [[58,64],[139,154]]
const A = (): Matrix => Matrix.from([[1, 2, 3], [4, 5, 6]]);
const B = (): Matrix => Matrix.from([[7, 8], [9, 10], [11, 12]]);
const AB = [[58, 64], [139, 154]];

describe("matrix products (values)", () => {
  it("matmul", () => {
    expect(matmul(A(), B()).toArray()).toEqual(AB);
    expect(matmul(Matrix.from([[2]]), Matrix.from([[3]])).toArray()).toEqual([[6]]);
    expect(matmul(Matrix.from([[1], [2]]), Matrix.from([[3, 4]])).toArray()).toEqual([[3, 4], [6, 8]]); // outer product
  });

  it("matmulAtB reads A transposed: Aᵀ·B", () => {
    // A is stored as its transpose [[1,4],[2,5],[3,6]] (3×2); Aᵀ·B with B 3×2.
    expect(matmulAtB(Matrix.from([[1, 4], [2, 5], [3, 6]]), B()).toArray()).toEqual(AB);
  });

  it("matmulABt reads B transposed: A·Bᵀ", () => {
    expect(matmulABt(A(), Matrix.from([[7, 9, 11], [8, 10, 12]])).toArray()).toEqual(AB);
  });

  it("an inner dimension of 0 gives zeros (an empty sum), as NumPy", () => {
    expect(matmul(Matrix.zeros(2, 0), Matrix.zeros(0, 3)).toArray()).toEqual([[0, 0, 0], [0, 0, 0]]);
  });

  it("transpose", () => {
    expect(transpose(A()).toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(transpose(Matrix.zeros(0, 2)).shape).toEqual([2, 0]);
  });
});

describe("out parameters of products", () => {
  it("overwrite out (never accumulate) and return it", () => {
    const out = Matrix.fill(2, 2, 1000);
    expect(matmul(A(), B(), out)).toBe(out);
    expect(out.toArray()).toEqual(AB);
    expect(matmulAtB(B(), B(), Matrix.fill(2, 2, 5)).toArray()).toEqual([[251, 278], [278, 308]]);
    expect(matmulABt(A(), A(), Matrix.fill(2, 2, -1)).toArray()).toEqual([[14, 32], [32, 77]]);
    const t = Matrix.fill(3, 2, 7);
    expect(transpose(A(), t)).toBe(t);
    expect(t.toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
  });

  it("must not share storage with an operand (a product reads operands after writing out)", () => {
    const sq = Matrix.from([[1, 2], [3, 4]]);
    expect(() => matmul(sq, Matrix.identity(2), sq)).toThrow(/^matmul: out must not share storage with a or b \(the product reads them while writing out\)\. Received: out shares a's storage; pass a separate matrix\.$/);
    expect(() => matmulAtB(Matrix.identity(2), sq, sq)).toThrow(/^matmulAtB: out must not share storage with a or b .*Received: out shares b's storage; pass a separate matrix\.$/);
    expect(() => matmulABt(sq, sq, sq)).toThrow(/^matmulABt: out must not share storage with a or b .*Received: out shares a's storage; pass a separate matrix\.$/);
    expect(() => transpose(sq, sq)).toThrow(/^transpose: out must not be a\. Received: out === a; pass a separate matrix\.$/);
  });

  it("must have the result's shape", () => {
    expect(() => matmul(A(), B(), Matrix.zeros(2, 3))).toThrow(/^matmul: out must have the result's shape\. Received: out\.shape=\[2,3\], expected \[2,2\]\.$/);
    expect(() => matmulAtB(A(), A(), Matrix.zeros(2, 2))).toThrow(/^matmulAtB: out must have the result's shape\. Received: out\.shape=\[2,2\], expected \[3,3\]\.$/);
    expect(() => matmulABt(A(), A(), Matrix.zeros(3, 3))).toThrow(/^matmulABt: out must have the result's shape\. Received: out\.shape=\[3,3\], expected \[2,2\]\.$/);
    expect(() => transpose(A(), Matrix.zeros(2, 3))).toThrow(/^transpose: out must have the result's shape\. Received: out\.shape=\[2,3\], expected \[3,2\]\.$/);
  });
});

describe("product shape errors name the op and both shapes", () => {
  it("matmul: a.cols must equal b.rows", () => {
    expect(() => matmul(Matrix.zeros(3, 4), Matrix.zeros(5, 2))).toThrow(
      /^matmul: inner dimensions must match\. Received: a\.shape=\[3,4\], b\.shape=\[5,2\]\.$/,
    );
  });
  it("matmulAtB: a.rows must equal b.rows", () => {
    expect(() => matmulAtB(Matrix.zeros(3, 4), Matrix.zeros(5, 2))).toThrow(
      /^matmulAtB: inner dimensions must match\. Received: a\.shape=\[3,4\], b\.shape=\[5,2\]\.$/,
    );
  });
  it("matmulABt: a.cols must equal b.cols", () => {
    expect(() => matmulABt(Matrix.zeros(3, 4), Matrix.zeros(5, 2))).toThrow(
      /^matmulABt: inner dimensions must match\. Received: a\.shape=\[3,4\], b\.shape=\[5,2\]\.$/,
    );
  });
});

/** A `rows×cols` matrix of the given values (integers keep every product and sum exact). */
function matrixOf(rows: number, cols: number, values: fc.Arbitrary<number>): fc.Arbitrary<Matrix> {
  return fc.array(values, { minLength: rows * cols, maxLength: rows * cols }).map((v) => Matrix.fromArray(v, rows, cols));
}
const small = fc.integer({ min: -20, max: 20 });
const real = fc.double({ min: -10, max: 10, noNaN: true });
/** Dimensions that cross the kernel's small/blocked threshold and its 4×4 tile remainders. */
const dim = fc.integer({ min: 1, max: 23 });
const triple = fc.tuple(dim, dim, dim);

describe("algebra laws (property)", () => {
  it("(AB)ᵀ = BᵀAᵀ", () => {
    fc.assert(
      fc.property(triple.chain(([m, k, n]) => fc.tuple(matrixOf(m, k, small), matrixOf(k, n, small))), ([a, b]) => {
        expect(transpose(matmul(a, b)).equals(matmul(transpose(b), transpose(a)))).toBe(true);
      }),
    );
  });

  it("matmulAtB(A, B) = transpose(A)·B and matmulABt(A, B) = A·transpose(B)", () => {
    fc.assert(
      fc.property(triple.chain(([m, k, n]) => fc.tuple(matrixOf(k, m, real), matrixOf(k, n, real), matrixOf(m, n, real))), ([a, b, c]) => {
        // The same products summed in the same order: equal to the last bit.
        expect(matmulAtB(a, b).equals(matmul(transpose(a), b))).toBe(true);
        expect(matmulABt(b, c).equals(matmul(b, transpose(c)))).toBe(true);
      }),
    );
  });

  it("A(B + C) = AB + AC (exact on integers, within rounding on reals)", () => {
    fc.assert(
      fc.property(triple.chain(([m, k, n]) => fc.tuple(matrixOf(m, k, small), matrixOf(k, n, small), matrixOf(k, n, small))), ([a, b, c]) => {
        expect(matmul(a, add(b, c)).equals(add(matmul(a, b), matmul(a, c)))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(triple.chain(([m, k, n]) => fc.tuple(matrixOf(m, k, real), matrixOf(k, n, real), matrixOf(k, n, real))), ([a, b, c]) => {
        // |a| ≤ 10 and |b|, |c| ≤ 10: the standard bound k·u·Σ|aᵢₚ||bₚⱼ| on each sum of k products,
        // for both sides plus the additions, stays below (400k² + 1000k)·u with u = 2⁻⁵³.
        const k = a.cols;
        const atol = (400 * k * k + 1000 * k) * 2 ** -53;
        expect(matmul(a, add(b, c)).allClose(add(matmul(a, b), matmul(a, c)), { rtol: 0, atol })).toBe(true);
      }),
    );
  });

  it("(AB)C = A(BC) on integers, and I·A = A·I = A", () => {
    fc.assert(
      fc.property(
        fc.tuple(dim, dim, dim, dim).chain(([m, k, n, p]) => fc.tuple(matrixOf(m, k, small), matrixOf(k, n, small), matrixOf(n, p, small))),
        ([a, b, c]) => {
          expect(matmul(matmul(a, b), c).equals(matmul(a, matmul(b, c)))).toBe(true);
          expect(matmul(Matrix.identity(a.rows), a).equals(a)).toBe(true);
          expect(matmul(a, Matrix.identity(a.cols)).equals(a)).toBe(true);
        },
      ),
    );
  });

  it("transpose is an involution", () => {
    fc.assert(fc.property(fc.tuple(dim, dim).chain(([m, n]) => matrixOf(m, n, real)), (a) => {
      expect(transpose(transpose(a)).equals(a)).toBe(true);
    }));
  });
});
