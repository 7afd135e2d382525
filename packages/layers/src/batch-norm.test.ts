import { describe, expect, it } from "vitest";
import { Matrix, RandomState, mul, sum } from "@backprop/linalg";
import { expectClose, gradientRelativeError, loadFixture, numericalGradient } from "@backprop/testing";
import { BatchNorm } from "./batch-norm.js";

interface Fixture {
  gamma: number[];
  beta: number[];
  a: number[][];
  b: number[][];
  trainA: number[][];
  trainB: number[][];
  inferenceA: number[][];
  runningMean: number[];
  runningVar: number[];
}
const fx = loadFixture<Fixture>(import.meta.url, "batch-norm.json");

function fromFixture(): BatchNorm {
  const bn = new BatchNorm(3);
  bn.gamma.value.data.set(fx.gamma);
  bn.beta.value.data.set(fx.beta);
  return bn;
}

describe("BatchNorm", () => {
  it("matches seed 001's BatchNormLayer forward, running statistics and inference", () => {
    const bn = fromFixture();
    expectClose(bn.forward(Matrix.from(fx.a), { training: true }), fx.trainA.flat(), { rtol: 1e-12, atol: 1e-15 });
    expectClose(bn.forward(Matrix.from(fx.b), { training: true }), fx.trainB.flat(), { rtol: 1e-12, atol: 1e-15 });
    expectClose(bn.runningMean, fx.runningMean, { rtol: 1e-13 });
    expectClose(bn.runningVar, fx.runningVar, { rtol: 1e-13 });
    expectClose(bn.forward(Matrix.from(fx.a)), fx.inferenceA.flat(), { rtol: 1e-12, atol: 1e-15 });
  });

  for (const training of [true, false]) {
    it(`backward matches finite differences (${training ? "training" : "inference"} mode)`, () => {
      const rng = new RandomState(8);
      const x = rng.randn(6, 3);
      const r = rng.randn(6, 3);
      const bn = fromFixture();
      bn.forward(rng.randn(6, 3), { training: true }); // non-trivial running statistics
      const f = (): number => sum(mul(bn.forward(x, { training }), r));
      f();
      const dX = bn.backward(r).clone();
      const grads = bn.params().map((p) => p.grad.clone());
      bn.params().forEach((p, i) => {
        expect(gradientRelativeError((grads[i] as Matrix).data, numericalGradient(p.value.data, f)), p.name).toBeLessThan(1e-6);
      });
      expect(gradientRelativeError(dX.data, numericalGradient(x.data, f))).toBeLessThan(1e-6);
    });
  }

  it("state() is the running mean and variance themselves, which training moves and inference reads", () => {
    const bn = fromFixture();
    expect(bn.state()).toEqual([bn.runningMean, bn.runningVar]);
    expect(bn.state()[0]).toBe(bn.runningMean);
    bn.forward(Matrix.from(fx.a), { training: true });
    bn.forward(Matrix.from(fx.b), { training: true });
    expectClose(bn.state()[1] as Matrix, fx.runningVar, { rtol: 1e-13 });
  });

  it("rejects bad settings and widths", () => {
    expect(() => new BatchNorm(0)).toThrow(/^BatchNorm: features must be an integer ≥ 1\. Received: features=0\.$/);
    expect(() => new BatchNorm(2, { momentum: 2 })).toThrow(/^BatchNorm: momentum must be a number in \[0, 1\]\. Received: momentum=2\.$/);
    expect(() => new BatchNorm(2).forward(new Matrix(3, 4))).toThrow(/^batchNorm\.forward: input must have shape \[batch,2\]/);
  });
});
