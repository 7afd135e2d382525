import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { Dense, Dropout } from "@backprop/layers";
import { Sequential } from "./sequential.js";
import { sequential } from "./sequential-factory.js";

const x = new RandomState(4).randn(8, 2);
const labels = Int32Array.from([0, 1, 0, 1, 0, 1, 1, 0]);
const model = (): Sequential => sequential([2, 3, 1], { activations: ["tanh", "sigmoid"], seed: 1 });

describe("entry points besides fit refuse misspelt options, as fit does", () => {
  it.each([
    ["evaluate", () => model().evaluate(x, labels, { metric: ["f1"] } as never), 'evaluate: unknown option "metric". Expected one of: loss, metrics.'],
    ["gradientCheck", () => model().gradientCheck(x, labels, { epsilone: 1 } as never), 'gradientCheck: unknown option "epsilone". Expected one of: loss, training, epsilon.'],
    ["gradientStats", () => model().gradientStats(x, labels, { trainig: true } as never), 'gradientStats: unknown option "trainig". Expected one of: loss, training, epsilon.'],
    ["sequential(sizes)", () => sequential([2, 3, 1], { activation: "tanh" } as never), 'sequential: unknown option "activation". Expected one of: activations, initializer, regularizer, seed, rng.'],
    ["sequential(layers) with a sizes-only option", () => sequential([new Dense(2, 1, { seed: 0 })], { activations: "tanh" } as never), 'sequential: unknown option "activations". Expected one of: seed, rng.'],
    ["evaluate with options that are not an object", () => model().evaluate(x, labels, "mse" as never), 'evaluate: options must be an object. Received: options="mse".'],
  ])("%s", (_, run, message) => {
    expect(run).toThrow(new TypeError(message));
  });

  it("sequential refuses seed together with rng, as buildModel does", () => {
    expect(() => sequential([2, 1], { seed: 1, rng: new RandomState(2) })).toThrow(new TypeError("sequential: pass seed or rng, not both (the weights are drawn from one generator). Received: both."));
    expect(() => sequential([new Dropout(0.5), new Dense(2, 1, { seed: 0 })], { seed: 1, rng: new RandomState(2) })).toThrow(/^sequential: pass seed or rng, not both/);
  });

  it("the correct spellings still work", () => {
    const m = model();
    expect(Object.keys(m.evaluate(x, labels, { loss: "mse", metrics: ["f1"] }))).toEqual(["loss", "accuracy", "f1"]);
    expect(m.gradientCheck(x, labels, { epsilon: 1e-5, training: false }).length).toBe(4);
  });
});

describe("fit checks the types of rng, signal, validationSplit and validationData before training", () => {
  it("refuses seed together with rng (rng won silently, the seed was ignored)", () => {
    const m = model();
    const before = Array.from(m.params()[0]?.value.data ?? []);
    expect(() => m.fit(x, labels, { epochs: 1, seed: 3, rng: new RandomState(4) })).toThrow(new TypeError("fit: pass seed or rng, not both (shuffling and dropout draw from one generator). Received: both."));
    expect(Array.from(m.params()[0]?.value.data ?? [])).toEqual(before);
  });

  it.each([
    ["rng as a number", { rng: 42 }, "fit: rng must be a RandomState (an object with permutation and nextDouble methods). Received: rng=42."],
    ["rng as an empty object", { rng: {}, validationSplit: 0.25 }, "fit: rng must be a RandomState (an object with permutation and nextDouble methods). Received: rng=an object."],
    ["signal as true", { signal: true }, "fit: signal must be an AbortSignal (an object with a boolean aborted). Received: signal=true."],
    ["validationSplit as a string", { validationSplit: "0.25" }, 'fit: validationSplit must be a number in (0, 1). Received: validationSplit="0.25".'],
    ["validationData as an object", { validationData: { x, y: labels } }, "fit: validationData must be an array [x, y]. Received: validationData=an object."],
  ])("%s", (_, options, message) => {
    const m = model();
    const before = m.params().map((p) => p.value.clone());
    const draw = m.rng.getState();
    expect(() => m.fit(x, labels, { epochs: 2, batchSize: 4, ...(options as object) })).toThrow(new TypeError(message));
    // Refused before anything ran: no weight moved, no number was drawn.
    expect(m.params().every((p, i) => p.value.equals(before[i]!))).toBe(true);
    expect(m.rng.getState()).toEqual(draw);
    expect(m.epochsTrained).toBe(0);
  });

  it("accepts a real RandomState and AbortSignal", () => {
    const history = model().fit(x, labels, { epochs: 2, batchSize: 4, rng: new RandomState(3), signal: new AbortController().signal, validationSplit: 0.25 });
    expect([history.epochs, history.stopReason]).toEqual([2, "completed"]);
  });
});
