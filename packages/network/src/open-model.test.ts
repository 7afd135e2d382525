import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { Dense } from "@backprop/layers";
import { adam } from "@backprop/optimizers";
import { Sequential } from "./sequential.js";
import { sequential } from "./sequential-factory.js";

const xor = [[0, 0], [0, 1], [1, 0], [1, 1]];
const xorLabels = [0, 1, 1, 0];

function meanSquaredError(pred: Matrix, y: readonly number[]): number {
  return Array.from(pred.data).reduce((s, p, i) => s + (p - (y[i] as number)) ** 2, 0) / y.length;
}

describe("compile and the remembered loss", () => {
  it("after fit({ loss: 'mse' }), evaluate scores mse (not the sigmoid head's BCE)", () => {
    const m = sequential([2, 4, 1], { activations: ["tanh", "sigmoid"], seed: 1 });
    m.fit(xor, xorLabels, { loss: "mse", epochs: 50, learningRate: 0.5 });
    expect(m.evaluate(xor, xorLabels).loss).toBe(meanSquaredError(m.predict(xor), xorLabels));
  });

  it("compile sets the loss, optimizer and metrics that fit and evaluate use", () => {
    const m = sequential([2, 4, 1], { activations: ["tanh", "sigmoid"], seed: 1 });
    const opt = adam({ learningRate: 0.05 });
    m.compile({ loss: "mse", optimizer: opt, metrics: ["accuracy"] });
    const h = m.fit(xor, xorLabels, { epochs: 30 });
    expect(opt.iterations).toBe(30);
    expect(h.accuracy).toHaveLength(30);
    const e = m.evaluate(xor, xorLabels);
    expect(e.loss).toBe(meanSquaredError(m.predict(xor), xorLabels));
    expect(e.accuracy).toBe(m.accuracy(xor, xorLabels));
    m.fit(xor, xorLabels, { epochs: 5 });
    expect(opt.iterations).toBe(35);
  });

  it("refuses unknown compile options and metrics", () => {
    const m = sequential([2, 1], { seed: 0 });
    expect(() => m.compile({ optimiser: "adam" } as never)).toThrow(/^compile: unknown option "optimiser"\. Expected one of: loss, optimizer, learningRate, metrics\.$/);
    expect(() => m.compile({ metrics: ["acc"] })).toThrow(/^compile: unknown metric "acc"\./);
    expect(() => m.compile({ loss: "mae2" as never })).toThrow(/getLoss: unknown loss "mae2"/);
  });
});

describe("plain arrays in", () => {
  it("fit, predict, predictClasses, predictProba, evaluate and score take number[][] and number[] like a Matrix", () => {
    const a = sequential([2, 4, 1], { activations: ["tanh", "sigmoid"], seed: 5 });
    const b = sequential([2, 4, 1], { activations: ["tanh", "sigmoid"], seed: 5 });
    const ha = a.fit(xor, xorLabels, { epochs: 20, learningRate: 1 });
    const hb = b.fit(Matrix.from(xor), Int32Array.from(xorLabels), { epochs: 20, learningRate: 1 });
    expect(ha.loss).toEqual(hb.loss);
    expect(Array.from(a.predict(xor).data)).toEqual(Array.from(b.predict(Matrix.from(xor)).data));
    expect(Array.from(a.predictClasses(xor))).toEqual(Array.from(b.predictClasses(Matrix.from(xor))));
    expect(a.evaluate(xor, xorLabels)).toEqual(b.evaluate(Matrix.from(xor), xorLabels));
    expect(a.predict([Float64Array.of(0, 1)]).get(0, 0)).toBe(b.predict(Matrix.from([[0, 1]])).get(0, 0));
  });

  it("keeps the shape errors", () => {
    const m = sequential([2, 1], { seed: 0 });
    expect(() => m.fit([[0, 0], [0]], [0, 1])).toThrow(/^fit: every row of x must have 2 values, as the first\. Received: x\[1\] is an array of length 1\.$/);
    expect(() => m.predict([[1, 2, 3]])).toThrow(/^predict: x must have 2 columns, the first layer's input size\. Received: x\.shape=\[1,3\]\.$/);
    expect(() => m.predict("x" as never)).toThrow(/^predict: x must be a Matrix or an array of rows \(number\[\]\[\]\)\. Received: string x\.$/);
    expect(() => m.fit([[0, 0], [0, 1]], [0])).toThrow(/^fit: x and y must have the same number of rows\. Received: x has 2 rows, y has 1 labels\.$/);
  });

  it("a regression model reads a flat y as values", () => {
    const m = sequential([1, 1], { activations: "linear", seed: 0 });
    const x = [[0], [1], [2], [3]];
    const y = Float64Array.of(1, 3, 5, 7);
    m.fit(x, y, { epochs: 400, learningRate: 0.05 });
    expect(m.predict([[4]]).get(0, 0)).toBeCloseTo(9, 3);
    // R² against a hand computation: 1 − SS_res / SS_tot with ȳ = 4, SS_tot = 20.
    const pred = Array.from(m.predict(x).data);
    const ssRes = pred.reduce((s, p, i) => s + ((y[i] as number) - p) ** 2, 0);
    expect(m.score(x, y)).toBe(1 - ssRes / 20);
    expect(() => m.predictProba(x)).toThrow(/^predictProba: this is a regression model/);
  });
});

describe("multi-label and predictProba", () => {
  const x = [[0, 0], [0, 1], [1, 0], [1, 1]];
  // Two labels per row: "any input on" and "both inputs on".
  const y = [[0, 0], [1, 0], [1, 0], [1, 1]];

  it("k sigmoid outputs are thresholded per column, and accuracy counts per label", () => {
    const m = sequential([2, 8, 2], { activations: ["tanh", "sigmoid"], seed: 2 });
    expect(m.task).toBe("multiLabel");
    m.fit(x, y, { epochs: 500, learningRate: 1, metrics: ["accuracy"] });
    const p = m.predict(x);
    const expected = Array.from(p.data, (v) => (v > 0.5 ? 1 : 0));
    expect(Array.from(m.predictClasses(x))).toEqual(expected);
    const right = expected.filter((v, k) => v === (y.flat()[k] as number)).length;
    expect(m.accuracy(x, y)).toBe(right / 8);
    expect(Array.from(m.predictProba(x).data)).toEqual(Array.from(p.data));
  });

  it("one sigmoid output gives [1 − p, p]; softmax rows are returned as they are", () => {
    const bin = sequential([2, 3, 1], { activations: ["relu", "sigmoid"], seed: 4 });
    const p = bin.predict(x);
    const proba = bin.predictProba(x);
    expect(proba.shape).toEqual([4, 2]);
    for (let i = 0; i < 4; i++) {
      expect(proba.get(i, 1)).toBe(p.get(i, 0));
      expect(proba.get(i, 0)).toBe(1 - p.get(i, 0));
    }
    const multi = sequential([2, 3, 3], { seed: 4 });
    expect(Array.from(multi.predictProba(x).data)).toEqual(Array.from(multi.predict(x).data));
  });

  it("predictClasses refuses a threshold outside (0, 1)", () => {
    const m = sequential([2, 1], { seed: 0 });
    expect(() => m.predictClasses(x, Number.NaN)).toThrow(/^predictClasses: threshold must be a number in \(0, 1\)\. Received: threshold=NaN\.$/);
  });
});

describe("score, scikit-learn-shaped", () => {
  it("is the accuracy of a classifier", () => {
    const m = sequential([2, 4, 1], { activations: ["tanh", "sigmoid"], seed: 3 });
    m.fit(xor, xorLabels, { epochs: 200, learningRate: 1 });
    expect(m.score(xor, xorLabels)).toBe(m.accuracy(xor, xorLabels));
  });

  it("refuses R² of a single row, as @backprop/metrics' r2Score does (scikit-learn: nan, 'not well-defined with less than two samples')", () => {
    const m = sequential([1, 1], { activations: "linear", seed: 0 });
    expect(() => m.score([[2]], [5])).toThrow(new RangeError("score: R² needs at least 2 samples. Received: 1 sample."));
    // Exact predictions used to score 1, wrong ones 0; two rows are defined.
    const w = m.params()[0]!.value.get(0, 0), b = m.params()[1]!.value.get(0, 0);
    expect(() => m.score([[2]], [2 * w + b])).toThrow(RangeError);
    expect(m.score([[0], [1]], [b, w + b])).toBe(1);
  });
});

describe("model files: sizes are checked before anything is allocated", () => {
  const small = sequential([2, 1], { seed: 0 }).toJSON();

  it("a batch-norm layer declaring 1e9 features is refused at once", () => {
    const hostile = { ...small, layers: [{ type: "batchNorm", features: 1e9, momentum: 0.9, epsilon: 1e-8, gamma: [1], beta: [0], runningMean: [0], runningVar: [1] }] };
    expect(() => Sequential.fromJSON(hostile)).toThrow(/^Sequential\.fromJSON: layers\[0\]\.gamma must be an array of 1000000000 numbers\. Received: an array of length 1\.$/);
  });

  it("a dense layer declaring 1e9 units is refused before its weights are allocated", () => {
    const hostile = { ...small, layers: [{ type: "dense", inputSize: 2, units: 1e9, activation: "linear", weights: [[1], [2]], bias: [0] }] };
    expect(() => Sequential.fromJSON(hostile)).toThrow(/^Sequential\.fromJSON: layers\[0\]\.weights\[0\] must be an array of 1000000000 numbers\. Received: an array of length 1\.$/);
  });

  it("refuses a bias beside useBias: false, unknown fields, and prototype keys as layer types", () => {
    const dense = (small.layers[0] as Record<string, unknown>);
    expect(() => Sequential.fromJSON({ ...small, layers: [{ ...dense, useBias: false, bias: [0.5] }] })).toThrow(/layers\[0\]\.bias must be all zeros \(or absent\) when useBias is false/);
    expect(() => Sequential.fromJSON({ ...small, layers: [{ ...dense, units2: 3 }] })).toThrow(/^Sequential\.fromJSON: layers\[0\]\.units2 is not a known field\./);
    expect(() => Sequential.fromJSON({ ...small, layers: [{ ...dense, type: "constructor" }] })).toThrow(/layers\[0\]\.type "constructor" is not a known layer type/);
    expect(() => Sequential.fromJSON({ ...small, extra: 1 })).toThrow(/^Sequential\.fromJSON: extra is not a field of the model file\./);
  });

  it("reads a file with a UTF-8 byte-order mark, and refuses a deeply nested one cleanly", () => {
    expect(Sequential.fromJSON(`\uFEFF${JSON.stringify(small)}`).inputSize).toBe(2);
    const deep = `${"[".repeat(100000)}${"]".repeat(100000)}`;
    expect(() => Sequential.fromJSON(`{"format":"backprop.network","version":2,"layers":${deep}}`)).toThrow(/^Sequential\.fromJSON: /);
  });

  it("version 1 files keep loading", () => {
    const v1 = { format: "backprop.network", version: 1, seed: 3, layers: [{ type: "dense", inputSize: 2, units: 1, activation: "sigmoid", weights: [[0.5], [-1]], bias: [0.25] }] };
    const m = Sequential.fromJSON(v1);
    expect(m.predict([[1, 1]]).get(0, 0)).toBe(1 / (1 + Math.exp(0.25)));
    expect(m.seed).toBe(3);
    expect(m.toJSON().version).toBe(2);
  });

  it("checks the training section against the layers", () => {
    const m = sequential([2, 1], { seed: 0 }).compile({ optimizer: "adam" });
    m.fit(xor, xorLabels, { epochs: 2 });
    const json = m.toJSON();
    const training = json.training!;
    const badState = { ...training, optimizer: { ...training.optimizer!, state: { iterations: 2, slots: [null] } } };
    expect(() => Sequential.fromJSON({ ...json, training: badState })).toThrow(/^Sequential\.fromJSON: training\.optimizer\.state is not valid: adam\.importState: slots must hold one entry per param \(2\)\. Received: 1\.$/);
    const badRng = { ...training, rng: { ...training.rng, key: [1, 2] } };
    expect(() => Sequential.fromJSON({ ...json, training: badRng })).toThrow(/training\.rng is not valid: RandomState\.fromState: state\.key must be an array of 624 integers/);
  });
});

describe("no special cases by class", () => {
  it("a layer from a second copy of the package (same shape, different class) gets the fused gradient", () => {
    const rng = new RandomState(0);
    const real = new Dense(2, 1, { activation: "sigmoid", rng });
    // An object that is not a Dense instance but offers the same capabilities.
    const lookalike = {
      type: "dense", name: "copy", inputSize: 2, outputSize: 1, activation: real.activation, kernel: real.kernel,
      forward: real.forward.bind(real), backward: real.backward.bind(real), backwardFromZ: real.backwardFromZ.bind(real),
      params: real.params.bind(real), regularizationLoss: () => 0, toJSON: real.toJSON.bind(real),
    };
    let fusedCalls = 0;
    const counting = { ...lookalike, backwardFromZ: (dz: Matrix) => { fusedCalls++; return real.backwardFromZ(dz); } };
    const m = new Sequential([counting], { seed: 0 });
    m.fit(xor, xorLabels, { epochs: 3 });
    expect(fusedCalls).toBe(3);
    expect(m.gradientStats(xor, xorLabels).map((s) => s.name)).toEqual(["copy"]);
  });
});

describe("a prediction is never NaN without a word", () => {
  it("inputs near 1e308 overflow: predict says so instead of returning NaN", () => {
    const m = new Sequential([new Dense(1, 1, { weights: Matrix.from([[10]]), activation: "linear" })], { seed: 0 });
    expect(() => m.predict([[1e308]])).toThrow(/^predict: the output overflowed to Infinity at row 0, column 0; the inputs \(scale them\) or the weights are too large for float64\./);
    expect(() => m.predictClasses([[1e308]])).toThrow(/^predictClasses: the output overflowed/);
    expect(m.predict([[1]]).get(0, 0)).toBe(10);
  });
});
