import { describe, expect, it } from "vitest";
import { expectClose, loadFixture } from "@backprop/testing";
import { Matrix, ShapeError } from "@backprop/linalg";
import { StandardScaler } from "./standard-scaler.js";
import { MinMaxScaler } from "./min-max-scaler.js";

interface ScalerCase {
  kwargs: Record<string, unknown>;
  fitTransform: number[];
  transform2: number[];
  inverse2: number[];
  [stat: string]: unknown;
}
interface Fixture {
  x: number[];
  x2: number[];
  shape: [number, number];
  shape2: [number, number];
  standardScaler: Record<string, ScalerCase>;
  minMaxScaler: Record<string, ScalerCase>;
}
const f = loadFixture<Fixture>(import.meta.url, "transformers.json");
// Columns: N(0,1), N(−5, 10²), constant 7, N(−100, 3²), 3 + 1e-9·N(0,1) (nearly constant).
const x = Matrix.fromArray(f.x, ...f.shape);
const x2 = Matrix.fromArray(f.x2, ...f.shape2);

describe("StandardScaler matches scikit-learn on negative, constant and nearly constant columns", () => {
  it.each(Object.entries(f.standardScaler))("%s", (_, c) => {
    const scaler = new StandardScaler({ withMean: c.kwargs.with_mean as boolean | undefined, withStd: c.kwargs.with_std as boolean | undefined });
    expectClose(scaler.fitTransform(x), c.fitTransform, { rtol: 1e-12, atol: 1e-15 });
    expectClose(scaler.mean as Float64Array, c.mean as number[]);
    if (c.var === null) expect(scaler.variance).toBeNull();
    else expectClose(scaler.variance as Float64Array, c.var as number[]);
    if (c.scale === null) expect(scaler.scale).toBeNull();
    else expectClose(scaler.scale as Float64Array, c.scale as number[]);
    expectClose(scaler.transform(x2), c.transform2, { rtol: 1e-12, atol: 1e-15 });
    expectClose(scaler.inverseTransform(x2), c.inverse2);
  });

  it("maps a constant column to 0 with scale 1 instead of dividing by zero", () => {
    const s = new StandardScaler().fit(x);
    expect(s.scale?.[2]).toBe(1);
    for (let i = 0; i < x.rows; i++) expect(s.transform(x).get(i, 2)).toBe(0);
  });

  it("round-trips through JSON and inverts its transform", () => {
    const s = new StandardScaler().fit(x);
    const copy = StandardScaler.fromJSON(JSON.parse(JSON.stringify(s)));
    expect(copy.transform(x2).equals(s.transform(x2))).toBe(true);
    expectClose(s.inverseTransform(s.transform(x2)), x2, { rtol: 1e-12, atol: 1e-12 });
  });

  it("rejects use before fit, wrong widths, non-finite data and bad JSON", () => {
    expect(() => new StandardScaler().transform(x)).toThrow(/StandardScaler\.transform: this transformer is not fitted yet; call fit or fitTransform first/);
    expect(() => new StandardScaler().fit(x).transform(Matrix.zeros(2, 3))).toThrow(ShapeError);
    expect(() => new StandardScaler().fit(x).transform(Matrix.zeros(2, 3))).toThrow(/x must have 5 columns, as in fit\. Received: x\.shape=\[2,3\]/);
    expect(() => new StandardScaler().fit(new Matrix(2, 1, Float64Array.of(1, NaN)))).toThrow(/finite numbers only\. Received: NaN at \[1,0\]/);
    expect(() => new StandardScaler().fit(Matrix.zeros(0, 2))).toThrow(/at least 1 row/);
    expect(() => StandardScaler.fromJSON({ type: "minMaxScaler" })).toThrow(/type must be "standardScaler"/);
    const json = new StandardScaler().fit(x).toJSON();
    expect(() => StandardScaler.fromJSON({ ...json, scale: [1, 2] })).toThrow(/scale must be an array of 5 finite numbers/);
  });
});

describe("MinMaxScaler matches scikit-learn", () => {
  it.each(Object.entries(f.minMaxScaler))("%s", (_, c) => {
    const range = c.kwargs.feature_range as [number, number] | undefined;
    const scaler = new MinMaxScaler({ featureRange: range, clip: c.kwargs.clip as boolean | undefined });
    expectClose(scaler.fitTransform(x), c.fitTransform, { rtol: 1e-12, atol: 1e-15 });
    expect(Array.from(scaler.dataMin as Float64Array)).toEqual(c.dataMin);
    expect(Array.from(scaler.dataMax as Float64Array)).toEqual(c.dataMax);
    expectClose(scaler.scale as Float64Array, c.scale as number[]);
    expectClose(scaler.min as Float64Array, c.min as number[]);
    expectClose(scaler.transform(x2), c.transform2, { rtol: 1e-12, atol: 1e-15 });
    expectClose(scaler.inverseTransform(x2), c.inverse2);
  });

  it("clips new data into featureRange only when asked", () => {
    const s = new MinMaxScaler({ featureRange: [-1, 1], clip: true }).fit(Matrix.from([[0], [10]]));
    expect(s.transform(Matrix.from([[20], [-5]])).toArray()).toEqual([[1], [-1]]);
    expect(new MinMaxScaler().fit(Matrix.from([[0], [10]])).transform(Matrix.from([[20]])).toArray()).toEqual([[2]]);
  });

  it("round-trips through JSON and rejects a bad range", () => {
    const s = new MinMaxScaler({ featureRange: [-2, 3] }).fit(x);
    expect(MinMaxScaler.fromJSON(JSON.parse(JSON.stringify(s))).transform(x2).equals(s.transform(x2))).toBe(true);
    expect(() => new MinMaxScaler({ featureRange: [1, 1] })).toThrow(/featureRange minimum must be smaller than its maximum\. Received: featureRange=\[1, 1\]/);
    expect(() => new MinMaxScaler().toJSON()).toThrow(/not fitted yet/);
  });
});

interface ColumnFit {
  mean: number[];
  var: number[];
  scale: number[];
  z0: number[];
}
const columns = loadFixture<{ cases: { name: string; column: number[]; other: number[]; alone: ColumnFit; withOther: ColumnFit }[] }>(import.meta.url, "scaler-columns.json");

describe("StandardScaler sums as NumPy does: pairwise down a lone column, row by row beside others", () => {
  it.each(columns.cases.map((c) => [c.name, c] as const))("%s: scikit-learn's bits in both layouts", (_, c) => {
    const n = c.column.length;
    const fit = (x: Matrix) => {
      const s = new StandardScaler();
      const z = s.fitTransform(x);
      return { mean: s.mean?.[0], var: s.variance?.[0], scale: s.scale?.[0], z0: Array.from({ length: n }, (_, i) => z.get(i, 0)) };
    };
    const pair = new Matrix(n, 2);
    for (let i = 0; i < n; i++) {
      pair.set(i, 0, c.column[i] as number);
      pair.set(i, 1, c.other[i] as number);
    }
    for (const [got, want] of [[fit(Matrix.fromArray(c.column, n, 1)), c.alone], [fit(pair), c.withOther]] as const) {
      expect([got.mean, got.var, got.scale]).toEqual([want.mean[0], want.var[0], want.scale[0]]);
      expect(got.z0).toEqual(want.z0);
    }
  });
});
