import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { expectClose, gradientRelativeError, numericalGradient } from "@backprop/testing";
import { l1, l1l2, l2, regularizerFromJSON } from "./regularizers.js";

const w = Matrix.from([[0.5, -1.5, 2], [-0.25, 0.75, -3]]);

describe("regularizers", () => {
  it("l2: penalty (λ/2)·ΣW² and gradient λ·W", () => {
    const squares = 0.25 + 2.25 + 4 + 0.0625 + 0.5625 + 9;
    expect(l2(0.1).penalty(w)).toBeCloseTo(0.05 * squares, 15);
    expectClose(l2(0.1).gradient(w, new Matrix(2, 3)), w.data.map((v) => 0.1 * v));
  });

  it("l1: penalty λ·Σ|W| and gradient λ·sign(W)", () => {
    expect(l1(0.2).penalty(w)).toBeCloseTo(0.2 * 8, 15);
    expectClose(l1(0.2).gradient(w, new Matrix(2, 3)), [0.2, -0.2, 0.2, -0.2, 0.2, -0.2]);
  });

  it("gradients match finite differences of the penalty", () => {
    for (const reg of [l1(0.3), l2(0.7), l1l2({ l1: 0.3, l2: 0.7 })]) {
      const x = w.clone();
      const numeric = numericalGradient(x.data, () => reg.penalty(x));
      expect(gradientRelativeError(reg.gradient(x, new Matrix(2, 3)).data, numeric)).toBeLessThan(1e-8);
    }
  });

  it("round-trips through its JSON form", () => {
    const back = regularizerFromJSON({ l1: 0.01, l2: 0.02 });
    expect([back.name, back.l1, back.l2]).toEqual(["l1l2", 0.01, 0.02]);
    expect(regularizerFromJSON({ l1: 0, l2: 0.5 }).name).toBe("l2");
  });

  it("rejects negative strengths", () => {
    expect(() => l2(-1)).toThrow(/^l2: l2 must be a number in \[0, .*\]\. Received: l2=-1\.$/);
  });
});
