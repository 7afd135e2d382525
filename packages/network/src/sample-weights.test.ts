import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { getLoss } from "@backprop/losses";
import { computeClassWeight, makeClassification } from "@backprop/data";
import { sequential } from "./sequential-factory.js";

const data = makeClassification({ nSamples: 60, nFeatures: 4, nInformative: 2, weights: [0.8], randomState: 3 });

describe("sampleWeight and classWeight", () => {
  it("back-propagates the weighted loss (1/m) Σ wᵢ·ℓᵢ: analytic gradients equal central differences", () => {
    for (const [sizes, activations, lossName] of [
      [[4, 5, 1], ["tanh", "sigmoid"], "binaryCrossEntropy"],
      [[4, 5, 3], ["tanh", "softmax"], "categoricalCrossEntropy"],
      [[4, 5, 1], ["tanh", "linear"], "mse"],
    ] as const) {
      const m = sequential([...sizes], { activations: [...activations], seed: 1 });
      const rng = new RandomState(2);
      const x = rng.randn(12, 4) as Matrix;
      const y = new Matrix(12, sizes[2]);
      for (let i = 0; i < 12; i++) y.data[i * sizes[2] + (sizes[2] === 1 ? 0 : i % 3)] = sizes[2] === 1 ? i % 2 : 1;
      const w = Float64Array.from({ length: 12 }, (_, i) => 0.5 + (i % 4));
      const loss = getLoss(lossName);
      m.backwardFrom(m.forward(x, false), y, loss, w);
      const h = 1e-6;
      for (const p of m.params()) {
        for (let k = 0; k < p.value.size; k++) {
          const v = p.value.data[k] as number;
          p.value.data[k] = v + h;
          const plus = loss.forward(m.forward(x, false), y, w);
          p.value.data[k] = v - h;
          const minus = loss.forward(m.forward(x, false), y, w);
          p.value.data[k] = v;
          const numeric = (plus - minus) / (2 * h);
          const analytic = p.grad.data[k] as number;
          expect(Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-8)).toBeLessThan(1e-6);
        }
      }
    }
  });

  it("every weight 2 is the same run as the learning rate doubled (plain SGD), bit for bit", () => {
    const a = sequential([4, 6, 1], { activations: ["relu", "sigmoid"], seed: 5 });
    const b = sequential([4, 6, 1], { activations: ["relu", "sigmoid"], seed: 5 });
    a.fit(data.x, data.y, { epochs: 5, learningRate: 0.1, sampleWeight: new Float64Array(60).fill(2), batchSize: 16 });
    b.fit(data.x, data.y, { epochs: 5, learningRate: 0.2, batchSize: 16 });
    expect(Array.from(a.params()[0]!.value.data)).toEqual(Array.from(b.params()[0]!.value.data));
  });

  it('classWeight: "balanced" is the same run as sampleWeight from computeClassWeight', () => {
    const { classes, weights } = computeClassWeight("balanced", data.y);
    const perRow = Float64Array.from(data.y, (label) => weights[classes.indexOf(label)] as number);
    const a = sequential([4, 6, 1], { activations: ["relu", "sigmoid"], seed: 5 });
    const b = sequential([4, 6, 1], { activations: ["relu", "sigmoid"], seed: 5 });
    const ha = a.fit(data.x, data.y, { epochs: 5, learningRate: 0.1, classWeight: "balanced" });
    const hb = b.fit(data.x, data.y, { epochs: 5, learningRate: 0.1, sampleWeight: perRow });
    expect(ha.loss).toEqual(hb.loss);
  });

  it("without weights a run is unchanged (weights of 1 give the same bits)", () => {
    const a = sequential([4, 6, 1], { activations: ["relu", "sigmoid"], seed: 5 });
    const b = sequential([4, 6, 1], { activations: ["relu", "sigmoid"], seed: 5 });
    expect(a.fit(data.x, data.y, { epochs: 3, sampleWeight: new Float64Array(60).fill(1) }).loss).toEqual(b.fit(data.x, data.y, { epochs: 3 }).loss);
  });

  it("refuses bad weights and a class weight for a class that does not exist", () => {
    const m = sequential([4, 1], { seed: 0 });
    expect(() => m.fit(data.x, data.y, { sampleWeight: [1, 2] })).toThrow(/^fit: sampleWeight must hold one weight per row \(60\)\. Received: 2 weights\.$/);
    expect(() => m.fit(data.x, data.y, { sampleWeight: new Float64Array(60).fill(-1) })).toThrow(/^fit: sampleWeight must hold finite numbers ≥ 0\. Received: sampleWeight\[0\]=-1\.$/);
    expect(() => m.fit(data.x, data.y, { classWeight: { 0: 1, 7: 3 } })).toThrow(/computeClassWeight: .*7/);
    const r = sequential([4, 1], { activations: "linear", seed: 0 });
    expect(() => r.fit(data.x, Float64Array.from(data.y), { classWeight: "balanced" })).toThrow(/^fit: classWeight applies to a classifier/);
  });

  it("refuses weights that sum to 0 (every row weighing 0) before training, instead of reporting a loss of 0", () => {
    const x = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const y = [0, 1, 1, 0];
    const m = sequential([2, 3, 1], { seed: 0 });
    const before = m.params().map((p) => Array.from(p.value.data));
    const allZero = (what: string) => new RangeError(`fit: ${what} is 0 for every row (the weights sum to 0), so no row would count in the loss and training would learn nothing. Received: 4 rows, all weighing 0.`);
    expect(() => m.fit(x, y, { sampleWeight: [0, 0, 0, 0] })).toThrow(allZero("sampleWeight"));
    expect(() => m.fit(x, y, { classWeight: { 0: 0, 1: 0 } })).toThrow(allZero("classWeight"));
    // Each row's product is 0: rows 1, 2 (class 1) weigh 0 by sample, rows 0, 3 (class 0) by class.
    expect(() => m.fit(x, y, { sampleWeight: [1, 0, 0, 1], classWeight: { 0: 0, 1: 2 } })).toThrow(allZero("sampleWeight times classWeight"));
    expect(m.params().map((p) => Array.from(p.value.data))).toEqual(before);
    expect(m.epochsTrained).toBe(0);
    // Some rows weighing 0 is fine: only the others count.
    expect(m.fit(x, y, { sampleWeight: [0, 1, 0, 0] }).epochs).toBe(1);
  });

  it("refuses a validationSplit that leaves every training row weighing 0, before training", () => {
    const x = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const y = [0, 1, 1, 0];
    // fit's split with `seed`: the first floor(4 · 0.5) = 2 rows of RandomState(seed).permutation(4) validate.
    const order = Array.from(new RandomState(5).permutation(4));
    const weighOnly = (row: number) => Array.from({ length: 4 }, (_, i) => (i === row ? 1 : 0));
    const m = sequential([2, 3, 1], { seed: 0 });
    expect(() => m.fit(x, y, { sampleWeight: weighOnly(order[0]!), validationSplit: 0.5, seed: 5 })).toThrow(
      new RangeError("fit: after validationSplit every training row weighs 0 (the rows with weight all fell in the validation part), so training would learn nothing. Received: validationSplit=0.5, 2 training rows all weighing 0; give more rows weight, or pass validationData."),
    );
    expect(m.epochsTrained).toBe(0);
    expect(m.fit(x, y, { sampleWeight: weighOnly(order[3]!), validationSplit: 0.5, seed: 5 }).epochs).toBe(1);
  });

  describe("valLoss under validationSplit weighs the held-out rows by their sampleWeight, as Keras splits sample_weight", () => {
    const rng = new RandomState(8);
    const x = rng.randn(16, 2);
    const y = Float64Array.from({ length: 16 }, (_, i) => x.get(i, 0) - 2 * x.get(i, 1));
    const w = Float64Array.from({ length: 16 }, (_, i) => 1 + (i % 5) * 10);
    // fit's split with `seed`: the first floor(16 · 0.25) = 4 rows of RandomState(seed).permutation(16), in row order.
    const held = Array.from(new RandomState(9).permutation(16).slice(0, 4)).sort((a, b) => a - b);
    const options = { loss: "mse", epochs: 3, learningRate: 0.05, validationSplit: 0.25, seed: 9 } as const;
    /** Keras's sum_over_batch_size by hand: Σ wᵢ·(yᵢ − ŷᵢ)² / m over the held-out rows, with the trained weights. */
    const byHand = (m: ReturnType<typeof sequential>, weight: (i: number) => number): number => {
      const pred = m.predict(held.map((i) => [x.get(i, 0), x.get(i, 1)]));
      return held.reduce((sum, i, k) => sum + weight(i) * ((y[i] as number) - pred.get(k, 0)) ** 2, 0) / held.length;
    };
    const linear = () => sequential([2, 1], { activations: "linear", seed: 2 });

    it("weighted: the last epoch's valLoss is Σ wᵢ·ℓᵢ / m over the held-out rows", () => {
      const m = linear();
      const h = m.fit(x, y, { ...options, sampleWeight: w });
      expect(h.valLoss?.[2]).toBeCloseTo(byHand(m, (i) => w[i] as number), 13);
      expect(h.valLoss?.[2]).not.toBeCloseTo(byHand(m, () => 1), 3);
    });

    it("unweighted: the plain mean, as before", () => {
      const m = linear();
      const h = m.fit(x, y, options);
      expect(h.valLoss?.[2]).toBeCloseTo(byHand(m, () => 1), 13);
      // The held-out rows' weights move valLoss only: training sees the same rows either way.
      const weightedOnVal = linear().fit(x, y, { ...options, sampleWeight: Float64Array.from(w, (v, i) => (held.includes(i) ? v : 1)) });
      expect(weightedOnVal.loss).toEqual(linear().fit(x, y, { ...options, sampleWeight: new Float64Array(16).fill(1) }).loss);
    });

    it("classWeight weighs training only (Keras applies class_weight to the training data)", () => {
      const labels = Int32Array.from({ length: 16 }, (_, i) => (x.get(i, 0) > 0 ? 1 : 0));
      const m = sequential([2, 1], { activations: "sigmoid", seed: 2 });
      const h = m.fit(x, labels, { epochs: 2, learningRate: 0.1, validationSplit: 0.25, seed: 9, classWeight: "balanced" });
      const valX = held.map((i) => [x.get(i, 0), x.get(i, 1)]);
      expect(h.valLoss?.[1]).toBe(m.evaluate(valX, held.map((i) => labels[i] as number), { loss: "binaryCrossEntropy" }).loss);
    });
  });
});
