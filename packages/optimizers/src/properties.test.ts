import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { clipByGlobalNorm, clipByValue } from "./index.js";

const grads = fc.array(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 });
const toParams = (gs: number[][]): Param[] => gs.map((g, i) => ({ name: `p${i}`, value: new Matrix(1, g.length), grad: Matrix.fromArray(g, 1, g.length) }));
const norm = (ps: Param[]): number => Math.sqrt(ps.reduce((s, p) => s + p.grad.data.reduce((t, v) => t + v * v, 0), 0));

describe("clipping invariants over random gradients", () => {
  it("clipByGlobalNorm leaves a norm ≤ maxNorm and every gradient scaled by one common factor", () => {
    fc.assert(
      fc.property(grads, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (gs, maxNorm) => {
        const ps = toParams(gs);
        const before = norm(ps);
        expect(clipByGlobalNorm(ps, maxNorm)).toBeCloseTo(before, 9);
        expect(norm(ps)).toBeLessThanOrEqual(maxNorm * (1 + 1e-12) + 1e-300);
        const factor = before > maxNorm ? maxNorm / before : 1;
        ps.forEach((p, i) => p.grad.data.forEach((v, k) => expect(Math.abs(v - gs[i]![k]! * factor)).toBeLessThanOrEqual(1e-12 * Math.abs(gs[i]![k]!))));
      }),
    );
  });

  it("clipByValue bounds every element and moves none that was inside the limit", () => {
    fc.assert(
      fc.property(grads, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (gs, limit) => {
        const ps = toParams(gs);
        clipByValue(ps, limit);
        ps.forEach((p, i) =>
          p.grad.data.forEach((v, k) => {
            const g = gs[i]![k]!;
            expect(v).toBe(Math.abs(g) <= limit ? g : Math.sign(g) * limit);
          }),
        );
      }),
    );
  });
});
