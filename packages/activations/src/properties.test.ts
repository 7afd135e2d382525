import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Matrix } from "@backprop/linalg";
import { elu, gelu, geluTanh, hardSigmoid, mish, selu, sigmoid, silu, softmax, softplus, softsign, swish, tanh } from "./index.js";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const rowsOf = (cols: number) => fc.array(fc.array(finite, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 });

describe("invariants over random inputs", () => {
  it("softmax rows are probability vectors, unchanged by adding a constant to a row", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((c) => fc.tuple(rowsOf(c), fc.double({ min: -1e3, max: 1e3, noNaN: true }))), ([rows, shift]) => {
        const z = Matrix.from(rows);
        const a = softmax.forward(z);
        const shifted = softmax.forward(Matrix.from(rows.map((r) => r.map((v) => v + shift))));
        for (let i = 0; i < a.rows; i++) {
          const row = a.row(i);
          expect(Math.abs(row.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(1e-12);
          for (const v of row) expect(v >= 0 && v <= 1).toBe(true);
        }
        // Shifting by c changes z − max(z) only by rounding (|z| ≤ 1e6), so outputs agree closely.
        for (let k = 0; k < a.size; k++) expect(Math.abs((a.data[k] as number) - (shifted.data[k] as number))).toBeLessThan(1e-6);
      }),
    );
  });

  it("sigmoid stays in [0, 1], is finite for every finite double and satisfies σ(−z) = 1 − σ(z)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const [s, sNeg] = sigmoid.forward(Matrix.from([[v, -v]])).data as unknown as [number, number];
        expect(s >= 0 && s <= 1 && Number.isFinite(s)).toBe(true);
        expect(Math.abs(s + sNeg - 1)).toBeLessThan(1e-15);
      }),
    );
  });

  it("tanh is odd and its derivative 1 − a² lies in [0, 1]", () => {
    fc.assert(
      fc.property(finite, (v) => {
        const z = Matrix.from([[v, -v]]);
        const a = tanh.forward(z);
        expect(a.data[0]).toBe(-(a.data[1] as number));
        const d = tanh.backward(z, a, Matrix.from([[1, 1]])).data[0] as number;
        expect(d >= 0 && d <= 1).toBe(true);
      }),
    );
  });
});

describe("the smooth activations over every finite double", () => {
  const all = [elu(), elu(2.5), selu, gelu, geluTanh, softplus, softsign, swish, silu, hardSigmoid(), mish];
  it("give finite values and derivatives (no NaN or ∞ from an overflowing exp), selu up to its own overflow", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const z = Matrix.from([[v]]);
        const ones = Matrix.from([[1]]);
        for (const f of all) {
          const a = f.forward(z);
          const d = f.backward(z, a, ones).data[0] as number;
          const expectFinite = f !== selu || Math.abs(v) < Number.MAX_VALUE / 1.0507009873554805;
          if (expectFinite) expect(Number.isFinite(a.data[0]), `${f.name}(${v})`).toBe(true);
          expect(Number.isFinite(d), `${f.name}′(${v})`).toBe(true);
        }
      }),
    );
  });

  it("softplus(z) − softplus(−z) = z and softplus′ = σ, as sigmoid computes it", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (v) => {
        const z = Matrix.from([[v, -v]]);
        const [s, sNeg] = softplus.forward(z).data as unknown as [number, number];
        expect(Math.abs(s - sNeg - v)).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(v)));
        const d = softplus.backward(z, softplus.forward(z), Matrix.from([[1, 1]])).data[0] as number;
        expect(Math.abs(d - (sigmoid.forward(Matrix.from([[v]])).data[0] as number))).toBeLessThanOrEqual(2.3e-16);
      }),
    );
  });
});
