import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { Dense } from "@backprop/layers";
import { Sequential } from "./sequential.js";
import { sequential } from "./sequential-factory.js";

const x = new RandomState(4).randn(8, 4);
const labels = Int32Array.from([0, 1, 2, 0, 1, 2, 0, 1]);

describe("gradientStats (seed 001's analyze_gradients)", () => {
  it("reports mean |dW|, max |dW| and the population std of dW per dense layer", () => {
    const model = sequential([4, 16, 8, 3], { activations: ["relu", "relu", "softmax"], seed: 42 });
    const stats = model.gradientStats(x, labels);
    expect(stats.map((s) => [s.layer, s.name])).toEqual([[0, "dense_1"], [1, "dense_2"], [2, "dense_3"]]);
    stats.forEach((s, i) => {
      const g = Array.from((model.layers[i] as Dense).weights.grad.data);
      const mu = g.reduce((a, b) => a + b, 0) / g.length;
      expect(s.mean).toBeCloseTo(g.reduce((a, b) => a + Math.abs(b), 0) / g.length, 15);
      expect(s.max).toBe(Math.max(...g.map(Math.abs)));
      expect(s.std).toBeCloseTo(Math.sqrt(g.reduce((a, b) => a + (b - mu) ** 2, 0) / g.length), 15);
      expect(s.warning).toBeUndefined();
    });
  });

  it("warns about vanishing gradients (mean < 1e-7) and exploding ones (max > 1000)", () => {
    // Zero output weights: nothing flows back to the first layer.
    const r = new RandomState(0);
    const dead = new Sequential([new Dense(4, 5, { activation: "tanh", rng: r }), new Dense(5, 3, { activation: "softmax", initializer: "zeros", rng: r })], { seed: 0 });
    expect(dead.gradientStats(x, labels).map((s) => s.warning)).toEqual(["vanishing", undefined]);
    const huge = new Sequential([new Dense(4, 2, { activation: "linear", weights: Matrix.fill(4, 2, 100), seed: 0 })], { seed: 0 });
    expect(huge.gradientStats(x, Matrix.fill(8, 2, 1e6), { loss: "mse" })[0]?.warning).toBe("exploding");
  });
});

describe("summary", () => {
  it("lists each layer with its output width and parameter count", () => {
    const text = sequential([4, 16, 8, 3], { activations: ["relu", "relu", "softmax"], seed: 0 }).summary();
    const lines = text.split("\n");
    // 4·16 + 16 = 80, 16·8 + 8 = 136, 8·3 + 3 = 27.
    expect(lines.slice(1).map((l) => l.split(/\s+/))).toEqual([
      ["dense_1", "dense", "[n,", "16]", "relu", "80"],
      ["dense_2", "dense", "[n,", "8]", "relu", "136"],
      ["dense_3", "dense", "[n,", "3]", "softmax", "27"],
      ["Total", "params:", "243"],
    ]);
  });
});
