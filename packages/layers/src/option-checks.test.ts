import { describe, expect, it } from "vitest";
import { Matrix, RandomState, ShapeError } from "@backprop/linalg";
import { BatchNorm, batchNorm } from "./batch-norm.js";
import { Dense, dense } from "./dense.js";
import { Dropout } from "./dropout.js";
import { l2 } from "./regularizers.js";

describe("layer constructors refuse options they would otherwise ignore or turn into NaN", () => {
  it("Dense: unknown options name the key and list the known ones", () => {
    expect(() => new Dense(4, 3, { activaton: "relu", seed: 1 } as never)).toThrow(
      /^Dense: unknown option "activaton"\. Expected one of: activation, initializer, regularizer, useBias, rng, seed, weights, bias, name\.$/,
    );
    expect(() => dense({ inputSize: 4, units: 3, seed: 1, kernelRegularizer: l2(0.1) } as never)).toThrow(/^Dense: unknown option "kernelRegularizer"\./);
    expect(() => new Dense(4, 3, "relu" as never)).toThrow(/^Dense: options must be an object\. Received: "relu"\.$/);
  });

  it("Dense: a weight matrix above MAX_ELEMENTS is refused by name before anything is drawn or allocated", () => {
    expect(() => new Dense(4, 1e9, { seed: 1 })).toThrow(RangeError);
    expect(() => new Dense(4, 1e9, { seed: 1 })).toThrow(/^Dense: inputSize × units must be ≤ MAX_ELEMENTS \(268435456 weights\)\. Received: inputSize=4, units=1000000000 \(4000000000 weights\)\.$/);
  });

  it("Dense: weights and bias must be matrices of the right shape holding finite numbers", () => {
    expect(() => new Dense(4, 3, { weights: NaN } as never)).toThrow(TypeError);
    expect(() => new Dense(4, 3, { weights: NaN } as never)).toThrow(/^Dense: weights must be a Matrix \(4×3\)\. Received: weights=NaN\.$/);
    expect(() => new Dense(4, 3, { weights: [[1, 2, 3]] } as never)).toThrow(/^Dense: weights must be a Matrix \(4×3\)\. Received: weights=an array of length 1\.$/);
    expect(() => new Dense(4, 3, { weights: new Matrix(3, 4) })).toThrow(ShapeError);
    expect(() => new Dense(4, 3, { weights: new Matrix(3, 4) })).toThrow(/^Dense: weights must be 4×3\. Received: weights\.shape=\[3,4\]\.$/);
    const w = new Matrix(4, 3);
    w.set(2, 1, Number.POSITIVE_INFINITY);
    expect(() => new Dense(4, 3, { weights: w })).toThrow(RangeError);
    expect(() => new Dense(4, 3, { weights: w })).toThrow(/^Dense: weights must hold finite numbers\. Received: weights\[2\]\[1\]=Infinity\.$/);
    const b = new Matrix(1, 3);
    b.set(0, 1, NaN); // Matrix.from refuses NaN itself; a matrix can still come to hold one
    expect(() => new Dense(4, 3, { seed: 1, bias: b })).toThrow(/^Dense: bias must hold finite numbers\. Received: bias\[0\]\[1\]=NaN\.$/);
    expect(() => new Dense(4, 3, { seed: 1, bias: new Matrix(3, 1) })).toThrow(/^Dense: bias must be 1×3\. Received: bias\.shape=\[3,1\]\.$/);
  });

  it("Dense: options of the wrong type are TypeErrors naming the option", () => {
    expect(() => new Dense(4, 3, { seed: "1" } as never)).toThrow(/^Dense: seed must be a number\. Received: seed="1"\.$/);
    expect(() => new Dense(4, 3, { seed: 1, useBias: "no" } as never)).toThrow(/^Dense: useBias must be a boolean\. Received: useBias="no"\.$/);
    expect(() => new Dense(4, 3, { seed: 1, name: 7 } as never)).toThrow(/^Dense: name must be a string\. Received: name=7\.$/);
    expect(() => new Dense(4, 3, { rng: 42 } as never)).toThrow(/^Dense: rng must be a RandomState\. Received: rng=42\.$/);
    expect(() => new Dense(4, 3, { seed: 1, regularizer: 0.01 } as never)).toThrow(/^Dense: regularizer must be a regularizer \(l1, l2 or l1l2\)\. Received: regularizer=0\.01\.$/);
  });

  it("Dense: every valid option still builds, and the starting weights are copied", () => {
    const w = Matrix.from([[1, 2], [3, 4]]);
    const layer = new Dense(2, 2, { activation: "relu", regularizer: l2(0.1), useBias: true, weights: w, bias: Matrix.from([[0, 1]]), name: "d", rng: new RandomState(0), seed: 3, initializer: "he" });
    w.set(0, 0, 9);
    expect(layer.weights.value.toArray()).toEqual([[1, 2], [3, 4]]);
  });

  it("Dropout and BatchNorm: unknown options and wrong types", () => {
    expect(() => new Dropout(0.5, { sed: 1 } as never)).toThrow(/^Dropout: unknown option "sed"\. Expected one of: rng, seed, name\.$/);
    expect(() => new Dropout(0.5, { rng: {} } as never)).toThrow(/^Dropout: rng must be a RandomState\. Received: rng=an object\.$/);
    expect(() => new Dropout(0.5, { name: ["a"] } as never)).toThrow(/^Dropout: name must be a string\. Received: name=an array of length 1\.$/);
    expect(() => new BatchNorm(4, { momentun: 0.99 } as never)).toThrow(/^BatchNorm: unknown option "momentun"\. Expected one of: momentum, epsilon, name\.$/);
    expect(() => batchNorm({ features: 4, eps: 1e-5 } as never)).toThrow(/^BatchNorm: unknown option "eps"\./);
    expect(() => new BatchNorm(4, { name: 1 } as never)).toThrow(/^BatchNorm: name must be a string\. Received: name=1\.$/);
    expect(() => new BatchNorm(4, { momentum: 0.99, epsilon: 1e-5, name: "bn" })).not.toThrow();
  });
});
