import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { expandFeatures } from "./features.js";
import { FEATURES } from "../state/config.js";

describe("expandFeatures", () => {
  it("computes every TF Playground feature for a point, in the order asked", () => {
    const x = Matrix.from([[2, -3], [0.5, Math.PI / 2]]);
    const out = expandFeatures(x, [...FEATURES]);
    expect(out.shape).toEqual([2, 7]);
    expect(Array.from(out.row(0))).toEqual([2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)]);
    expect(Array.from(out.row(1))).toEqual([0.5, Math.PI / 2, 0.25, (Math.PI / 2) ** 2, Math.PI / 4, Math.sin(0.5), 1]);
  });

  it("keeps only the chosen columns", () => {
    expect(expandFeatures(Matrix.from([[2, 3]]), ["x2sq", "x1"]).toArray()).toEqual([[9, 2]]);
  });

  it("rejects points that are not 2-D and an empty feature list", () => {
    expect(() => expandFeatures(Matrix.from([[1, 2, 3]]), ["x1"])).toThrow(/^expandFeatures: points must have 2 columns \(x₁, x₂\)\. Received: points\.shape=\[1,3\]\.$/);
    expect(() => expandFeatures(Matrix.from([[1, 2]]), [])).toThrow(RangeError);
  });
});
