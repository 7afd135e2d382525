import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { expectSameAsSklearn, type LoaderFixture } from "../sklearn-fixture.js";
import { loadWine } from "./load-wine.js";

const sklearn = loadFixture<LoaderFixture>(import.meta.url, "wine.json");

describe("loadWine", () => {
  it("gives scikit-learn 1.2's load_wine() bit for bit", () => {
    const { x, y } = loadWine();
    expectSameAsSklearn(x, y, sklearn);
  });

  it("has scikit-learn's feature and target names", () => {
    const { featureNames, targetNames } = loadWine();
    expect(featureNames).toEqual(sklearn.feature_names);
    expect(targetNames).toEqual(sklearn.target_names);
    expect(featureNames[12]).toBe("proline");
  });

  it("returns fresh copies on each call", () => {
    const first = loadWine();
    first.x.data[0] = -1;
    first.y[0] = 2;
    first.featureNames[0] = "changed";
    const second = loadWine();
    expect(second.x.get(0, 0)).toBe(14.23);
    expect(second.y[0]).toBe(0);
    expect(second.featureNames[0]).toBe("alcohol");
  });
});
