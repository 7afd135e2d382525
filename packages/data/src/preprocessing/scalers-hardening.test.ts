import { describe, expect, it } from "vitest";
import { expectClose } from "@backprop/testing";
import { Matrix } from "@backprop/linalg";
import { StandardScaler, type StandardScalerJSON } from "./standard-scaler.js";
import { MinMaxScaler, type MinMaxScalerJSON } from "./min-max-scaler.js";

const x = Matrix.from([[1, -2, 5], [3, 4, 5], [-1, 0, 5]]);
const std = (): StandardScalerJSON => new StandardScaler().fit(x).toJSON();
const mm = (): MinMaxScalerJSON => new MinMaxScaler().fit(x).toJSON();

describe("scaler fromJSON refuses what could not have been fitted, naming the field", () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ["a zero scale", { scale: [1, 0, 1] }, /^StandardScaler\.fromJSON: scale\[1\] must be a finite number > 0\. Received: 0\.$/],
    ["a negative scale", { scale: [1, 1, -2] }, /^StandardScaler\.fromJSON: scale\[2\] must be a finite number > 0\. Received: -2\.$/],
    ["a negative variance", { variance: [1, -1e-9, 0] }, /^StandardScaler\.fromJSON: variance\[1\] must be a finite number ≥ 0\. Received: -1e-9\.$/],
    ["a non-finite mean (null, as JSON writes NaN)", { mean: [0, null, 1] }, /^StandardScaler\.fromJSON: mean\[1\] must be a finite number\. Received: null\.$/],
    ["a wrong length", { variance: [1, 1] }, /^StandardScaler\.fromJSON: variance must be an array of 3 finite numbers \(one per mean\)\. Received: an array of 2\.$/],
    ["a scale while withStd is false", { withStd: false }, /^StandardScaler\.fromJSON: variance must be null when withStd is false\. Received: an array of 3\.$/],
    ["a fractional nSamplesSeen", { nSamplesSeen: 2.5 }, /^StandardScaler\.fromJSON: nSamplesSeen must be an integer ≥ 1\. Received: 2\.5\.$/],
  ])("StandardScaler: %s", (_, edit, message) => {
    expect(() => StandardScaler.fromJSON({ ...std(), ...edit })).toThrow(message);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["dataMin > dataMax", { dataMax: [3, 4, 4] }, /^MinMaxScaler\.fromJSON: dataMax\[2\] must be a finite number ≥ dataMin at the same index\. Received: 4\.$/],
    ["a zero scale", { scale: [0, 1, 1] }, /^MinMaxScaler\.fromJSON: scale\[0\] must be a finite number > 0\. Received: 0\.$/],
    ["a wrong length", { min: [0] }, /^MinMaxScaler\.fromJSON: min must be an array of 3 finite numbers \(one per dataMin\)\. Received: an array of 1\.$/],
    ["a reversed featureRange", { featureRange: [1, 0] }, /^MinMaxScaler\.fromJSON: featureRange must be increasing/],
    ["an unknown field", { dataRange: [1, 1, 1] }, /^MinMaxScaler\.fromJSON: json has an unknown field "dataRange"/],
  ])("MinMaxScaler: %s", (_, edit, message) => {
    expect(() => MinMaxScaler.fromJSON({ ...mm(), ...edit })).toThrow(message);
  });

  it("prints a short message for one bad entry in a 2-million-number array", () => {
    const n = 2_000_000;
    const big: StandardScalerJSON = { type: "standardScaler", withMean: true, withStd: true, nSamplesSeen: 2, mean: new Array<number>(n).fill(0), variance: new Array<number>(n).fill(1), scale: new Array<number>(n).fill(1) };
    (big.scale as number[])[1_234_567] = -1;
    let message = "";
    try {
      StandardScaler.fromJSON(big, "", { maxItems: 3 * n });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe("StandardScaler.fromJSON: scale[1234567] must be a finite number > 0. Received: -1.");
    expect(() => StandardScaler.fromJSON(big)).toThrow(/^StandardScaler\.fromJSON: mean would take the document past 1000000 array entries \(pass a larger maxItems to load it\)\. Received: an array of 2000000\.$/);
  });
});

describe("scalers near the float64 limit", () => {
  // scikit-learn 1.2.1 gives mean [3.33e307, -5.67e307], var [nan, nan], scale [nan, nan] and an
  // all-NaN transform here (its sum of squares overflows); see scripts/make-table-fixtures.py.
  const big = Matrix.from([[1e308, 1.7e308], [-1e308, -1.7e308], [1e308, -1.7e308]]);

  it("StandardScaler fit on ±1e308 gives finite statistics and a finite, standardized output", () => {
    const s = new StandardScaler().fit(big);
    // exact: mean = M·mean(x/M), σ = M·σ(x/M) with M = max|x|
    expectClose(s.mean as Float64Array, [1e308 / 3, -1.7e308 / 3], { rtol: 1e-15 });
    expectClose(s.scale as Float64Array, [Math.sqrt(8 / 9) * 1e308, Math.sqrt(8 / 9) * 1.7e308], { rtol: 1e-15 });
    expect(Array.from(s.variance as Float64Array)).toEqual([Number.MAX_VALUE, Number.MAX_VALUE]);
    const z = s.transform(big);
    // z = (x − μ)/σ: column 0 is [2, −4, 2]/3 over √(8/9), column 1 [4, −2, −2]/3 over √(8/9)
    const r = Math.SQRT1_2;
    expectClose(z, [r, 2 * r, -2 * r, -r, r, -r], { rtol: 1e-15 });
    expectClose(s.inverseTransform(z), big, { rtol: 1e-12 });
  });

  it("MinMaxScaler's range beyond float64 still maps onto featureRange", () => {
    const s = new MinMaxScaler().fit(big);
    expectClose(s.transform(big), [1, 1, 0, 0, 1, 0], { rtol: 1e-15, atol: 1e-15 });
    expect(() => MinMaxScaler.fromJSON(JSON.parse(JSON.stringify(s)))).not.toThrow();
  });
});

describe("a target StandardScaler for regression", () => {
  it("standardizes y as one column and inverseTransform gives y back", () => {
    const y = Float64Array.of(120.5, 98, 143.25, 110);
    const s = new StandardScaler();
    const z = s.fitTransform(Matrix.fromArray(y, y.length, 1));
    expect(Math.abs(z.data.reduce((a, b) => a + b, 0))).toBeLessThan(1e-12);
    expectClose(s.inverseTransform(z).data, Array.from(y), { rtol: 1e-15 });
  });
});
