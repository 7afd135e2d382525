import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Matrix } from "@backprop/linalg";
import { parseCsv } from "./csv/parse-csv.js";
import { StandardScaler } from "./preprocessing/standard-scaler.js";
import { MinMaxScaler } from "./preprocessing/min-max-scaler.js";
import { trainTestSplit } from "./split/train-test-split.js";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const matrixOf = (values: fc.Arbitrary<number>): fc.Arbitrary<Matrix> =>
  fc
    .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 5 }))
    .chain(([r, c]) => fc.array(values, { minLength: r * c, maxLength: r * c }).map((v) => Matrix.fromArray(v, r, c)));
const matrix = matrixOf(finite);
// Moments need a variance that does not underflow: multiples of 1/64 up to ±1e6.
const gridMatrix = matrixOf(fc.integer({ min: -64e6, max: 64e6 }).map((v) => v / 64));

describe("properties", () => {
  it("parseCsv reads back every finite number written with String()", () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const text = [Array.from({ length: m.cols }, (_, j) => `a${j}`).join(","), ...m.toArray().map((r) => r.map(String).join(","))].join("\n");
        expect(parseCsv(text, { header: true }).x.equals(m)).toBe(true);
      }),
    );
  });

  it("scalers' inverseTransform undoes transform", () => {
    fc.assert(
      fc.property(matrix, (m) => {
        for (const s of [new StandardScaler(), new MinMaxScaler({ featureRange: [-3, 2] })]) {
          const back = s.inverseTransform(s.fitTransform(m));
          back.data.forEach((v, k) => expect(Math.abs(v - (m.data[k] as number))).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(m.data[k] as number))));
        }
      }),
    );
  });

  it("StandardScaler output has mean 0 and, on non-constant columns, variance 1", () => {
    fc.assert(
      fc.property(gridMatrix, (m) => {
        const s = new StandardScaler();
        const z = s.fitTransform(m);
        for (let j = 0; j < m.cols; j++) {
          const col = Array.from({ length: m.rows }, (_, i) => z.get(i, j));
          const mean = col.reduce((a, b) => a + b, 0) / m.rows;
          // μ is a rounded sum of n values, off by up to ~n·ε·max|x|; every z carries that error
          // divided by the scale (scikit-learn gives the same bits: e.g. [999999.890625,
          // 999999.921875, 999999.875] has mean(z) = −2.0e-9 there too).
          const maxAbs = Math.max(...Array.from({ length: m.rows }, (_, i) => Math.abs(m.get(i, j))));
          const scale = s.scale?.[j] ?? 1;
          expect(Math.abs(mean)).toBeLessThanOrEqual(1e-12 + (2 * m.rows * Number.EPSILON * maxAbs) / scale);
          if (s.scale?.[j] !== 1) expect(col.reduce((a, b) => a + (b - mean) ** 2, 0) / m.rows).toBeCloseTo(1, 6);
        }
      }),
    );
  });

  it("trainTestSplit partitions the rows with ⌈testSize·n⌉ test rows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n, t, seed) => {
        const nTest = Math.ceil(t * n);
        fc.pre(nTest < n);
        const s = trainTestSplit(Matrix.zeros(n, 1), new Int32Array(n), { testSize: t, randomState: seed });
        expect(s.testIndices.length).toBe(nTest);
        expect([...s.trainIndices, ...s.testIndices].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });
});
