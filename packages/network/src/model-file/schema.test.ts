import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, Dropout, l2 } from "@backprop/layers";
import { StandardScaler } from "@backprop/data";
import { Sequential } from "../sequential.js";
import { sequential } from "../sequential-factory.js";

const schema = JSON.parse(readFileSync(new URL("../../model-file.schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function rich(): Sequential {
  const rng = new RandomState(1);
  const m = new Sequential(
    [new Dense(3, 4, { activation: { name: "leakyRelu", alpha: 0.2 }, rng, regularizer: l2(0.01) }), new BatchNorm(4), new Dropout(0.25), new Dense(4, 2, { activation: "softmax", rng, useBias: false })],
    { rng },
  );
  m.featureNames = ["a", "b", "c"];
  m.classNames = ["no", "yes"];
  const x = rng.randn(20, 3) as Matrix;
  m.preprocessing = new StandardScaler().fit(x).toJSON();
  m.compile({ optimizer: "adam", metrics: ["accuracy"] });
  m.fit(x, Int32Array.from({ length: 20 }, (_, i) => i % 2), { epochs: 2, batchSize: 8 });
  return m;
}

describe("model-file.schema.json describes what toJSON writes", () => {
  it("accepts the file of a compiled, trained model with every layer type, preprocessing and names", () => {
    const json = JSON.parse(JSON.stringify(rich().toJSON()));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts a dropout layer's own generator and an optimizer that came after the model had trained", () => {
    const rng = new RandomState(2);
    const m = new Sequential([new Dense(3, 4, { rng }), new Dropout(0.25, { seed: 5 }), new Dense(4, 1, { activation: "sigmoid", rng })], { rng });
    const x = rng.randn(20, 3) as Matrix;
    const y = Int32Array.from({ length: 20 }, (_, i) => i % 2);
    m.fit(x, y, { epochs: 2, batchSize: 8 });
    m.fit(x, y, { epochs: 1, batchSize: 8, optimizer: "adam" });
    const json = JSON.parse(JSON.stringify(m.toJSON())) as { layers: { rng?: unknown }[]; training: { optimizer: { epochs?: number } } };
    expect([json.layers[1]?.rng !== undefined, json.training.optimizer.epochs]).toEqual([true, 1]);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts a fresh model's file and a version 1 file", () => {
    expect(validate(JSON.parse(JSON.stringify(sequential([2, 1], { seed: 0 }).toJSON())))).toBe(true);
    const v1 = { format: "backprop.network", version: 1, layers: [{ type: "dense", inputSize: 1, units: 1, activation: "linear", weights: [[1]], bias: [0] }] };
    expect(validate(v1)).toBe(true);
  });

  it("keeps the optimizer's schedule epoch: written as the last epoch fit set, restored on reading, absent in older files (epoch 0), refused when malformed", () => {
    const rng = new RandomState(3);
    const m = new Sequential([new Dense(2, 1, { activation: "sigmoid", rng })], { rng });
    // stepDecay({ dropEvery: 1, factor: 0.5 }) from 0.4: after 3 epochs fit last set epoch 2, rate 0.4·0.5² = 0.1.
    m.compile({ optimizer: { name: "sgd", learningRate: 0.4, schedule: { name: "stepDecay", dropEvery: 1, factor: 0.5 } } });
    m.fit(Matrix.from([[0, 1], [1, 0]]), Int32Array.from([0, 1]), { epochs: 3, batchSize: 2 });
    const json = JSON.parse(JSON.stringify(m.toJSON())) as { training: { optimizer: { state: { epoch?: unknown } } } };
    expect(json.training.optimizer.state.epoch).toBe(2);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(Sequential.fromJSON(json).optimizer?.learningRate).toBe(0.1);

    const { epoch: _, ...older } = json.training.optimizer.state;
    const olderFile = { ...json, training: { ...json.training, optimizer: { ...json.training.optimizer, state: older } } };
    expect(validate(olderFile), JSON.stringify(validate.errors)).toBe(true);
    expect(Sequential.fromJSON(olderFile).optimizer?.learningRate).toBe(0.4);

    const bad = { ...json, training: { ...json.training, optimizer: { ...json.training.optimizer, state: { ...older, epoch: 1.5 } } } };
    expect(validate(bad)).toBe(false);
    expect(() => Sequential.fromJSON(bad)).toThrow(/^Sequential\.fromJSON: training\.optimizer\.state is not valid: sgd\.importState: epoch must be an integer ≥ 0\. Received: 1\.5\.$/);
  });

  it("rejects what the parser rejects: an unknown top-level field, a dense layer without weights, a short generator key", () => {
    const json = JSON.parse(JSON.stringify(rich().toJSON()));
    expect(validate({ ...json, extra: 1 })).toBe(false);
    expect(validate({ ...json, layers: [{ type: "dense", inputSize: 1, units: 1, activation: "linear" }] })).toBe(false);
    expect(validate({ ...json, training: { ...json.training, rng: { ...json.training.rng, key: [1] } } })).toBe(false);
    for (const bad of [{ ...json, extra: 1 }, { ...json, training: { ...json.training, rng: { ...json.training.rng, key: [1] } } }]) {
      expect(() => Sequential.fromJSON(bad)).toThrow(/^Sequential\.fromJSON: /);
    }
  });
});
