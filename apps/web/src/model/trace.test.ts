import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { Dense } from "@backprop/layers";
import { Sequential, TrainingSession } from "@backprop/network";
import { gradientRelativeError, numericalGradient } from "@backprop/testing";
import { buildModel, fitOptions } from "./build-model.js";
import { prepareData } from "./prepare-data.js";
import { targetRow, tracePoint } from "./trace.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";

/** A playground model trained `epochs` epochs on its data, and the first training point as `x`, `y`. */
function trained(patch: Partial<PlaygroundConfig>, epochs: number) {
  const config = { ...defaultConfig(), ...patch };
  const data = prepareData(config);
  const classes = data.view.classNames.length;
  const outputs = classes > 2 ? classes : 1;
  const model = buildModel(config, data.xTrain.cols, outputs);
  const trainer = new TrainingSession(model, data.xTrain, data.yTrain, fitOptions(config));
  for (let e = 0; e < epochs; e++) trainer.runEpoch();
  const x = new Matrix(1, data.xTrain.cols, data.xTrain.data.slice(0, data.xTrain.cols));
  const y = targetRow(data.yTrain[0]!, outputs);
  return { model, x, y, config };
}

const dense = (model: Sequential) => model.layers.filter((l): l is Dense => l instanceof Dense);
const flat = (rows: number[][]) => rows.flat();

/** The library's own gradients for the one-row batch (x, y): `backwardFrom` on the model's output. */
function libraryGradients(model: Sequential, x: Matrix, y: Matrix): { dW: number[]; db: number[] }[] {
  model.backwardFrom(model.forward(x, false), y, model.loss!);
  return dense(model).map((l) => ({ dW: Array.from(l.weights.grad.data), db: Array.from(l.bias.grad.data) }));
}

/** Central differences of the whole objective `ℓ(f(x), y) + penalty` with respect to every weight and bias. */
function numericalGradients(model: Sequential, x: Matrix, y: Matrix): { dW: Float64Array; db: Float64Array }[] {
  const objective = () => model.loss!.forward(model.forward(x, false), y) + model.regularizationLoss();
  return dense(model).map((l) => ({ dW: numericalGradient(l.weights.value.data, objective, 1e-5), db: numericalGradient(l.bias.value.data, objective, 1e-5) }));
}

const SETUPS: [string, Partial<PlaygroundConfig>][] = [
  ["circles, 2×4 tanh, sigmoid + binary cross-entropy (fused), Adam", { hidden: [4, 4] }],
  ["spiral, relu + dropout + L2, softmax + categorical cross-entropy (fused), momentum", { dataset: "spiral", hidden: [6, 5], activation: "relu", dropout: 0.2, regularization: "l2", regRate: 0.01, optimizer: "momentum" }],
  ["xor, sigmoid + squared error (not fused), L1, RMSprop", { dataset: "xor", hidden: [3], activation: "sigmoid", loss: "mse", regularization: "l1", regRate: 0.003, optimizer: "rmsprop" }],
  ["iris, no hidden layer, softmax, SGD", { dataset: "iris", hidden: [], optimizer: "sgd", learningRate: 0.1 }],
];

describe("tracePoint", () => {
  for (const [name, patch] of SETUPS) {
    describe(name, () => {
      it("forward: each z is x·W + b, each a the next layer's x, and the output equals model.forward to the bit", () => {
        const { model, x, y } = trained(patch, 3);
        const trace = tracePoint(model, x, y);
        expect(trace.layers.at(-1)!.a).toEqual(Array.from(model.forward(x, false).data));
        trace.layers.forEach((l, k) => {
          if (k > 0) expect(l.x).toEqual(trace.layers[k - 1]!.a);
          l.z.forEach((z, j) => expect(z).toBeCloseTo(l.x.reduce((s, xi, i) => s + xi * l.W[i]![j]!, l.b[j]!), 12));
        });
        expect(trace.loss).toBe(model.loss!.forward(model.forward(x, false), y));
      });

      it("backward: dW and db equal the library's for a one-row batch (to the bit) and central differences; dX feeds the layer below", () => {
        const { model, x, y } = trained(patch, 3);
        const trace = tracePoint(model, x, y);
        const library = libraryGradients(model, x, y);
        const numerical = numericalGradients(model, x, y);
        trace.layers.forEach((l, k) => {
          expect(flat(l.dW)).toEqual(library[k]!.dW);
          expect(l.db).toEqual(library[k]!.db);
          expect(gradientRelativeError(flat(l.dW), numerical[k]!.dW)).toBeLessThan(1e-6);
          expect(gradientRelativeError(l.db, numerical[k]!.db)).toBeLessThan(1e-6);
          expect(l.db).toEqual(l.dZ);
          if (k > 0) expect(l.dX).toEqual(trace.layers[k - 1]!.dA);
          else expect(l.dX).toBeNull();
          // dW = xᵀ·dZ, plus the penalty's gradient only when there is a penalty.
          l.xTdZ.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(l.x[i]! * l.dZ[j]!, 14)));
          if (!patch.regularization) expect(l.dW).toEqual(l.xTdZ);
        });
        const out = trace.layers.at(-1)!;
        if (trace.fused) {
          expect(out.dA).toBeNull();
          expect(out.dZ).toEqual(out.a.map((a, j) => a - trace.target[j]!));
        } else {
          expect(out.dA).not.toBeNull();
        }
      });

      it("update: equals one step of the library's optimizer on that point, and leaves the model as it was", () => {
        const { model, x, y } = trained(patch, 3);
        const before = JSON.stringify(model.toJSON());
        const trace = tracePoint(model, x, y);
        expect(JSON.stringify(model.toJSON())).toBe(before);
        // The library's own training step on a copy (its optimizer state comes along in the model file).
        const copy = Sequential.fromJSON(before);
        copy.backwardFrom(copy.forward(x, false), y, copy.loss!);
        copy.optimizer!.step(copy.params());
        dense(copy).forEach((l, k) => {
          expect(trace.layers[k]!.newW).toEqual(l.weights.value.toArray());
          expect(trace.layers[k]!.newB).toEqual(Array.from(l.bias.value.data));
        });
        expect(trace.optimizer.step).toBe(model.optimizer!.iterations + 1);
      });
    });
  }

  it("update with SGD is W − η·dW, and equals a TrainingSession's first step on that one point", () => {
    const { model, x, y, config } = trained({ optimizer: "sgd", learningRate: 0.3 }, 0);
    const trace = tracePoint(model, x, y);
    for (const l of trace.layers) {
      l.newW.forEach((row, i) => row.forEach((w, j) => expect(w).toBeCloseTo(l.W[i]![j]! - 0.3 * l.dW[i]![j]!, 15)));
      l.newB.forEach((b, j) => expect(b).toBeCloseTo(l.b[j]! - 0.3 * l.db[j]!, 15));
    }
    // The real training loop on a one-point training set with batch size 1: exactly one step.
    new TrainingSession(model, x, Int32Array.from(y.data), { ...fitOptions(config), batchSize: 1, epochs: 1 }).runEpoch();
    dense(model).forEach((l, k) => expect(l.weights.value.toArray()).toEqual(trace.layers[k]!.newW));
  });

  it("update with Adam's first step moves each weight by η·g/(|g| + ε) (bias-corrected moments: m̂ = g, v̂ = g²)", () => {
    const { model, x, y } = trained({ optimizer: "adam", learningRate: 0.03 }, 0);
    const trace = tracePoint(model, x, y);
    expect(trace.optimizer).toEqual({ name: "adam", learningRate: 0.03, step: 1 });
    for (const l of trace.layers) {
      l.newW.forEach((row, i) => row.forEach((w, j) => {
        const g = l.dW[i]![j]!;
        expect(w).toBeCloseTo(l.W[i]![j]! - (0.03 * g) / (Math.abs(g) + 1e-8), 12);
      }));
    }
  });

  it("refuses an uncompiled model and more than one row", () => {
    const raw = new Sequential([new Dense(2, 1, { activation: "sigmoid", seed: 1 })], { seed: 1 });
    expect(() => tracePoint(raw, Matrix.from([[1, 2]]), Matrix.from([[1]]))).toThrow(/^tracePoint: the model must be compiled \(a loss and an optimizer\)\. Received: loss=none, optimizer=none\.$/);
    const { model } = trained({}, 0);
    expect(() => tracePoint(model, Matrix.from([[1, 2], [3, 4]]), Matrix.from([[1], [0]]))).toThrow(/^tracePoint: x and y must be one row each \(one point\)\. Received: x\.rows=2, y\.rows=2\.$/);
  });
});

describe("targetRow", () => {
  it("is [label] for one output and one-hot for several", () => {
    expect(Array.from(targetRow(1, 1).data)).toEqual([1]);
    expect(Array.from(targetRow(2, 3).data)).toEqual([0, 0, 1]);
  });
});
