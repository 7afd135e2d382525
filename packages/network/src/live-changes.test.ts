import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { Dense, Dropout, l2 } from "@backprop/layers";
import { adam, sgd } from "@backprop/optimizers";
import { makeMoons } from "@backprop/data";
import { Sequential } from "./sequential.js";
import { TrainingSession } from "./trainer.js";

function model(seed: number): Sequential {
  const rng = new RandomState(seed);
  return new Sequential([
    new Dense(2, 8, { activation: "tanh", rng, name: "d1" }),
    new Dropout(0.1, { name: "drop" }),
    new Dense(8, 1, { activation: "sigmoid", rng, name: "out" }),
  ], { rng });
}

const data = makeMoons({ nSamples: 120, noise: 0.2, randomState: 0 });

/** What a UI changes mid-run, applied to a model's layers. */
function changeLayers(m: Sequential): void {
  (m.layers[1] as Dropout).setRate(0.3);
  for (const layer of [m.layers[0], m.layers[2]] as Dense[]) layer.setRegularizer(l2(0.01));
}

describe("TrainingSession: changes mid-run", () => {
  it("learning rate, batch size, dropout and L2 changed after epoch 10 = fit 10, save, load, change, fit 10 (bit for bit)", () => {
    const live = model(5).compile({ optimizer: adam({ learningRate: 0.01 }) });
    const session = new TrainingSession(live, data.x, data.y, { epochs: 20, batchSize: 16 });
    for (let e = 0; e < 10; e++) session.runEpoch();
    session.setLearningRate(0.003);
    session.setBatchSize(8);
    changeLayers(live);
    while (!session.done) session.runEpoch();

    // The reference resumes through the model file, which keeps Adam's moments and the generator.
    const first = model(5).compile({ optimizer: adam({ learningRate: 0.01 }) });
    const part1 = first.fit(data.x, data.y, { epochs: 10, batchSize: 16 });
    const second = Sequential.fromJSON(JSON.stringify(first.toJSON()));
    second.optimizer?.setLearningRate?.(0.003);
    changeLayers(second);
    const part2 = second.fit(data.x, data.y, { epochs: 10, batchSize: 8 });

    expect(session.history.loss).toEqual([...part1.loss, ...part2.loss]);
    expect(Array.from(live.predict(data.x).data)).toEqual(Array.from(second.predict(data.x).data));
    expect(live.optimizer?.learningRate).toBe(0.003);
    expect(session.batchSize).toBe(8);
  });

  it("keeps the optimizer's state: a fresh optimizer at the new rate gives a different run", () => {
    const live = model(5).compile({ optimizer: adam({ learningRate: 0.01 }) });
    const session = new TrainingSession(live, data.x, data.y, { epochs: 12, batchSize: 16 });
    for (let e = 0; e < 10; e++) session.runEpoch();
    session.setLearningRate(0.003);
    while (!session.done) session.runEpoch();

    const first = model(5).compile({ optimizer: adam({ learningRate: 0.01 }) });
    first.fit(data.x, data.y, { epochs: 10, batchSize: 16 });
    const restarted = first.fit(data.x, data.y, { epochs: 2, batchSize: 16, optimizer: "adam", learningRate: 0.003 });
    expect(session.history.loss.slice(10)).not.toEqual(restarted.loss);
  });

  it("a batch size changed mid-epoch takes the next rows of the same order: none skipped, none repeated", () => {
    const m = model(1).compile({ optimizer: sgd({ learningRate: 0.1 }) });
    const sizes: number[] = [];
    const small = makeMoons({ nSamples: 117, noise: 0.2, randomState: 0 });
    const session = new TrainingSession(m, small.x, small.y, {
      epochs: 1, batchSize: 50, callbacks: { onBatchEnd: ({ size }) => void sizes.push(size) },
    });
    session.runBatch();
    session.setBatchSize(33);
    while (!session.done) session.runBatch();
    expect(sizes).toEqual([50, 33, 33, 1]);
    expect(session.history.epochs).toBe(1);
  });

  it("refuses a batch size that is not an integer ≥ 1", () => {
    const session = new TrainingSession(model(1), data.x, data.y, { epochs: 1 });
    expect(() => session.setBatchSize(0)).toThrow(/^TrainingSession\.setBatchSize: size must be an integer ≥ 1\. Received: size=0\.$/);
    expect(() => session.setBatchSize(2.5)).toThrow(RangeError);
  });

  it("refuses a learning rate that is not a finite number > 0, in its own name, and keeps the rate", () => {
    const optimizer = adam({ learningRate: 0.01 });
    const session = new TrainingSession(model(1), data.x, data.y, { epochs: 1, optimizer });
    const message = (shown: string) => new RegExp(`^TrainingSession\\.setLearningRate: rate must be a finite number > 0\\. Received: rate=${shown}\\.$`);
    expect(() => session.setLearningRate("fast" as unknown as number)).toThrow(message('"fast"'));
    expect(() => session.setLearningRate(0)).toThrow(message("0"));
    expect(() => session.setLearningRate(Number.NaN)).toThrow(message("NaN"));
    expect(() => session.setLearningRate(-1)).toThrow(RangeError);
    expect(optimizer.learningRate).toBe(0.01);
  });

  it("names an optimizer that cannot change its rate", () => {
    const custom = { name: "mine", learningRate: 1, iterations: 0, step() {}, setEpoch() {}, getConfig: () => ({ name: "mine" }), reset() {} };
    const session = new TrainingSession(model(1), data.x, data.y, { epochs: 1, optimizer: custom });
    expect(() => session.setLearningRate(0.1)).toThrow(/^TrainingSession\.setLearningRate: the optimizer cannot change its rate\. Received: optimizer "mine" without setLearningRate\.$/);
  });
});
