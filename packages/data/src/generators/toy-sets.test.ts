import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { xor } from "./xor.js";
import { gaussianClusters } from "./gaussian-clusters.js";
import { spiral } from "./spiral.js";

describe("xor", () => {
  it("is the truth table without nSamples", () => {
    const { x, y } = xor();
    expect(x.toArray()).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(Array.from(y)).toEqual([0, 1, 1, 0]);
  });

  it("labels quadrants by sign (x₁·x₂ < 0 → 1) and keeps points 0.3 away from the axes", () => {
    const { x, y } = xor({ nSamples: 300, randomState: 0 });
    expect(x.shape).toEqual([300, 2]);
    for (let i = 0; i < 300; i++) {
      const [a, b] = [x.get(i, 0), x.get(i, 1)];
      expect(Math.abs(a)).toBeGreaterThan(0.3);
      expect(Math.abs(b)).toBeLessThanOrEqual(5.3);
      expect(y[i]).toBe(a * b < 0 ? 1 : 0);
    }
  });

  it("draws x₁, x₂ then the two noise terms per point, from U(−5, 5)", () => {
    const rng = new RandomState(4);
    const u = Array.from(rng.uniform(-5, 5, 4));
    const { x, y } = xor({ nSamples: 1, noise: 0.5, randomState: 4 });
    const [a, b] = [u[0]! + Math.sign(u[0]!) * 0.3, u[1]! + Math.sign(u[1]!) * 0.3];
    expect(Array.from(x.data)).toEqual([a, b]);
    expect(y[0]).toBe((a + 0.5 * u[2]!) * (b + 0.5 * u[3]!) < 0 ? 1 : 0);
  });

  it("flips some labels with noise and rejects bad options", () => {
    const clean = xor({ nSamples: 500, randomState: 1 });
    const noisy = xor({ nSamples: 500, noise: 0.5, randomState: 1 });
    expect(noisy.x.equals(clean.x)).toBe(true); // the noise terms are drawn even at noise 0, so points agree
    expect(Array.from(clean.y)).toEqual(Array.from(clean.x.toArray(), ([a, b]) => (a! * b! < 0 ? 1 : 0)));
    const wrong = Array.from(noisy.y).filter((l, i) => l !== (noisy.x.get(i, 0) * noisy.x.get(i, 1) < 0 ? 1 : 0)).length;
    expect(wrong).toBeGreaterThan(0);
    expect(() => xor({ nSamples: 0 })).toThrow(/xor: nSamples must be an integer ≥ 1\. Received: nSamples=0/);
    expect(() => xor({ nSamples: 5, noise: 2 })).toThrow(/noise must be between 0 and 1/);
  });
});

describe("gaussianClusters", () => {
  it("places cluster c's points at centerᶜ + std·z, drawn in order", () => {
    const { x, y } = gaussianClusters({ nSamples: 5, centers: [[2, 2], [-2, -2]], std: 0.5, randomState: 9 });
    const z = new RandomState(9).standardNormal(10);
    const expected = Array.from(z, (v, k) => (k < 6 ? 2 : -2) + 0.5 * v);
    expect(Array.from(x.data)).toEqual(expected);
    expect(Array.from(y)).toEqual([0, 0, 0, 1, 1]);
  });

  it("rejects ragged centers and a negative std", () => {
    expect(() => gaussianClusters({ centers: [[1, 2], [3]] })).toThrow(/every row must have 2 values/);
    expect(() => gaussianClusters({ std: -1 })).toThrow(/std must be a finite number ≥ 0\. Received: std=-1/);
  });
});

describe("spiral", () => {
  it("has arms of radius 0 … 1, one class each, in order", () => {
    const { x, y } = spiral({ nSamplesPerClass: 50, nClasses: 4, noise: 0, randomState: 0 });
    expect(x.shape).toEqual([200, 2]);
    expect(Array.from(y.slice(49, 51))).toEqual([0, 1]);
    expect(Math.hypot(x.get(49, 0), x.get(49, 1))).toBeCloseTo(1, 12);
    expect(Math.hypot(x.get(0, 0), x.get(0, 1))).toBe(0);
    expect(() => spiral({ nClasses: 0 })).toThrow(/spiral: nClasses must be an integer ≥ 1/);
  });
});
