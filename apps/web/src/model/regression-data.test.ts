import { describe, expect, it } from "vitest";
import { BUMPS, bumpsTarget, featuresFor, generateRegressionData, planeTarget, targetRange, uploadedTargetRange } from "./regression-data.js";
import { SAMPLES } from "./datasets.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";

const config = (patch: Partial<PlaygroundConfig>): PlaygroundConfig => ({ ...defaultConfig(), problem: "regression", ...patch });
const range = (v: ArrayLike<number>) => [Math.min(...Array.from(v)), Math.max(...Array.from(v))];

/** TF Playground's own rule for `regressGaussian`, written out independently: the bump largest in |value| wins, each `sign·clamp(1 − d/2, 0, 1)`. */
function strongestBump(x: number, y: number): number {
  let label = 0;
  for (const [cx, cy, sign] of BUMPS) {
    const v = sign * Math.min(1, Math.max(0, 1 - Math.hypot(x - cx, y - cy) / 2));
    if (Math.abs(v) > Math.abs(label)) label = v;
  }
  return label;
}

describe("generateRegressionData", () => {
  it.each(["plane", "multiGauss", "sine"] as const)("makes %s: 500 points in [-6, 6], the same for a seed, others for another", (set) => {
    const a = generateRegressionData(config({ regressionDataset: set, noise: 20, seed: 7 }));
    expect([a.x.rows, a.x.cols, a.target.length]).toEqual([SAMPLES, 2, SAMPLES]);
    const [lo, hi] = range(a.x.data);
    expect(lo).toBeGreaterThanOrEqual(-6);
    expect(hi).toBeLessThan(6);
    const again = generateRegressionData(config({ regressionDataset: set, noise: 20, seed: 7 }));
    expect(again.target).toEqual(a.target);
    expect(again.x.data).toEqual(a.x.data);
    expect(generateRegressionData(config({ regressionDataset: set, noise: 20, seed: 8 })).target).not.toEqual(a.target);
    expect(a.oneD).toBe(set === "sine");
  });

  it("gives the tilted plane (x₁ + x₂)/10 without noise, inside [-1.2, 1.2], and moves the reading point by up to 6·noise with it", () => {
    const { x, target } = generateRegressionData(config({ regressionDataset: "plane" }));
    target.forEach((t, i) => expect(t).toBe(planeTarget(x.data[2 * i]!, x.data[2 * i + 1]!)));
    expect(Math.max(...Array.from(target, Math.abs))).toBeLessThanOrEqual(1.2);
    const noisy = generateRegressionData(config({ regressionDataset: "plane", noise: 50 }));
    let moved = 0;
    noisy.target.forEach((t, i) => {
      const offset = Math.abs(t - planeTarget(noisy.x.data[2 * i]!, noisy.x.data[2 * i + 1]!));
      expect(offset).toBeLessThanOrEqual((2 * 6 * 0.5) / 10 + 1e-12);
      moved = Math.max(moved, offset);
    });
    expect(moved).toBeGreaterThan(0.3);
  });

  it("gives the multi-Gaussian TF Playground's values in [-1, 1]: ±1 at the six centres, 0 between them", () => {
    for (const [cx, cy, sign] of BUMPS) expect(bumpsTarget(cx, cy)).toBe(sign);
    expect(bumpsTarget(0, 0)).toBe(0);
    expect(bumpsTarget(-4, 3.5)).toBeCloseTo(0.5, 15);
    for (let x = -6; x <= 6; x += 0.25) for (let y = -6; y <= 6; y += 0.25) expect(bumpsTarget(x, y)).toBeCloseTo(strongestBump(x, y), 14);
    const { x, target } = generateRegressionData(config({ regressionDataset: "multiGauss" }));
    target.forEach((t, i) => expect(t).toBe(bumpsTarget(x.data[2 * i]!, x.data[2 * i + 1]!)));
    const [lo, hi] = range(generateRegressionData(config({ regressionDataset: "multiGauss", noise: 50 })).target);
    expect(lo).toBeGreaterThanOrEqual(-1);
    expect(hi).toBeLessThanOrEqual(1);
  });

  it("gives the sine sin x₁ on one input (x₂ = 0) plus Gaussian noise of standard deviation noise/100", () => {
    const clean = generateRegressionData(config({ regressionDataset: "sine" }));
    clean.target.forEach((t, i) => {
      expect(clean.x.data[2 * i + 1]).toBe(0);
      expect(t).toBe(Math.sin(clean.x.data[2 * i]!));
    });
    const noisy = generateRegressionData(config({ regressionDataset: "sine", noise: 30 }));
    const residuals = Array.from(noisy.target, (t, i) => t - Math.sin(noisy.x.data[2 * i]!));
    const mean = residuals.reduce((a, b) => a + b, 0) / SAMPLES;
    const std = Math.sqrt(residuals.reduce((a, r) => a + (r - mean) ** 2, 0) / (SAMPLES - 1));
    // 500 draws: the sample std of N(0, 0.3²) lies within ±10 % with overwhelming probability (its own std is 0.3/√1000 ≈ 0.0095).
    expect(std).toBeGreaterThan(0.27);
    expect(std).toBeLessThan(0.33);
    expect(Math.abs(mean)).toBeLessThan(0.06);
  });
});

describe("featuresFor and targetRange", () => {
  it("keeps x₁'s features for a 1-D set (x₁ alone when none is left) and every feature otherwise", () => {
    expect(featuresFor(["x1", "x2", "x1x2", "sinx1"], true)).toEqual(["x1", "sinx1"]);
    expect(featuresFor(["x2", "x2sq"], true)).toEqual(["x1"]);
    expect(featuresFor(["x2", "x2sq"], false)).toEqual(["x2", "x2sq"]);
  });

  it("rounds the largest |target| up to a multiple of 0.5, at least 1", () => {
    expect(targetRange([0.2, -0.7])).toBe(1);
    expect(targetRange([1.19, -0.3])).toBe(1.5);
    expect(targetRange([-1.5])).toBe(1.5);
    expect(targetRange([1.51])).toBe(2);
  });
});

describe("uploadedTargetRange", () => {
  it("rounds as targetRange does when no row lies more than 5 standard deviations out and the reach is 1 or more", () => {
    for (const values of [[1.19, -0.3], [-1.5], [3.2, -4.9, 0]]) {
      expect(uploadedTargetRange(values)).toEqual({ range: targetRange(values), farOut: 0, farthest: Math.max(...values.map(Math.abs)) });
    }
  });

  it("leaves the far-out rows out of the range, and rounds a narrow one to two significant digits", () => {
    expect(uploadedTargetRange([0.1, -0.2, 31])).toEqual({ range: 0.2, farOut: 1, farthest: 31 });
    expect(uploadedTargetRange([0.0734, -0.01, -22, 5.01])).toEqual({ range: 0.074, farOut: 2, farthest: 22 });
    expect(uploadedTargetRange([1.2, 5, -7])).toEqual({ range: 5, farOut: 1, farthest: 7 });
    expect(uploadedTargetRange([0, 0, 9])).toEqual({ range: 1, farOut: 1, farthest: 9 });
  });
});
