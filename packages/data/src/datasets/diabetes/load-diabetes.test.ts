import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { expectSameAsSklearn, type LoaderFixture, type LoaderSummary } from "../sklearn-fixture.js";
import { loadDiabetes } from "./load-diabetes.js";

const sklearn = loadFixture<LoaderFixture & { unscaled: LoaderSummary }>(import.meta.url, "diabetes.json");

describe("loadDiabetes", () => {
  it("gives scikit-learn 1.2's load_diabetes() (scaled at load time) bit for bit", () => {
    const { x, y } = loadDiabetes();
    expect(y).toBeInstanceOf(Float64Array);
    expectSameAsSklearn(x, y, sklearn);
  });

  it("gives load_diabetes(scaled=False) bit for bit with scaled: false", () => {
    const { x, y } = loadDiabetes({ scaled: false });
    expectSameAsSklearn(x, y, sklearn.unscaled);
  });

  it("has scikit-learn's feature names and no target names", () => {
    const data = loadDiabetes();
    expect(data.featureNames).toEqual(sklearn.feature_names);
    expect(sklearn.target_names).toBeUndefined();
    expect("targetNames" in data).toBe(false);
  });

  it("scales each column to mean 0 and sum of squares 1", () => {
    const { x } = loadDiabetes();
    for (let j = 0; j < x.cols; j++) {
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < x.rows; i++) {
        sum += x.get(i, j);
        squares += x.get(i, j) ** 2;
      }
      expect(Math.abs(sum)).toBeLessThan(1e-13);
      expect(squares).toBeCloseTo(1, 12);
    }
  });
});
