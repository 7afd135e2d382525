import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { expectSameAsSklearn, type LoaderFixture, type LoaderSummary } from "../sklearn-fixture.js";
import { loadDigits } from "./load-digits.js";

const sklearn = loadFixture<LoaderFixture & { n_class_4: LoaderSummary }>(import.meta.url, "digits.json");

describe("loadDigits", () => {
  it("gives scikit-learn 1.2's load_digits() bit for bit", () => {
    const { x, y } = loadDigits();
    expectSameAsSklearn(x, y, sklearn);
  });

  it("keeps only the first nClass digits, as load_digits(n_class=4)", () => {
    const { x, y } = loadDigits({ nClass: 4 });
    expectSameAsSklearn(x, y, sklearn.n_class_4);
    expect(Math.max(...y)).toBe(3);
  });

  it("names the pixels as scikit-learn and the classes 0 … 9 (its np.arange(10), as strings)", () => {
    const { featureNames, targetNames } = loadDigits({ nClass: 2 });
    expect(featureNames).toEqual(sklearn.feature_names);
    expect(targetNames).toEqual(sklearn.target_names);
    expect(targetNames).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });

  it("holds pixel counts 0 … 16 only", () => {
    const { x } = loadDigits();
    expect(Math.min(...x.data)).toBe(0);
    expect(Math.max(...x.data)).toBe(16);
    expect(x.data.every(Number.isInteger)).toBe(true);
  });

  it.each([11, -1, 2.5, Number.NaN])("rejects nClass=%s", (nClass) => {
    expect(() => loadDigits({ nClass })).toThrow(/^loadDigits: nClass must be an integer between 0 and 10\. Received: nClass=/);
  });
});
