import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { describeLayer } from "@backprop/testing";
import { BatchNorm } from "./batch-norm.js";
import { Dense } from "./dense.js";
import { Dropout } from "./dropout.js";
import { isBuiltInLayer, layerFromJSON } from "./layer-registry.js";
import { l2 } from "./regularizers.js";

const matrix = (rows: number, cols: number, data: Float64Array): Matrix => new Matrix(rows, cols, data);
const read = (json: unknown) => layerFromJSON(json);

for (const activation of ["linear", "sigmoid", "tanh", "relu", "leakyRelu", "softmax", "elu", "selu", "gelu", "geluTanh", "softplus", "softsign", "swish", "mish", "hardSigmoid"] as const) {
  describeLayer(`Dense (${activation})`, {
    make: () => new Dense(4, 3, { activation, seed: 1, regularizer: l2(0.1), name: `dense_${activation}` }),
    fromJSON: read,
    matrix,
    inputWidth: 4,
    trainingDiffers: false,
    // Kinks (relu at 0, hardSigmoid's corners) are never hit by these inputs; the smooth ones need no slack.
    tolerance: 1e-6,
  });
}

describeLayer("Dense without bias", {
  make: () => new Dense(3, 2, { seed: 2, useBias: false }),
  fromJSON: read,
  matrix,
  inputWidth: 3,
  trainingDiffers: false,
});

describeLayer("Dropout", {
  make: () => new Dropout(0.5, { seed: 3 }),
  fromJSON: read,
  matrix,
  inputWidth: 4,
  trainingDiffers: true,
  prepareTraining: (layer, x) => {
    const rng = new RandomState(9);
    layer.setFixedMask(Matrix.fromArray(Array.from({ length: x.rows * x.cols }, () => (rng.randomSample() < 0.5 ? 0 : 1)), x.rows, x.cols));
  },
});

describeLayer("BatchNorm", {
  make: () => {
    const bn = new BatchNorm(4, { momentum: 0.8, epsilon: 1e-5 });
    bn.gamma.value.data.set([1.5, 0.5, -1, 2]);
    bn.beta.value.data.set([0.1, -0.2, 0.3, 0]);
    bn.runningMean.data.set([0.2, -0.1, 0, 0.4]);
    bn.runningVar.data.set([1.2, 0.8, 2, 0.5]);
    return bn;
  },
  fromJSON: read,
  matrix,
  inputWidth: 4,
  trainingDiffers: true,
  tolerance: 1e-5,
});

describe("isBuiltInLayer", () => {
  it("is true for this package's own layers and false for a subclass or an object writing a built-in's type", () => {
    expect([new Dense(2, 3, { seed: 1 }), new Dropout(0.5), new BatchNorm(3)].map(isBuiltInLayer)).toEqual([true, true, true]);
    class Masked extends Dense {}
    const lookalike = { ...new Dropout(0.5), toJSON: () => ({ type: "dropout", rate: 0.5 }) };
    expect([isBuiltInLayer(new Masked(2, 3, { seed: 1 })), isBuiltInLayer(lookalike as never)]).toEqual([false, false]);
    // A Dense from a second copy of the package: another class named Dense, with no base class.
    const copy = Object.setPrototypeOf(new Dense(2, 3, { seed: 1 }), secondCopy(Dense.prototype, "Dense")) as Dense;
    expect([copy instanceof Dense, isBuiltInLayer(copy)]).toEqual([false, true]);
    // What layerFromJSON rebuilds from a built-in's JSON is the built-in again.
    expect(isBuiltInLayer(layerFromJSON(new Masked(2, 3, { seed: 1 }).toJSON()))).toBe(true);
  });
});

/** A copy of `proto` on a class of its own named `name` (no base class): what a second copy of the package makes. */
function secondCopy(proto: object, name: string): object {
  const copy = Object.create(Object.prototype, Object.getOwnPropertyDescriptors(proto)) as { constructor: unknown };
  copy.constructor = { [name]: function () {} }[name];
  return copy;
}
