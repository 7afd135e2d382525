import { describe, expect, it } from "vitest";
import { sequential } from "./sequential-factory.js";

// A regression model's outputs are values, not class probabilities: a classifier's metric on it
// must be refused before anything is trained (as "rocAuc" is), not scored at a 0.5 threshold.
const x = [[0, 1], [1, 0], [0.5, 0.5], [1, 1], [0, 0]];
const y = [0.3, 1.7, 0.9, 2.2, -0.4];
const regressor = () => sequential([2, 3, 1], { activations: ["tanh", "linear"], seed: 1 });
const refusal = (where: string, name: string, metrics: string[]) =>
  new TypeError(`${where}: "${name}" scores a classifier, and this model's output is not class probabilities (task "regression"). Received: metrics=${JSON.stringify(metrics)}.`);

/** Every parameter's values, to see that nothing was trained. */
const weightsOf = (m: ReturnType<typeof regressor>) => m.params().map((p) => Array.from(p.value.data));

describe("classifier metrics on a regression model", () => {
  it.each(["accuracy", "rocAuc", "f1"])("fit refuses %s before the first batch: no weight, epoch or generator draw changes", (name) => {
    const m = regressor();
    const before = weightsOf(m);
    const rngState = JSON.stringify(m.rng.getState());
    expect(() => m.fit(x, y, { epochs: 3, learningRate: 0.1, validationSplit: 0.4, metrics: ["mae", name] as never })).toThrow(refusal("fit", name, ["mae", name]));
    expect(weightsOf(m)).toEqual(before);
    expect(m.epochsTrained).toBe(0);
    expect(m.loss).toBeUndefined();
    expect(JSON.stringify(m.rng.getState())).toBe(rngState);
  });

  it("compile refuses it, leaving the model as it was; fit and trainer refuse one the model holds (as a model file may)", () => {
    const m = regressor();
    expect(() => m.compile({ loss: "mse", metrics: ["accuracy"] })).toThrow(refusal("compile", "accuracy", ["accuracy"]));
    expect([m.compiled, m.metrics, m.loss]).toEqual([false, [], undefined]);
    m.metrics = ["accuracy"];
    expect(() => m.fit(x, y, { epochs: 2 })).toThrow(refusal("fit", "accuracy", ["accuracy"]));
    expect(() => m.trainer(x, y, { epochs: 2 })).toThrow(refusal("fit", "accuracy", ["accuracy"]));
    expect(m.epochsTrained).toBe(0);
  });

  it("evaluate refuses \"accuracy\" instead of dropping it", () => {
    expect(() => regressor().evaluate(x, y, { metrics: ["accuracy"] })).toThrow(refusal("evaluate", "accuracy", ["accuracy"]));
    expect(() => regressor().evaluate(x, y, { metrics: ["r2", "logLoss"] })).toThrow(refusal("evaluate", "logLoss", ["r2", "logLoss"]));
  });

  it("regression metrics still score, and a classifier still records accuracy", () => {
    const m = regressor();
    const h = m.fit(x, y, { epochs: 2, learningRate: 0.1, metrics: ["mae"] });
    expect(h.accuracy).toBeUndefined();
    const pred = Array.from(m.predict(x).data);
    expect(m.evaluate(x, y, { metrics: ["mae"] }).mae).toBeCloseTo(pred.reduce((s, p, i) => s + Math.abs(p - (y[i] as number)), 0) / 5, 15);
    const c = sequential([2, 3, 1], { seed: 1 }).fit(x, [0, 1, 0, 1, 0], { epochs: 2, metrics: ["accuracy"], validationData: [x, [0, 1, 0, 1, 0]] });
    expect(c.accuracy).toHaveLength(2);
    expect(c.valAccuracy).toHaveLength(2);
  });
});
