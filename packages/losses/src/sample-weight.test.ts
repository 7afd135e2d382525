import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { softmax } from "@backprop/activations";
import { expectClose, gradientRelativeError, loadFixture, numericalGradient } from "@backprop/testing";
import { binaryCrossEntropy, categoricalCrossEntropy, fusedOutputGradient, huber, mae, mse } from "./index.js";
import type { Loss } from "./index.js";

interface Case {
  pred: number[][];
  target: number[][];
}
interface Weighted {
  w: number[];
  loss: number;
  gradient: number[][];
  pred?: number[][];
}
const fx = loadFixture<Record<"binary" | "categorical" | "mse" | "mae" | "huber", Case> & { weighted: Record<string, Weighted> }>(
  import.meta.url,
  "losses.json",
);
const table: [Loss, Case, Weighted][] = [
  [mse, fx.mse, fx.weighted.mse!],
  [mae, fx.mae, fx.weighted.mae!],
  [huber(), fx.huber, fx.weighted.huber!],
  [binaryCrossEntropy, fx.binary, fx.weighted.binary!],
  [categoricalCrossEntropy, fx.categorical, fx.weighted.categorical!],
];

describe("sampleWeight: Keras's sum_over_batch_size, Σ wᵢℓᵢ / m (NumPy fixture)", () => {
  for (const [loss, c, wc] of table) {
    const p = Matrix.from(c.pred), y = Matrix.from(c.target), w = Float64Array.from(wc.w);

    it(`${loss.name}: weighted loss and gradient`, () => {
      expectClose(loss.forward(p, y, w), wc.loss, { rtol: 1e-14 });
      expectClose(loss.backward(p, y, undefined, w), Matrix.from(wc.gradient), { rtol: 1e-14 });
    });

    it(`${loss.name}: weights of 1 give the unweighted result to the bit`, () => {
      const ones = new Float64Array(p.rows).fill(1);
      expect(loss.forward(p, y, ones)).toBe(loss.forward(p, y));
      expect(loss.backward(p, y, undefined, ones).equals(loss.backward(p, y))).toBe(true);
    });

    it(`${loss.name}: divides by m, not by Σw (weights 2 double the loss)`, () => {
      const twos = new Float64Array(p.rows).fill(2);
      expectClose(loss.forward(p, y, twos), 2 * loss.forward(p, y), { rtol: 1e-15 });
    });
  }

  it("the weighted gradient is the derivative of the weighted loss (central differences)", () => {
    const p0 = Matrix.from([[0.3, 0.6, 0.1], [0.25, 0.25, 0.5]]);
    const y = Matrix.from([[0, 1, 0], [0.1, 0.1, 0.8]]);
    const w = Float64Array.of(0.3, 2.5);
    for (const loss of [mse, mae, huber({ delta: 0.2 }), binaryCrossEntropy, categoricalCrossEntropy]) {
      const p = p0.clone();
      const numerical = numericalGradient(p.data, () => loss.forward(p, y, w));
      expect(gradientRelativeError(loss.backward(p, y, undefined, w).data, numerical), loss.name).toBeLessThan(1e-7);
    }
  });

  it("fused softmax + cross-entropy gradient: dZ = wᵢ(pᵢ − yᵢ)/m, and the derivative of the weighted loss", () => {
    const wc = fx.weighted.fusedSoftmax!;
    const fused = fusedOutputGradient("categoricalCrossEntropy", "softmax")!;
    const w = Float64Array.from(wc.w);
    const y = Matrix.from(fx.categorical.target);
    expectClose(fused(Matrix.from(wc.pred!), y, undefined, w), Matrix.from(wc.gradient), { rtol: 1e-15 });
    const z = Matrix.from([[0.5, -1.5, 2], [-0.3, 0.8, 0.1], [3, 1, -2], [0, 0, 0], [1, 2, 3]]);
    const numerical = numericalGradient(z.data, () => categoricalCrossEntropy.forward(softmax.forward(z), y, w));
    expect(gradientRelativeError(fused(softmax.forward(z), y, undefined, w).data, numerical)).toBeLessThan(1e-7);
    const ones = new Float64Array(5).fill(1);
    expect(fused(softmax.forward(z), y, undefined, ones).equals(fused(softmax.forward(z), y))).toBe(true);
  });

  it("rejects weights of the wrong length, negative, non-finite or not a Float64Array", () => {
    const p = Matrix.from([[0.5], [0.5]]), y = Matrix.from([[1], [0]]);
    expect(() => mse.forward(p, y, Float64Array.of(1))).toThrow(
      /^mse\.forward: sampleWeight must have one entry per row of pred\. Received: sampleWeight\.length=1, pred\.rows=2\.$/,
    );
    expect(() => binaryCrossEntropy.backward(p, y, undefined, Float64Array.of(1, -0.5))).toThrow(
      /^binaryCrossEntropy\.backward: sampleWeight values must be finite and ≥ 0\. Received: sampleWeight\[1\]=-0\.5\.$/,
    );
    expect(() => huber().forward(p, y, Float64Array.of(Number.NaN, 1))).toThrow(/Received: sampleWeight\[0\]=NaN\.$/);
    expect(() => mae.forward(p, y, Float64Array.of(Infinity, 1))).toThrow(/Received: sampleWeight\[0\]=Infinity\.$/);
    expect(() => categoricalCrossEntropy.forward(p, y, [1, 1] as never)).toThrow(/^categoricalCrossEntropy\.forward: sampleWeight must be a Float64Array\. Received: an Array\.$/);
    const fused = fusedOutputGradient("binaryCrossEntropy", "sigmoid")!;
    expect(() => fused(p, y, undefined, Float64Array.of(1, 2, 3))).toThrow(/^fusedOutputGradient\(binaryCrossEntropy, sigmoid\): sampleWeight must have one entry per row/);
  });
});

describe("cross-entropy refuses predictions that are not probabilities", () => {
  it("names the first value below 0 or above 1, with or without weights", () => {
    const y = Matrix.from([[1, 0], [0, 1]]);
    expect(() => categoricalCrossEntropy.forward(Matrix.from([[0.5, 0.5], [1.5, -0.5]]), y)).toThrow(
      /^categoricalCrossEntropy\.forward: predictions must be probabilities in \[0, 1\]\. Received: pred\[1,0\]=1\.5\.$/,
    );
    expect(() => categoricalCrossEntropy.forward(Matrix.from([[0.5, 0.5], [-0.1, 1.1]]), y, Float64Array.of(1, 1))).toThrow(/Received: pred\[1,0\]=-0\.1\.$/);
    expect(() => binaryCrossEntropy.forward(Matrix.from([[0.2], [-1e-300]]), Matrix.from([[1], [0]]))).toThrow(
      /^binaryCrossEntropy\.forward: predictions must be probabilities in \[0, 1\]\. Received: pred\[1,0\]=-1e-300\.$/,
    );
    expect(() => binaryCrossEntropy.forward(Matrix.from([[2]]), Matrix.from([[1]]), Float64Array.of(1))).toThrow(/Received: pred\[0,0\]=2\.$/);
  });

  it("accepts exactly 0 and 1, and leaves NaN to the loss value (the training loop's divergence check reports it)", () => {
    expect(Number.isFinite(binaryCrossEntropy.forward(Matrix.from([[0], [1]]), Matrix.from([[1], [0]])))).toBe(true);
    expect(Number.isFinite(categoricalCrossEntropy.forward(Matrix.from([[0, 1]]), Matrix.from([[1, 0]])))).toBe(true);
    const nan = new Matrix(1, 2, Float64Array.of(Number.NaN, 0.5));
    expect(categoricalCrossEntropy.forward(nan, Matrix.from([[1, 0]]))).toBeNaN();
  });
});
