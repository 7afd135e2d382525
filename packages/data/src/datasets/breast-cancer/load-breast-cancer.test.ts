import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { expectSameAsSklearn, type LoaderFixture } from "../sklearn-fixture.js";
import { loadBreastCancer } from "./load-breast-cancer.js";

const sklearn = loadFixture<LoaderFixture>(import.meta.url, "breast-cancer.json");

describe("loadBreastCancer", () => {
  it("gives scikit-learn 1.2's load_breast_cancer() bit for bit", () => {
    const { x, y } = loadBreastCancer();
    expectSameAsSklearn(x, y, sklearn);
  });

  it("has scikit-learn's feature and target names", () => {
    const { featureNames, targetNames } = loadBreastCancer();
    expect(featureNames).toEqual(sklearn.feature_names);
    expect(targetNames).toEqual(["malignant", "benign"]);
  });

  it("has scikit-learn's class balance: 212 malignant, 357 benign", () => {
    const { y } = loadBreastCancer();
    expect(y.filter((c) => c === 0).length).toBe(212);
    expect(y.filter((c) => c === 1).length).toBe(357);
  });
});
