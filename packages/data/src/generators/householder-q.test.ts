import { describe, expect, it } from "vitest";
import { Matrix, RandomState, matmulAtB } from "@backprop/linalg";
import { expectClose } from "@backprop/testing";
import { householderQ } from "./householder-q.js";

describe("householderQ", () => {
  it.each([[6, 3], [5, 5], [9, 1]])("gives orthonormal columns Q with Qᵀ·A upper triangular, R's diagonal −sign(α)·‖·‖ (%i × %i)", (m, n) => {
    const a = new Matrix(m, n, new RandomState(m * 10 + n).standardNormal(m * n));
    const q = householderQ(a);
    expect(q.shape).toEqual([m, n]);
    expectClose(matmulAtB(q, q), Matrix.identity(n), { rtol: 0, atol: 1e-14 });
    const r = matmulAtB(q, a);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) expect(Math.abs(r.get(i, j))).toBeLessThan(1e-14);
    // LAPACK's dlarfg: the first reflection maps column 0 to −sign(a₀₀)·‖a[:, 0]‖·e₀.
    const norm = Math.hypot(...Array.from({ length: m }, (_, i) => a.get(i, 0)));
    expectClose(r.get(0, 0), -Math.sign(a.get(0, 0)) * norm, { rtol: 1e-14 });
  });

  it("leaves a column that is already zero below the diagonal alone (τ = 0, so R₀₀ stays +2), as LAPACK", () => {
    // scipy.linalg.qr([[2, 1], [0, 3], [0, 4]], mode="economic")[0]
    const q = householderQ(Matrix.from([[2, 1], [0, 3], [0, 4]]));
    expectClose(q.data, [1, 0, 0, -0.6000000000000001, 0, -0.8], { rtol: 1e-15, atol: 1e-16 });
  });
});
