import { describe, expect, it } from "vitest";
import { Matrix, RandomState, mul, sum, type Param } from "@backprop/linalg";
import { relu, type Activation } from "@backprop/activations";
import { mse, type Loss } from "@backprop/losses";
import { Dense, expectInteger, expectKnownKeys, expectObject, expectVector, field, type Layer, type LayerJSON, type LayerReadContext } from "@backprop/layers";
import { describeLayer } from "@backprop/testing";
import { Sequential } from "./index.js";

/** A user's layer, written against the public API only: `y = x ⊙ s`, one learned scale per feature. */
class Scale implements Layer {
  readonly type = "scale";
  readonly outputSize = null;
  readonly scale: Param;
  private x: Matrix | undefined;

  constructor(readonly inputSize: number, readonly name = "scale", values?: Float64Array) {
    this.scale = { name: `${name}.scale`, value: new Matrix(1, inputSize, values ?? new Float64Array(inputSize).fill(1)), grad: new Matrix(1, inputSize) };
  }

  private tiled(rows: number): Matrix {
    const out = new Matrix(rows, this.inputSize);
    for (let i = 0; i < rows; i++) out.row(i).set(this.scale.value.data);
    return out;
  }

  forward(x: Matrix): Matrix {
    if (x.cols !== this.inputSize) throw new RangeError(`${this.name}.forward: x must have ${this.inputSize} columns. Received: ${x.cols}.`);
    this.x = x;
    return mul(x, this.tiled(x.rows));
  }

  backward(dY: Matrix): Matrix {
    sum(mul(dY, this.x as Matrix), 0, this.scale.grad);
    return mul(dY, this.tiled(dY.rows));
  }

  params(): Param[] {
    return [this.scale];
  }

  regularizationLoss(): number {
    return 0;
  }

  toJSON(): LayerJSON {
    return { type: "scale", name: this.name, features: this.inputSize, scale: Array.from(this.scale.value.data) };
  }

  static fromJSON(json: unknown, context?: LayerReadContext): Scale {
    const at = context?.at ?? { where: "Scale.fromJSON", path: "layer" };
    const obj = expectObject(at, json);
    expectKnownKeys(at, obj, ["type", "name", "features", "scale"]);
    const features = expectInteger(...field(at, obj, "features"));
    return new Scale(features, typeof obj.name === "string" ? obj.name : "scale", expectVector(...field(at, obj, "scale"), features));
  }
}

/** A user's activation: softplus under a name of its own, `f(z) = ln(1 + eᶻ)`, `f′(z) = σ(z)`. */
const mySoftplus: Activation = {
  name: "mySoftplus",
  config: {},
  forward(z, out = new Matrix(z.rows, z.cols)) {
    z.data.forEach((v, k) => (out.data[k] = Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)))));
    return out;
  },
  backward(z, _a, dA, out = new Matrix(z.rows, z.cols)) {
    z.data.forEach((v, k) => (out.data[k] = (dA.data[k] as number) / (1 + Math.exp(-v))));
    return out;
  },
};

describeLayer("a user's Scale layer", {
  make: () => new Scale(3, "scale", Float64Array.of(0.5, -1, 2)),
  fromJSON: (json) => Scale.fromJSON(json),
  matrix: (r, c, d) => new Matrix(r, c, d),
  inputWidth: 3,
  trainingDiffers: false,
});

describe("a user's layer and activation in a model", () => {
  const rng = new RandomState(0);
  const x = rng.randn(40, 3) as Matrix;
  const y = Matrix.fromArray(Array.from({ length: 40 }, (_, i) => x.get(i, 0) - 2 * x.get(i, 1)), 40, 1);
  const build = (): Sequential => {
    const r = new RandomState(1);
    return new Sequential([new Scale(3), new Dense(3, 4, { activation: mySoftplus, rng: r }), new Dense(4, 1, { rng: r })], { rng: r });
  };

  it("trains, passes the gradient check, saves, loads with the registry and predicts identically", () => {
    const model = build().compile({ loss: "mse", optimizer: "adam", learningRate: 0.05 });
    const h = model.fit(x, y, { epochs: 60, batchSize: 8 });
    expect(h.loss[59]).toBeLessThan(h.loss[0] as number);
    expect(Math.max(...model.gradientCheck(x, y).map((r) => r.maxRelativeError))).toBeLessThan(1e-6);
    const text = JSON.stringify(model.toJSON());
    const loaded = Sequential.fromJSON(text, { layers: { scale: Scale.fromJSON }, activations: { mySoftplus } });
    expect(Array.from(loaded.predict(x).data)).toEqual(Array.from(model.predict(x).data));
    // And it resumes exactly, like a model of built-in layers.
    const more = build().compile({ loss: "mse", optimizer: "adam", learningRate: 0.05 });
    const whole = more.fit(x, y, { epochs: 70, batchSize: 8 });
    expect(loaded.fit(x, y, { epochs: 10, batchSize: 8 }).loss).toEqual(whole.loss.slice(60));
  });

  it("without the registry, loading names the unknown type or activation and how to register it", () => {
    const text = JSON.stringify(build().toJSON());
    expect(() => Sequential.fromJSON(text)).toThrow(/^Sequential\.fromJSON: layers\[0\]\.type "scale" is not a known layer type\. Register its reader: \{ layers: \{ "scale": MyLayer\.fromJSON \} \}\./);
    expect(() => Sequential.fromJSON(text, { layers: { scale: Scale.fromJSON } })).toThrow(
      /^Sequential\.fromJSON: layers\[1\]\.activation is not a known activation\. .*For your own, register it: \{ activations: \{ "mySoftplus": myActivation \} \}\.$/,
    );
  });

  it("a Dense subclass with a type of its own saves, and reads back as itself through its reader", () => {
    // Dense with its output doubled: its own type in the file, its reader rebuilds it from Dense's fields.
    class Doubled extends Dense {
      override readonly type = "doubled";
      override forward(input: Matrix): Matrix {
        return mul(super.forward(input), Matrix.fromArray(new Array(input.rows * this.units).fill(2), input.rows, this.units));
      }
      override toJSON() {
        return { ...super.toJSON(), type: "doubled" };
      }
      static read(json: unknown, context?: LayerReadContext): Doubled {
        const d = Dense.fromJSON({ ...(json as object), type: "dense" }, context);
        return new Doubled(d.inputSize, d.units, { weights: d.weights.value, bias: d.bias.value, activation: d.activation, name: d.name });
      }
    }
    const r = new RandomState(4);
    const model = new Sequential([new Doubled(3, 4, { rng: r, name: "twice" }), new Dense(4, 1, { rng: r })], { rng: r });
    const back = Sequential.fromJSON(JSON.stringify(model.toJSON()), { layers: { doubled: Doubled.read } });
    expect(back.layers[0]).toBeInstanceOf(Doubled);
    expect(Array.from(back.predict(x).data)).toEqual(Array.from(model.predict(x).data));
  });

  it("refuses to save an activation or loss of your own under a built-in's name, which would read back as the built-in", () => {
    // relu at twice the slope, named "relu": a file stores only the name, and "relu" reads back as max(0, z).
    const steepRelu: Activation = { ...relu, forward: (z, out) => mul(relu.forward(z), Matrix.fromArray(new Array(z.size).fill(2), z.rows, z.cols), out) };
    const r = new RandomState(1);
    const steep = new Sequential([new Dense(3, 4, { activation: steepRelu, rng: r, name: "steep" }), new Dense(4, 1, { rng: r })], { rng: r });
    expect(() => steep.toJSON()).toThrow(
      /^Dense\.toJSON: layer "steep" has an activation of your own named "relu", a built-in's name, so a model file would read back with the built-in relu in its place\. Give yours a name of its own and register it when reading the file: Sequential\.fromJSON\(json, \{ activations: \{ myName: yourActivation \} \}\)\. Received: activation\.name="relu"\.$/,
    );
    // Half the squared error, named "mse": resuming from the file would train on the built-in mse.
    const halfMse: Loss = { ...mse, forward: (p, t, w) => 0.5 * mse.forward(p, t, w) };
    const model = build().compile({ loss: halfMse, optimizer: "sgd" });
    expect(() => model.toJSON()).toThrow(
      /^toJSON: the model's loss is one of your own named "mse", a built-in's name, so the model file would read back with the built-in mse in its place\. Give yours a name of its own and register it when reading the file: Sequential\.fromJSON\(json, \{ losses: \{ myName: yourLoss \} \}\)\. Received: loss\.name="mse"\.$/,
    );
    // A Dense subclass that changes forward but inherits toJSON writes "dense": it would read back as a plain Dense.
    class Doubled extends Dense {
      override forward(input: Matrix): Matrix {
        return mul(super.forward(input), Matrix.fromArray(new Array(input.rows * this.units).fill(2), input.rows, this.units));
      }
    }
    const doubled = new Sequential([new Doubled(3, 4, { rng: r, name: "twice" }), new Dense(4, 1, { rng: r })], { rng: r });
    expect(() => doubled.toJSON()).toThrow(
      /^toJSON: layers\[0\] \("twice"\) is a layer of your own whose JSON has the type "dense", a built-in's, so the model file would read back with the built-in dense layer in its place\. Give yours a type of its own \(its `type` and its toJSON's\) and register its reader when reading the file: Sequential\.fromJSON\(json, \{ layers: \{ myType: MyLayer\.fromJSON \} \}\)\. Received: a Doubled writing type "dense"\.$/,
    );
    // A Dense from a second copy of @backprop/layers (another class named Dense, no base class) still saves.
    const copy = Object.create(Object.prototype, Object.getOwnPropertyDescriptors(Dense.prototype)) as { constructor: unknown };
    copy.constructor = { Dense: function () {} }.Dense;
    const other = new Sequential([Object.setPrototypeOf(new Dense(3, 4, { seed: 1 }), copy) as Dense]);
    expect(Array.from(Sequential.fromJSON(JSON.stringify(other.toJSON())).predict(x).data)).toEqual(Array.from(other.predict(x).data));
    // The built-ins themselves, settings and all, still save under their names.
    const builtIns = new Sequential([new Dense(3, 4, { activation: { name: "leakyRelu", alpha: 0.2 }, rng: r }), new Dense(4, 1, { rng: r })], { rng: r }).compile({ loss: { name: "huber", delta: 2 }, optimizer: "sgd" });
    const back = Sequential.fromJSON(JSON.stringify(builtIns.toJSON()));
    expect(Array.from(back.predict(x).data)).toEqual(Array.from(builtIns.predict(x).data));
  });
});
