import { describe, expect, it } from "vitest";
import { expectClose, maxRelativeError } from "./expect-close.js";
import { gradientRelativeError, numericalGradient } from "./finite-difference.js";

describe("expectClose", () => {
  it("passes within atol + rtol·|expected| and on equal infinities", () => {
    expectClose([0.1 + 0.2], [0.3], { rtol: 1e-15 });
    expectClose({ data: [1, Infinity] }, [1 + 1e-13, Infinity]);
    expectClose(0, 1e-9, { atol: 1e-8 });
  });

  it("fails naming the first index out of tolerance, and on NaN or a length mismatch", () => {
    expect(() => expectClose([1, 2], [1, 2.1])).toThrow(/^index 1: actual 2 differs from expected 2\.1/);
    expect(() => expectClose([Number.NaN], [Number.NaN])).toThrow(/index 0/);
    expect(() => expectClose([1], [1, 2])).toThrow(/length/);
  });
});

describe("maxRelativeError", () => {
  it("is the largest |a − e| / |e|", () => {
    expect(maxRelativeError([1.1, 2, 3], [1, 2, 4])).toBeCloseTo(0.25, 15);
  });

  it("is Infinity when a value is NaN and throws on different lengths", () => {
    expect(maxRelativeError([Number.NaN, 1], [1, 1])).toBe(Infinity);
    expect(() => maxRelativeError([1], [1, 2])).toThrow(/^maxRelativeError: both arrays must have the same length\. Received: lengths 1 and 2\.$/);
  });
});

describe("numericalGradient and gradientRelativeError", () => {
  it("matches the derivative of a polynomial derived by hand and restores the parameters", () => {
    const theta = Float64Array.of(3, -2);
    // f = θ₀²·θ₁ + θ₁³, so ∂f/∂θ₀ = 2θ₀θ₁ = −12 and ∂f/∂θ₁ = θ₀² + 3θ₁² = 21.
    const grad = numericalGradient(theta, () => (theta[0] as number) ** 2 * (theta[1] as number) + (theta[1] as number) ** 3);
    expectClose(grad, [-12, 21], { rtol: 1e-8 });
    expect(Array.from(theta)).toEqual([3, -2]);
  });

  it("is |a − n| / max(|a| + |n|, floor), Infinity on NaN, and throws on different lengths", () => {
    expect(gradientRelativeError([1.01], [1])).toBeCloseTo(0.01 / 2.01, 15);
    expect(gradientRelativeError([0], [1e-10])).toBeCloseTo(1e-10 / 1e-8, 15);
    expect(gradientRelativeError([Number.NaN], [1])).toBe(Infinity);
    expect(() => gradientRelativeError([1, 2], [1])).toThrow(/^gradientRelativeError: both arrays must have the same length/);
  });
});
