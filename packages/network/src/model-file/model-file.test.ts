import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { StandardScaler } from "@backprop/data";
import { BatchNorm, Dense, Dropout, l2 } from "@backprop/layers";
import { Sequential } from "../sequential.js";
import { sequential } from "../sequential-factory.js";

const x = new RandomState(2).randn(7, 4);

function model(): Sequential {
  const r = new RandomState(6);
  const m = new Sequential([
    new Dense(4, 5, { activation: { name: "leakyRelu", alpha: 0.2 }, rng: r, regularizer: l2(0.01), name: "hidden" }),
    new Dropout(0.3),
    new BatchNorm(5),
    new Dense(5, 3, { activation: "softmax", rng: r, useBias: false }),
  ], { seed: 99 });
  m.fit(x, Int32Array.from([0, 1, 2, 0, 1, 2, 0]), { epochs: 3, learningRate: 0.1, batchSize: 4 });
  return m;
}

describe("toJSON / fromJSON", () => {
  it("round-trips: the loaded model predicts identically, through JSON text too", () => {
    const original = model();
    original.featureNames = ["a", "b", "c", "d"];
    original.classNames = ["x", "y", "z"];
    original.preprocessing = new StandardScaler().fit(Matrix.from([[1, 2, 3, 4], [3, 2, 7, 8]])).toJSON();
    const text = JSON.stringify(original.toJSON());
    const loaded = Sequential.fromJSON(text);
    expect(loaded.predict(x).equals(original.predict(x))).toBe(true);
    expect(loaded.toJSON()).toEqual(original.toJSON());
    expect([loaded.seed, loaded.featureNames, loaded.classNames]).toEqual([99, ["a", "b", "c", "d"], ["x", "y", "z"]]);
    expect(loaded.preprocessing).toEqual(original.preprocessing);
  });

  it("writes weights indexed [input][unit] as DESIGN.md documents", () => {
    const m = sequential([2, 3, 1], { seed: 0 });
    const json = m.toJSON();
    const first = m.layers[0] as Dense;
    expect(json.format).toBe("backprop.network");
    expect(json.version).toBe(2);
    expect(json.layers[0]).toMatchObject({ type: "dense", inputSize: 2, units: 3, activation: "relu" });
    expect((json.layers[0] as unknown as { weights: number[][] }).weights).toEqual(first.weights.value.toArray());
    expect((json.layers[0] as unknown as { weights: number[][] }).weights[1]?.[2]).toBe(first.weights.value.get(1, 2));
  });

  it("stores leaky ReLU's alpha, default 0.01", () => {
    const m = sequential([2, 3, 1], { activations: ["leakyRelu", "sigmoid"], seed: 0 });
    expect(m.toJSON().layers[0]).toMatchObject({ activation: "leakyRelu", activationConfig: { alpha: 0.01 } });
    const loaded = Sequential.fromJSON(model().toJSON());
    expect((loaded.layers[0] as Dense).activation.config).toEqual({ alpha: 0.2 });
  });

  it("never writes names its reader would refuse: one feature name per input, one class name per class (two for one output)", () => {
    const m = sequential([2, 3, 1], { seed: 0 });
    m.featureNames = ["x₁", "x₂", "x₁²"];
    expect(() => m.toJSON()).toThrow(/^toJSON: model\.featureNames must hold 2 names, one per input, as Sequential\.fromJSON reads them\. Received: 3 names\.$/);
    m.featureNames = ["x₁", "x₂"];
    m.classNames = ["yes"];
    expect(() => m.toJSON()).toThrow(/^toJSON: model\.classNames must hold 2 names, one per class, as Sequential\.fromJSON reads them\. Received: 1 name\.$/);
    m.classNames = ["no", "yes"];
    expect(Sequential.fromJSON(JSON.stringify(m.toJSON())).classNames).toEqual(["no", "yes"]);
  });

  it("never writes Infinity or NaN", () => {
    const m = sequential([2, 1], { seed: 0 });
    (m.layers[0] as Dense).weights.value.set(1, 0, Number.NaN);
    expect(() => m.toJSON()).toThrow(/^toJSON: model\.layers\[0\]\.weights\[1\]\[0\] is NaN; model JSON holds finite numbers only\./);
    const p = sequential([2, 1], { seed: 0 });
    p.preprocessing = { scale: [1, Infinity] };
    expect(() => p.toJSON()).toThrow(/^toJSON: model\.preprocessing\.scale\[1\] is Infinity/);
  });

  describe("malformed files name the field", () => {
    const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(sequential([2, 3, 1], { seed: 0 }).toJSON()));
    const cases: [string, (j: Record<string, unknown>) => unknown, RegExp][] = [
      ["format", (j) => ({ ...j, format: "keras" }), /^Sequential\.fromJSON: format must be "backprop\.network"\. Received: "keras"\.$/],
      ["version", (j) => ({ ...j, version: 3 }), /^Sequential\.fromJSON: version must be 1 or 2\. Received: 3\.$/],
      ["layers", (j) => ({ ...j, layers: [] }), /^Sequential\.fromJSON: layers must be a non-empty array\./],
      ["layer type", (j) => { (j.layers as Record<string, unknown>[])[1]!.type = "conv"; return j; }, /^Sequential\.fromJSON: layers\[1\]\.type "conv" is not a known layer type\. Register its reader: \{ layers: \{ "conv": MyLayer\.fromJSON \} \}\. Known: dense, dropout, batchNorm\.$/],
      ["weights rows", (j) => { (j.layers as Record<string, unknown>[])[0]!.weights = [[1, 2, 3]]; return j; }, /^Sequential\.fromJSON: layers\[0\]\.weights must be an array of 2 rows\. Received: an array of length 1\.$/],
      ["weight value", (j) => { ((j.layers as { weights: unknown[][] }[])[0]!.weights[1] as unknown[])[2] = null; return j; }, /^Sequential\.fromJSON: layers\[0\]\.weights\[1\]\[2\] must be a finite number\. Received: null\.$/],
      ["bias", (j) => { (j.layers as Record<string, unknown>[])[1]!.bias = [0, 0]; return j; }, /^Sequential\.fromJSON: layers\[1\]\.bias must be an array of 1 numbers\. Received: an array of length 2\.$/],
      ["units", (j) => { (j.layers as Record<string, unknown>[])[0]!.units = 0; return j; }, /^Sequential\.fromJSON: layers\[0\]\.units must be an integer ≥ 1\. Received: 0\.$/],
      ["activation", (j) => { (j.layers as Record<string, unknown>[])[0]!.activation = "rleu"; return j; }, /^Sequential\.fromJSON: layers\[0\]\.activation is not a known activation\. getActivation: unknown activation "rleu"\. Expected one of: .*\. For your own, register it: \{ activations: \{ "rleu": myActivation \} \}\.$/],
      ["chained sizes", (j) => { const l = (j.layers as Record<string, unknown>[])[1]!; l.inputSize = 2; l.weights = [[1], [2]]; return j; }, /^Sequential: layer 1 \(dense_2\) expects 2 inputs but the previous layer gives 3\./],
      ["featureNames", (j) => ({ ...j, featureNames: ["only one"] }), /^Sequential\.fromJSON: featureNames must be an array of 2 strings\. Received: an array of length 1\.$/],
      ["text", () => "{not json", /^Sequential\.fromJSON: the text is not valid JSON/],
    ];
    for (const [name, mutate, message] of cases) {
      it(name, () => expect(() => Sequential.fromJSON(mutate(good()))).toThrow(message));
    }
  });
});
