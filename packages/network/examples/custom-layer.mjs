// A layer and an activation of your own, written against the public API only: they train, pass
// the gradient check, save, and load again through the registry.
import { Matrix, RandomState, mul, sum } from "@backprop/linalg";
import { Dense, expectKnownKeys, expectObject, expectVector, field } from "@backprop/layers";
import { Sequential } from "@backprop/network";

/** y = x ⊙ s: one learned scale per feature. Backward: ds = Σᵢ dY ⊙ x, dX = dY ⊙ s. */
class Scale {
  type = "scale";
  outputSize = null;

  constructor(features, { name = "scale", scale } = {}) {
    this.name = name;
    this.inputSize = features;
    const s = scale ?? Matrix.ones(1, features);
    this.scale = { name: `${name}.scale`, value: s, grad: new Matrix(1, features) };
  }

  forward(x) {
    this.x = x;
    return mul(x, this.broadcast(x.rows, this.scale.value));
  }

  backward(dY) {
    sum(mul(dY, this.x), 0, this.scale.grad);
    return mul(dY, this.broadcast(dY.rows, this.scale.value));
  }

  params() {
    return [this.scale];
  }

  regularizationLoss() {
    return 0;
  }

  toJSON() {
    return { type: "scale", name: this.name, features: this.inputSize, scale: Array.from(this.scale.value.data) };
  }

  /** Reads { type: "scale", features, scale }, naming the wrong field (the helpers come from @backprop/layers). */
  static fromJSON(json, context) {
    const at = context?.at ?? { where: "Scale.fromJSON", path: "layer" };
    const obj = expectObject(at, json);
    expectKnownKeys(at, obj, ["type", "name", "features", "scale"]);
    const features = obj.features;
    const scale = expectVector(...field(at, obj, "scale"), features);
    return new Scale(features, { name: obj.name, scale: new Matrix(1, features, scale) });
  }

  broadcast(rows, row) {
    const out = new Matrix(rows, row.cols);
    for (let i = 0; i < rows; i++) out.row(i).set(row.data);
    return out;
  }
}

/** The bent identity f(z) = (√(z² + 1) − 1)/2 + z, f′(z) = z/(2√(z² + 1)) + 1. */
const bentIdentity = {
  name: "bentIdentity",
  config: {},
  forward(z, out = new Matrix(z.rows, z.cols)) {
    for (let k = 0; k < z.data.length; k++) out.data[k] = (Math.sqrt(z.data[k] ** 2 + 1) - 1) / 2 + z.data[k];
    return out;
  },
  backward(z, _a, dA, out = new Matrix(z.rows, z.cols)) {
    for (let k = 0; k < z.data.length; k++) out.data[k] = dA.data[k] * (z.data[k] / (2 * Math.sqrt(z.data[k] ** 2 + 1)) + 1);
    return out;
  },
};

const rng = new RandomState(0);
const x = rng.randn(64, 3);
const y = Matrix.fromArray(Array.from({ length: 64 }, (_, i) => 2 * x.get(i, 0) - x.get(i, 2)), 64, 1);
const model = new Sequential([new Scale(3), new Dense(3, 4, { activation: bentIdentity, rng }), new Dense(4, 1, { rng })], { rng });
model.compile({ loss: "mse", optimizer: "adam", learningRate: 0.05 });
const history = model.fit(x, y, { epochs: 200, batchSize: 16 });
console.log("loss after 1 and 200 epochs:", history.loss[0].toFixed(4), history.loss[199].toFixed(4));

const worst = Math.max(...model.gradientCheck(x, y).map((r) => r.maxRelativeError));
console.log("gradient check, worst relative error below 1e-6:", worst < 1e-6);

const text = JSON.stringify(model.toJSON());
try {
  Sequential.fromJSON(text);
} catch (error) {
  console.log(error.message);
}
const loaded = Sequential.fromJSON(text, { layers: { scale: Scale.fromJSON }, activations: { bentIdentity } });
const same = loaded.predict(x).data.every((v, i) => v === model.predict(x).data[i]);
console.log("reloaded model predicts identically:", same);
