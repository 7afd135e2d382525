import { describe, expect, it } from "vitest";
import { makeRegressionThumbnails } from "./regression-thumbnails.js";
import { REGRESSION_DATASETS } from "../state/config.js";

describe("makeRegressionThumbnails", () => {
  it("gives every regression set 500 points inside [-1, 1]² with values on the colour scale", () => {
    const all = makeRegressionThumbnails();
    expect(Object.keys(all)).toEqual([...REGRESSION_DATASETS]);
    for (const { points, values } of Object.values(all)) {
      expect(points.length).toBe(2 * values.length);
      expect(values.length).toBe(500);
      for (const v of [...points, ...values]) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    }
    // The plane's values grow with x₁ + x₂ (scale 1.5): the point (p, q) has value (6p + 6q)/10/1.5.
    const { points, values } = all.plane;
    expect(values[0]).toBeCloseTo((6 * points[0]! + 6 * points[1]!) / 10 / 1.5, 12);
  });
});
