import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, Dropout } from "@backprop/layers";
import { adam, sgd } from "@backprop/optimizers";
import { makeMoons } from "@backprop/data";
import { Sequential } from "./sequential.js";

function model(seed: number): Sequential {
  const rng = new RandomState(seed);
  return new Sequential(
    [
      new Dense(2, 8, { activation: "relu", rng, name: "d1" }),
      new BatchNorm(8, { name: "bn" }),
      new Dropout(0.2, { name: "drop" }),
      new Dense(8, 1, { activation: "sigmoid", rng, name: "out" }),
    ],
    { rng },
  );
}

const data = makeMoons({ nSamples: 120, noise: 0.2, randomState: 0 });

describe("resume exactly: fit 10, save, load, fit 10 = fit 20", () => {
  it("Adam, mini-batches, shuffling, dropout and batch norm: every epoch's loss bit for bit", () => {
    const straight = model(7).compile({ optimizer: adam({ learningRate: 0.01 }), metrics: ["accuracy"] });
    const whole = straight.fit(data.x, data.y, { epochs: 20, batchSize: 16 });

    const first = model(7).compile({ optimizer: adam({ learningRate: 0.01 }), metrics: ["accuracy"] });
    const part1 = first.fit(data.x, data.y, { epochs: 10, batchSize: 16 });
    const saved = JSON.stringify(first.toJSON());
    const second = Sequential.fromJSON(saved);
    const part2 = second.fit(data.x, data.y, { epochs: 10, batchSize: 16 });

    expect([...part1.loss, ...part2.loss]).toEqual(whole.loss);
    expect([...(part1.accuracy ?? []), ...(part2.accuracy ?? [])]).toEqual(whole.accuracy);
    expect(second.epochsTrained).toBe(20);
    expect(Array.from(second.predict(data.x).data)).toEqual(Array.from(straight.predict(data.x).data));
  });

  it("a learning-rate schedule continues from the saved epoch", () => {
    const schedule = { name: "stepDecay", dropEvery: 3, factor: 0.5 } as const;
    const straight = model(3).compile({ optimizer: sgd({ learningRate: 0.5, schedule }) });
    const whole = straight.fit(data.x, data.y, { epochs: 8, batchSize: 32 });
    const first = model(3).compile({ optimizer: sgd({ learningRate: 0.5, schedule }) });
    const part1 = first.fit(data.x, data.y, { epochs: 5, batchSize: 32 });
    const second = Sequential.fromJSON(first.toJSON());
    const part2 = second.fit(data.x, data.y, { epochs: 3, batchSize: 32 });
    expect([...part1.loss, ...part2.loss]).toEqual(whole.loss);
    expect(second.optimizer?.learningRate).toBe(straight.optimizer?.learningRate);
  });

  it("without the saved state the copy drifts (the property is not vacuous)", () => {
    const first = model(7).compile({ optimizer: adam({ learningRate: 0.01 }) });
    first.fit(data.x, data.y, { epochs: 10, batchSize: 16 });
    const json = first.toJSON();
    const reseeded = Sequential.fromJSON({ ...json, training: undefined });
    reseeded.compile({ optimizer: adam({ learningRate: 0.01 }) });
    const carried = Sequential.fromJSON(json);
    const a = reseeded.fit(data.x, data.y, { epochs: 3, batchSize: 16 });
    const b = carried.fit(data.x, data.y, { epochs: 3, batchSize: 16 });
    expect(a.loss).not.toEqual(b.loss);
  });
});
