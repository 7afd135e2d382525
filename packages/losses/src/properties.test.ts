import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Matrix } from "@backprop/linalg";
import { binaryCrossEntropy, categoricalCrossEntropy, mse } from "./index.js";

const prob = fc.double({ min: 0, max: 1, noNaN: true });
const bit = fc.constantFrom(0, 1);

describe("loss invariants over random inputs", () => {
  it("binary cross-entropy is finite and ≥ 0 even for predictions of exactly 0 or 1", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(prob, bit), { minLength: 1, maxLength: 8 }), (pairs) => {
        const p = Matrix.column(pairs.map(([v]) => v));
        const y = Matrix.column(pairs.map(([, t]) => t));
        const loss = binaryCrossEntropy.forward(p, y);
        expect(Number.isFinite(loss) && loss >= 0).toBe(true);
        for (const g of binaryCrossEntropy.backward(p, y).data) expect(Number.isFinite(g)).toBe(true);
      }),
    );
  });

  it("categorical cross-entropy is finite and ≥ 0, and only the clip floor −log(1 − 1e−15) when every true class gets probability 1", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constant(1), prob), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 6 }), (rows) => {
        // Row i puts probability q on class c and splits the rest over the other two classes.
        const p = Matrix.from(rows.map(([q, c]) => [0, 1, 2].map((j) => (j === c ? q : (1 - q) / 2))));
        const y = Matrix.from(rows.map(([, c]) => [0, 1, 2].map((j) => (j === c ? 1 : 0))));
        const loss = categoricalCrossEntropy.forward(p, y);
        expect(Number.isFinite(loss) && loss >= 0).toBe(true);
        if (rows.every(([q]) => q === 1)) expect(loss).toBeCloseTo(-Math.log(1 - 1e-15), 20);
      }),
    );
  });

  it("mse is 0 exactly when pred equals target and is symmetric in them", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { minLength: 1, maxLength: 8 }), (pairs) => {
        const a = Matrix.column(pairs.map(([u]) => u));
        const b = Matrix.column(pairs.map(([, v]) => v));
        expect(mse.forward(a, a)).toBe(0);
        expect(mse.forward(a, b)).toBe(mse.forward(b, a));
      }),
    );
  });
});
