import { describe, expect, it } from "vitest";
import { Matrix, RandomState, mean, mul, sum } from "@backprop/linalg";
import { gradientRelativeError, numericalGradient } from "@backprop/testing";
import { Dropout } from "./dropout.js";

describe("Dropout", () => {
  it("is the identity at inference", () => {
    const x = Matrix.from([[1, 2, 3]]);
    expect(new Dropout(0.5, { seed: 0 }).forward(x)).toBe(x);
  });

  for (const rate of [0.1, 0.5, 0.9]) {
    it(`mean train-mode output equals the inference output (rate ${rate})`, () => {
      const x = Matrix.fill(400, 250, 2);
      const out = new Dropout(rate, { seed: 3 }).forward(x, { training: true });
      // Each element is 2/(1−rate) with probability 1−rate, else 0: mean 2, sd 2·√(rate/(1−rate)).
      const sd = 2 * Math.sqrt(rate / (1 - rate)) / Math.sqrt(x.size);
      expect(Math.abs(mean(out) - 2)).toBeLessThan(5 * sd);
    });
  }

  it("keeps each element with probability 1 − rate, scaled by 1/(1 − rate)", () => {
    const out = new Dropout(0.25, { seed: 9 }).forward(Matrix.ones(1, 8), { training: true });
    const draws = new RandomState(9).randomSample(8);
    expect(Array.from(out.data)).toEqual(Array.from(draws, (u) => (u < 0.75 ? 1 / 0.75 : 0)));
  });

  it("with a fixed mask, backward matches finite differences", () => {
    const rng = new RandomState(4);
    const x = rng.randn(3, 4);
    const r = rng.randn(3, 4);
    const drop = new Dropout(0.4);
    drop.setFixedMask(Matrix.from([[1, 0, 1, 1], [0, 1, 1, 0], [1, 1, 0, 1]]));
    const f = (): number => sum(mul(drop.forward(x, { training: true }), r));
    f();
    const dX = drop.backward(r).clone();
    expect(gradientRelativeError(dX.data, numericalGradient(x.data, f))).toBeLessThan(1e-8);
  });

  it("rejects a rate outside [0, 1) and training without randomness", () => {
    expect(() => new Dropout(1)).toThrow(/^Dropout: rate must be a number in \[0, 1\)\. Received: rate=1\.$/);
    expect(() => new Dropout(0.5).forward(Matrix.ones(1, 2), { training: true })).toThrow(/^dropout\.forward: training needs a RandomState/);
  });

  it("uses the model's generator unless it has its own", () => {
    const shared = new Dropout(0.5);
    shared.setRandomState(new RandomState(9));
    const own = new Dropout(0.5, { seed: 9 });
    own.setRandomState(new RandomState(1));
    const x = Matrix.ones(2, 6);
    expect(Array.from(shared.forward(x, { training: true }).data)).toEqual(Array.from(own.forward(x, { training: true }).data));
  });
});
