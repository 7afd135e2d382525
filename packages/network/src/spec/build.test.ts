import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, Dropout, l1l2, l2, normal, uniform } from "@backprop/layers";
import { Sequential } from "../sequential.js";
import { buildModel } from "./build.js";
import type { ModelSpec } from "./types.js";

const weights = (model: Sequential) => model.params().map((p) => [p.name, Array.from(p.value.data)]);

function data(seed: number, rows: number, cols: number, classes: number): { x: Matrix; y: Int32Array } {
  const rng = new RandomState(seed);
  return { x: rng.randn(rows, cols), y: Int32Array.from({ length: rows }, () => rng.randint(0, classes)) };
}

describe("buildModel draws what the hand-built chain draws", () => {
  it("matches NumPy's draws after np.random.seed(0): randn(2,3)·√(2/2) for relu, then randn(3,1)·√(1/3)", () => {
    const model = buildModel({ inputSize: 2, hidden: [{ units: 3, activation: "relu" }], task: "binary", seed: 0 });
    // scripts-free reference: printed by NumPy 1.24 (`np.random.seed(0); np.random.randn(2, 3) * np.sqrt(2.0 / 2)`, then `np.random.randn(3, 1) * np.sqrt(1.0 / 3)`).
    const numpy = [
      [1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675, -0.977277879876411],
      [0.5485338036123445, -0.08738612495446613, -0.059593431868454706],
    ];
    const [w1, , w2] = model.params();
    Array.from(w1!.value.data).forEach((v, i) => expect(v).toBeCloseTo(numpy[0]![i]!, 15));
    Array.from(w2!.value.data).forEach((v, i) => expect(v).toBeCloseTo(numpy[1]![i]!, 15));
  });

  it("bit for bit, through initializers, penalties, batch norm and dropout, and trains identically", () => {
    const spec: ModelSpec = {
      inputSize: 5,
      hidden: [
        { units: 6, activation: "relu", dropout: 0.3 },
        { units: 4, activation: { name: "leakyRelu", alpha: 0.2 }, batchNorm: { momentum: 0.8 }, initializer: { name: "normal", std: 0.5 }, l1: 0.001 },
        { units: 3, activation: "tanh", initializer: { name: "uniform", limit: 0.3 } },
      ],
      task: "multiclass",
      outputs: 3,
      outputInitializer: "glorotUniform",
      l2: 0.01,
      seed: 17,
    };
    const rng = new RandomState(17);
    const hand = new Sequential([
      new Dense(5, 6, { activation: "relu", rng, name: "hidden_1", regularizer: l2(0.01) }),
      new Dropout(0.3, { name: "hidden_1_dropout" }),
      new Dense(6, 4, { activation: { name: "leakyRelu", alpha: 0.2 }, rng, name: "hidden_2", initializer: normal(0.5), regularizer: l1l2({ l1: 0.001, l2: 0.01 }) }),
      new BatchNorm(4, { momentum: 0.8, name: "hidden_2_batchNorm" }),
      new Dense(4, 3, { activation: "tanh", rng, name: "hidden_3", initializer: uniform(0.3), regularizer: l2(0.01) }),
      new Dense(3, 3, { activation: "softmax", rng, name: "output", initializer: "glorotUniform", regularizer: l2(0.01) }),
    ], { rng });
    const built = buildModel(spec);
    expect(built.layers.map((l) => [l.type, l.name])).toEqual(hand.layers.map((l) => [l.type, l.name]));
    expect(weights(built)).toEqual(weights(hand));
    // Both generators now stand after the same draws: shuffles and dropout masks agree too.
    const { x, y } = data(3, 40, 5, 3);
    const options = { epochs: 5, batchSize: 8, optimizer: "adam", learningRate: 0.01 } as const;
    expect(built.fit(x, y, options).loss).toEqual(hand.fit(x, y, options).loss);
    expect(weights(built)).toEqual(weights(hand));
  });

  it("continues a given generator instead of seeding one", () => {
    const spec: ModelSpec = { inputSize: 3, hidden: [{ units: 2, activation: "sigmoid" }], task: "regression", outputs: 2, outputActivation: "tanh" };
    const a = new RandomState(9);
    a.randn(1, 1);
    const b = new RandomState(9);
    b.randn(1, 1);
    const hand = new Sequential([
      new Dense(3, 2, { activation: "sigmoid", rng: b, name: "hidden_1" }),
      new Dense(2, 2, { activation: "tanh", rng: b, name: "output" }),
    ], { rng: b });
    const built = buildModel(spec, { rng: a });
    expect(built.rng).toBe(a);
    expect(weights(built)).toEqual(weights(hand));
    expect(built.task).toBe("regression");
  });

  it("reads the same from the spec's JSON text", () => {
    const spec: ModelSpec = { inputSize: 4, hidden: [{ units: 5, activation: "tanh", dropout: 0.1 }], task: "multiLabel", outputs: 3, l1: 0.01, seed: 4 };
    const again = buildModel(JSON.parse(JSON.stringify(spec)) as ModelSpec);
    expect(weights(again)).toEqual(weights(buildModel(spec)));
  });
});

describe("a built model's file", () => {
  it("round-trips through toJSON, compiled settings and generator included", () => {
    const spec: ModelSpec = {
      inputSize: 4,
      hidden: [{ units: 6, activation: "relu", batchNorm: true, dropout: 0.2, name: "dense1" }, { units: 3, activation: "tanh", l2: 0.1 }],
      task: "binary",
      outputName: "head",
      seed: 11,
      compile: { optimizer: "rmsprop", learningRate: 0.02, metrics: ["accuracy"] },
    };
    const model = buildModel(spec);
    const { x, y } = data(5, 30, 4, 2);
    model.fit(x, y, { epochs: 2, batchSize: 10 });
    const json = JSON.parse(JSON.stringify(model.toJSON())) as unknown;
    const loaded = Sequential.fromJSON(json);
    expect(loaded.toJSON()).toEqual(model.toJSON());
    expect(loaded.layers.map((l) => l.name)).toEqual(["dense1", "dense1_batchNorm", "dense1_dropout", "hidden_2", "head"]);
    expect(Array.from(loaded.predict(x).data)).toEqual(Array.from(model.predict(x).data));
    expect([loaded.loss?.name, loaded.optimizer?.getConfig().name, loaded.metrics]).toEqual(["binaryCrossEntropy", "rmsprop", ["accuracy"]]);
    // Training on continues identically: same optimizer moments, same generator position.
    expect(loaded.fit(x, y, { epochs: 2, batchSize: 10 }).loss).toEqual(model.fit(x, y, { epochs: 2, batchSize: 10 }).loss);
  });
});
