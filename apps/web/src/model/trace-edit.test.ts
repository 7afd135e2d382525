import { describe, expect, it } from "vitest";
import { TrainingSession } from "@backprop/network";
import { buildModel, fitOptions, lossName } from "./build-model.js";
import { prepareData } from "./prepare-data.js";
import { createSession } from "./session.js";
import { setParameter } from "./trace-edit.js";
import { defaultConfig } from "../state/config.js";

describe("setParameter", () => {
  const config = defaultConfig();

  it("sets one weight or bias in place and nothing else", () => {
    const model = buildModel(config, 2, 1);
    const before = model.params().map((p) => Array.from(p.value.data));
    setParameter(model, { layer: 1, input: 2, unit: 3, value: 0.5 });
    setParameter(model, { layer: 2, input: "bias", unit: 0, value: -1.25 });
    const after = model.params().map((p) => Array.from(p.value.data));
    // params: hidden_1 W, b, hidden_2 W, b, output W, b
    expect(after[2]![2 * 4 + 3]).toBe(0.5);
    expect(after[5]![0]).toBe(-1.25);
    const changed = after.flatMap((values, p) => values.flatMap((v, k) => (v === before[p]![k] ? [] : [[p, k]])));
    expect(changed).toEqual([[2, 11], [5, 0]]);
  });

  it("names the index or value it refuses", () => {
    const model = buildModel(config, 2, 1);
    expect(() => setParameter(model, { layer: 3, input: 0, unit: 0, value: 1 })).toThrow(/^setParameter: layer must be an integer in \[0, 2\]\. Received: layer=3\.$/);
    expect(() => setParameter(model, { layer: 0, input: 2, unit: 0, value: 1 })).toThrow(/^setParameter: input must be an integer in \[0, 1\]\. Received: input=2\.$/);
    expect(() => setParameter(model, { layer: 0, input: 0, unit: 1.5, value: 1 })).toThrow(/^setParameter: unit must be an integer in \[0, 3\]\. Received: unit=1\.5\.$/);
    expect(() => setParameter(model, { layer: 0, input: 0, unit: 0, value: Number.NaN })).toThrow(/^setParameter: value must be a finite number in \[-100, 100\]\. Received: value=NaN\.$/);
    expect(() => setParameter(model, { layer: 0, input: 0, unit: 0, value: 101 })).toThrow(/value=101\.$/);
  });
});

describe("a session's weight edit", () => {
  const config = { ...defaultConfig(), dataset: "xor" as const };

  it("shows in the next snapshot, and training goes on from it exactly as a model edited the same way in Node", () => {
    const session = createSession(config);
    for (let e = 0; e < 3; e++) session.runEpoch();
    session.setParameter({ layer: 0, input: 1, unit: 2, value: 2.5 });
    const snapshot = session.snapshot([]);
    expect(snapshot.weights[0]![1]![2]).toBe(2.5);

    // The same run by hand: same data, model and trainer; the same edit after 3 epochs.
    const data = prepareData(config);
    const model = buildModel(config, data.xTrain.cols, 1);
    const trainer = new TrainingSession(model, data.xTrain, data.yTrain, fitOptions(config));
    for (let e = 0; e < 3; e++) trainer.runEpoch();
    setParameter(model, { layer: 0, input: 1, unit: 2, value: 2.5 });
    const loss = lossName(config, 1);
    // The snapshot's losses are the edited network's, not those measured before the edit.
    expect(snapshot.trainLoss).toBe(model.evaluate(data.xTrain, data.yTrain, { loss }).loss);
    expect(snapshot.testLoss).toBe(model.evaluate(data.xTest, data.yTest, { loss }).loss);
    for (let e = 0; e < 2; e++) {
      trainer.runEpoch();
      expect(session.runEpoch().train).toBe(model.evaluate(data.xTrain, data.yTrain, { loss }).loss);
    }
    expect(session.snapshot([]).weights[0]![1]![2]).toBe(model.layers[0]!.params()[0]!.value.get(1, 2));
  });

  it("sets a bias too, and snapshots carry every layer's biases", () => {
    const session = createSession(config);
    expect(session.snapshot([]).biases).toEqual([[0, 0, 0, 0], [0, 0, 0, 0], [0]]);
    session.setParameter({ layer: 2, input: "bias", unit: 0, value: 0.75 });
    expect(session.snapshot([]).biases![2]).toEqual([0.75]);
  });
});
