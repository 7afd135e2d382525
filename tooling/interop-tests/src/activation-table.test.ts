import { toOnnx, toTfjs } from "@backprop/interop";
import { Matrix } from "@backprop/linalg";
import { expectClose } from "@backprop/testing";
import { describe, expect, it } from "vitest";
import { tfjsRefuses } from "./models.js";
import { asFloat32, runOnnx } from "./onnx-runtime.js";
import { memoryHandler, tf, tfjsPredict } from "./tfjs-runtime.js";

// The exporters' activation tables, name by name, against each activation's formula written out
// here by hand, independent of @backprop/activations (which may not have every name yet: a model
// file is plain JSON, so any name can be exported). A 1 → 1 identity Dense feeds z straight in.
const erf = (x: number): number => {
  // Abramowitz–Stegun 7.1.26 is too coarse; this series/continued-fraction pair is exact to ~1e-15.
  const t = Math.abs(x);
  if (t < 2.5) {
    let sum = 0, term = t;
    for (let n = 0; n < 60; n++) {
      sum += term / (2 * n + 1);
      term *= (-t * t) / (n + 1);
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  let f = 0;
  for (let n = 60; n >= 1; n--) f = (n / 2) / (t + f);
  return Math.sign(x) * (1 - Math.exp(-t * t) / Math.sqrt(Math.PI) / (t + f));
};
const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const SELU_A = 1.6732632423543772, SELU_L = 1.0507009873554805;
const FORMULAS: Record<string, [Record<string, number>, (x: number) => number]> = {
  sigmoid: [{}, (x) => 1 / (1 + Math.exp(-x))],
  relu: [{}, (x) => Math.max(0, x)],
  leakyRelu: [{ alpha: 0.2 }, (x) => (x > 0 ? x : 0.2 * x)],
  tanh: [{}, Math.tanh],
  linear: [{}, (x) => x],
  elu: [{ alpha: 0.7 }, (x) => (x > 0 ? x : 0.7 * Math.expm1(x))],
  eluOne: [{ alpha: 1 }, (x) => (x > 0 ? x : Math.expm1(x))],
  selu: [{}, (x) => SELU_L * (x > 0 ? x : SELU_A * Math.expm1(x))],
  gelu: [{}, (x) => 0.5 * x * (1 + erf(x / Math.SQRT2))],
  geluTanh: [{}, (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)))],
  softplus: [{}, softplus],
  softsign: [{}, (x) => x / (1 + Math.abs(x))],
  swish: [{}, (x) => x / (1 + Math.exp(-x))],
  hardSigmoid: [{ alpha: 0.2, beta: 0.5 }, (x) => Math.max(0, Math.min(1, 0.2 * x + 0.5))],
  mish: [{}, (x) => x * Math.tanh(softplus(x))],
};
const z = Matrix.from(Array.from({ length: 41 }, (_, i) => [-6 + 0.3 * i + 0.01]));
const model = (name: string, config: Record<string, number>): never =>
  ({ format: "backprop.network", version: 1, layers: [{ type: "dense", inputSize: 1, units: 1, activation: name, activationConfig: config, weights: [[1]], bias: [0] }] }) as never;

describe("every activation in the exporters' tables computes its formula", () => {
  for (const [key, [config, f]] of Object.entries(FORMULAS)) {
    const name = key === "eluOne" ? "elu" : key;
    it(`${key}: ONNX Runtime (float64, float32) and TF.js`, async () => {
      const expected = Array.from(z.data, f);
      if (name === "gelu") expect(() => toOnnx(model(name, config), { dtype: "float64" })).toThrow(/gelu needs Erf/);
      else expectClose(await runOnnx(toOnnx(model(name, config), { dtype: "float64" }), z, "float64"), expected, { rtol: 1e-13, atol: 1e-15 });
      const z32 = asFloat32(z);
      const expected32 = Array.from(z32.data, f);
      for (const opset of [17, 21]) expectClose(await runOnnx(toOnnx(model(name, config), { opset }), z32, "float32"), expected32, { rtol: 1e-5, atol: 1e-6 });
      if (tfjsRefuses({ name, ...config })) {
        expect(() => toTfjs(model(name, config))).toThrow(/which TF\.js Layers does not have/);
      } else {
        const loaded = await tf.loadLayersModel(memoryHandler(toTfjs(model(name, config))));
        expectClose(tfjsPredict(loaded, z32), expected32, { rtol: 1e-5, atol: 1e-6 });
      }
    });
  }
});
