import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { expectClose, loadFixture } from "@backprop/testing";
import { makeRegression, type MakeRegressionOptions } from "./make-regression.js";
import { makeFriedman1 } from "./make-friedman1.js";
import { makeLowRankMatrix } from "./make-low-rank-matrix.js";

interface Case {
  kwargs: Record<string, unknown>;
  shape: [number, number];
  x: number[];
  y?: number[];
  y_shape?: number[];
  coef?: number[];
}
const fixture = loadFixture<Record<"makeRegression" | "makeFriedman1" | "makeLowRankMatrix", Case[]>>(import.meta.url, "regression.json");

/** scikit-learn's keyword arguments as our options: snake_case → camelCase. */
function options(kwargs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), v]));
}
const label = (c: Case): string => JSON.stringify(c.kwargs);

// Normal draws may be an ulp off NumPy's, and np.dot sums through BLAS (another order, fused
// multiply-adds), so compare to 1e-12 relative with a small absolute floor for sums near 0.
const TOL = { rtol: 1e-12, atol: 1e-12 };
// With effectiveRank, x comes from two QR factorisations that round differently from LAPACK's:
// about 1e-15 of the largest entry (here ≤ 0.55), so an absolute floor of 1e-14.
const LOW_RANK_TOL = { rtol: 1e-12, atol: 1e-14 };

describe("makeRegression matches scikit-learn 1.2 (coef=True)", () => {
  it.each(fixture.makeRegression.map((c) => [label(c), c] as const))("%s", (_, c) => {
    const out = makeRegression(options(c.kwargs) as MakeRegressionOptions);
    const tol = "effective_rank" in c.kwargs ? LOW_RANK_TOL : TOL;
    expect(out.x.shape).toEqual(c.shape);
    expectClose(out.x, c.x, tol);
    expectClose(out.y, c.y as number[], TOL);
    // 100·U(0, 1) draws, taken as drawn: exact.
    expect(Array.from("data" in out.coef ? out.coef.data : out.coef)).toEqual(c.coef);
    if ((c.y_shape as number[]).length === 2) {
      expect(out.y).toBeInstanceOf(Matrix);
      expect((out.y as Matrix).shape).toEqual(c.y_shape);
    } else {
      expect(out.y).toBeInstanceOf(Float64Array);
    }
  });

  it("keeps exactly nInformative non-zero coefficients, and y = x·coef + bias without noise", () => {
    const { x, y, coef } = makeRegression({ nSamples: 20, nFeatures: 7, nInformative: 3, bias: 4, randomState: 9 });
    expect(coef.filter((c) => c !== 0).length).toBe(3);
    const expected = Array.from({ length: 20 }, (_, i) => x.row(i).reduce((s, v, j) => s + v * (coef[j] as number), 0) + 4);
    expectClose(y, expected, { rtol: 1e-14 });
  });

  it("advances a RandomState passed in, as scikit-learn does with a generator", () => {
    const rng = new RandomState(3);
    const first = makeRegression({ nSamples: 5, nFeatures: 2, randomState: rng });
    const second = makeRegression({ nSamples: 5, nFeatures: 2, randomState: rng });
    expect(Array.from(second.x.data)).not.toEqual(Array.from(first.x.data));
  });

  it.each([
    [{ nSamples: 0 }, /^makeRegression: nSamples must be an integer ≥ 1\. Received: nSamples=0\.$/],
    [{ nInformative: -1 }, /^makeRegression: nInformative must be an integer ≥ 0\. Received: nInformative=-1\.$/],
    [{ nTargets: 1.5 }, /^makeRegression: nTargets must be an integer ≥ 1\. Received: nTargets=1\.5\.$/],
    [{ noise: -1 }, /^makeRegression: noise must be a finite number ≥ 0\. Received: noise=-1\.$/],
    [{ bias: Number.NaN }, /^makeRegression: bias must be a finite number\. Received: bias=NaN\.$/],
    [{ effectiveRank: 0 }, /^makeRegression: effectiveRank must be > 0\. Received: effectiveRank=0\.$/],
    [{ effectiveRank: 2, tailStrength: 2 }, /^makeRegression: tailStrength must be between 0 and 1\. Received: tailStrength=2\.$/],
  ] as const)("rejects %j", (o, message) => {
    expect(() => makeRegression(o)).toThrow(message);
  });
});

describe("makeFriedman1 matches scikit-learn 1.2", () => {
  it.each(fixture.makeFriedman1.map((c) => [label(c), c] as const))("%s", (_, c) => {
    const { x, y } = makeFriedman1(options(c.kwargs));
    expect(x.shape).toEqual(c.shape);
    expect(Array.from(x.data)).toEqual(c.x);
    expectClose(y, c.y as number[], { rtol: 1e-14 });
  });

  it.each([
    [{ nFeatures: 4 }, /^makeFriedman1: nFeatures must be an integer ≥ 5\. Received: nFeatures=4\.$/],
    [{ nSamples: -3 }, /^makeFriedman1: nSamples must be an integer ≥ 1\. Received: nSamples=-3\.$/],
    [{ noise: Number.POSITIVE_INFINITY }, /^makeFriedman1: noise must be a finite number ≥ 0\. Received: noise=Infinity\.$/],
  ] as const)("rejects %j", (o, message) => {
    expect(() => makeFriedman1(o)).toThrow(message);
  });
});

describe("makeLowRankMatrix matches scikit-learn 1.2", () => {
  it.each(fixture.makeLowRankMatrix.map((c) => [label(c), c] as const))("%s", (_, c) => {
    const x = makeLowRankMatrix(options(c.kwargs));
    expect(x.shape).toEqual(c.shape);
    expectClose(x, c.x, LOW_RANK_TOL);
  });
});
