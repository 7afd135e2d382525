import { describe, expect, it } from "vitest";
import { Matrix, type Param } from "@backprop/linalg";
import { CROSS_ENTROPY_CEILING, DivergenceWatch } from "./divergence.js";
import { likelyCause } from "./divergence-cause.js";

const param = (values: number[]): Param => ({ name: "w", value: new Matrix(1, values.length, Float64Array.from(values)), grad: new Matrix(1, values.length) });
const options = { lossCeiling: CROSS_ENTROPY_CEILING, chance: 0.5, rows: 100 };

describe("DivergenceWatch", () => {
  it("the ceiling is −ln(1e−15), the clipped cross-entropy's largest per-row loss", () => {
    expect(CROSS_ENTROPY_CEILING).toBeCloseTo(34.538776394910684, 12);
  });

  it("flags weights grown 1000× at once and puts back the best healthy epoch's weights", () => {
    const w = param([3, 4]); // norm 5
    const watch = new DivergenceWatch([w], options);
    expect(watch.afterEpoch(0, { loss: 0.6 })).toBeUndefined();
    w.value.data.set([0.3, 0.4]);
    expect(watch.afterEpoch(1, { loss: 0.4 })).toBeUndefined(); // best so far: kept
    w.value.data.set([0.6, 0.8]);
    expect(watch.afterEpoch(2, { loss: 0.5 })).toBeUndefined(); // healthy, not better: not kept
    w.value.data.set([3000, 4000]);
    expect(watch.afterEpoch(3, { loss: 0.1 })).toEqual({ epoch: 4, symptom: "the weights' norm grew 1.0e+3× (limit 1000×)", healthyEpoch: 2, healthyLoss: 0.4 });
    watch.restoreHealthy();
    expect(Array.from(w.value.data)).toEqual([0.3, 0.4]);
  });

  it("flags a loss pinned above a quarter of the ceiling for 3 epochs, not 2", () => {
    const watch = new DivergenceWatch([param([1])], options);
    expect([9, 9, 1, 9, 9].map((loss, e) => watch.afterEpoch(e, { loss }))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(watch.afterEpoch(5, { loss: 9 })?.symptom).toBe("the loss stayed near its ceiling for 3 epochs (9.00, ceiling 34.54)");
  });

  it("flags accuracy back at chance after it had been halfway to 100 %, only with 20 rows or more", () => {
    const run = (rows: number) => {
      const watch = new DivergenceWatch([param([1])], { ...options, rows });
      return [0.6, 0.8, 0.5, 0.51, 0.5].map((accuracy, e) => watch.afterEpoch(e, { loss: 0.5, accuracy })?.symptom);
    };
    expect(run(100).at(-1)).toBe("the training accuracy fell back to chance (50.0%, chance 50.0%) after reaching 80.0%");
    expect(run(4)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // Accuracy that never left chance is not divergence (it may just be slow).
    const slow = new DivergenceWatch([param([1])], options);
    expect([0.5, 0.5, 0.5, 0.5].map((accuracy, e) => slow.afterEpoch(e, { loss: 0.7, accuracy }))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("no loss rule for MSE (no ceiling)", () => {
    const watch = new DivergenceWatch([param([1])], { ...options, lossCeiling: undefined });
    expect([50, 50, 50, 50].map((loss, e) => watch.afterEpoch(e, { loss }))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("likelyCause", () => {
  const base = { learningRate: 0.1, l2: 0, optimizer: "sgd", scale: "standard", maxAbsInput: 3 };
  it("blames --l2 when lr·l2 ≥ 1 with SGD, unscaled inputs above 100, else the learning rate", () => {
    expect(likelyCause({ ...base, l2: 10 })).toMatch(/^--l2 10 is too strong for --lr 0\.1 \(lr·l2 = 1 ≥ 1/);
    expect(likelyCause({ ...base, l2: 10, optimizer: "adam", maxAbsInput: 500, scale: "none" })).toMatch(/^the inputs are unscaled \(values up to 500 with --scale none\)/);
    expect(likelyCause({ ...base, learningRate: 5 })).toBe("the learning rate is too large (--lr 5 with sgd); try --lr 0.05 or smaller");
  });
});
