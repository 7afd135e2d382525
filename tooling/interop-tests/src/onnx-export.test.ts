import { tanh, type Activation } from "@backprop/activations";
import { scale } from "@backprop/linalg";
import { MinMaxScaler, StandardScaler } from "@backprop/data";
import { decodeOnnx, toOnnx } from "@backprop/interop";
import { expectClose } from "@backprop/testing";
import { describe, expect, it } from "vitest";
import { ACTIVATIONS, activationModel, batchNormModel, irisModel, randomRows, regressionModel } from "./models.js";
import { asFloat32, runOnnx } from "./onnx-runtime.js";

// ONNX Runtime runs every exported graph on random inputs; backprop's own predict is the reference.
// float64: 1e-12 relative (plus 1e-14 absolute for values that cancel to ~0);
// float32: 1e-5 relative (plus 1e-6 absolute), inputs rounded to float32 as the graph sees them.
const F64 = { rtol: 1e-12, atol: 1e-14 };
const F32 = { rtol: 1e-5, atol: 1e-6 };

describe("ONNX export run by ONNX Runtime", () => {
  for (const { name, spec } of ACTIVATIONS) {
    for (const dtype of ["float64", "float32"] as const) {
      it(`${name} in ${dtype} predicts what backprop predicts`, async () => {
        const model = activationModel(spec, 3);
        const x = randomRows(64, 4, 11);
        if (dtype === "float64" && (name as string) === "gelu") {
          expect(() => toOnnx(model, { dtype })).toThrow(/gelu needs Erf, which ONNX Runtime runs in float32 only/);
          return;
        }
        const got = await runOnnx(toOnnx(model, { dtype }), dtype === "float32" ? asFloat32(x) : x, dtype);
        expectClose(got, model.predict(dtype === "float32" ? asFloat32(x) : x).data, dtype === "float64" ? F64 : F32);
      });
    }
  }

  for (const dtype of ["float64", "float32"] as const) {
    it(`batch norm (running statistics) and dropout in ${dtype}`, async () => {
      const { model } = irisModel();
      const bn = model.layers[1]?.toJSON() as unknown as { runningMean: number[] };
      expect(bn.runningMean.some((m) => Math.abs(m) > 0.01)).toBe(true); // trained, not the initial zeros
      const x = randomRows(50, 4, 5);
      const got = await runOnnx(toOnnx(model, { dtype }), dtype === "float32" ? asFloat32(x) : x, dtype);
      expectClose(got, model.predict(dtype === "float32" ? asFloat32(x) : x).data, dtype === "float64" ? F64 : F32);
    });

    it(`batch norm with epsilon 1e-3 (not a float32 value) in ${dtype}`, async () => {
      // float64 must not round ε to float32 (BatchNormalization's epsilon attribute is a float):
      // at these small variances that alone moved outputs by up to ~2e-7 relative.
      for (const alone of [false, true]) {
        const model = batchNormModel(1e-3, { alone });
        const x = randomRows(64, 4, 13);
        const input = dtype === "float32" ? asFloat32(x) : x;
        const got = await runOnnx(toOnnx(model, { dtype }), input, dtype);
        const want = model.predict(input).data;
        expectClose(got, want, dtype === "float64" ? F64 : F32);
        // float64 batch norm is BatchNorm's own arithmetic, operation for operation: the same bits.
        if (dtype === "float64" && alone) expect(got).toEqual(want);
      }
    });

    for (const scaler of ["standard", "minMax"] as const) {
      it(`withPreprocessing puts the ${scaler} scaler in the ${dtype} graph, which then takes raw rows`, async () => {
        const { model, raw } = irisModel(scaler);
        const s = scaler === "standard" ? StandardScaler.fromJSON(model.preprocessing) : MinMaxScaler.fromJSON(model.preprocessing);
        // raw rows spread past the training range, so MinMaxScaler's clipping is exercised
        const x = randomRows(40, 4, 9, 3);
        for (let i = 0; i < x.data.length; i++) x.data[i] = (x.data[i] as number) + (raw.data[i % raw.data.length] as number);
        const input = dtype === "float32" ? asFloat32(x) : x;
        const got = await runOnnx(toOnnx(model, { dtype, withPreprocessing: true }), input, dtype);
        // float32 scaling rounds once more per step, so the reference runs on the same float32 input
        expectClose(got, model.predict(s.transform(input)).data, dtype === "float64" ? F64 : { rtol: 1e-5, atol: 1e-5 });
      });
    }
  }

  for (const dtype of ["float64", "float32"] as const) {
    it(`withPreprocessing on a regression model's targetScaler: raw rows in, the target's own units out (${dtype})`, async () => {
      const { model, features, target } = regressionModel();
      const x = randomRows(30, 3, 8, 1.5);
      const input = dtype === "float32" ? asFloat32(x) : x;
      const got = await runOnnx(toOnnx(model, { dtype, withPreprocessing: true }), input, dtype);
      // The reference: backprop's own scalers around its predict, in float64.
      const want = target.inverseTransform(model.predict(features.transform(input))).data;
      expect(want.reduce((a, b) => a + b, 0) / want.length).toBeGreaterThan(20); // in the target's units (around 40), not standardised
      expectClose(got, want, dtype === "float64" ? F64 : { rtol: 1e-5, atol: 1e-4 });
    });
  }

  it("a targetScaler export names its trailing nodes; features that are not a scaler are refused, naming the field", () => {
    const { model } = regressionModel();
    const onnx = decodeOnnx(toOnnx(model, { withPreprocessing: true }));
    expect(onnx.graph.nodes.map((n) => n.opType)).toEqual(["Sub", "Div", "Gemm", "Tanh", "Gemm", "Mul", "Add", "Identity"]);
    expect([onnx.metadata.preprocessingNodes, onnx.metadata.targetNodes]).toEqual(["2", "2"]);
    // Without withPreprocessing the graph is the layers alone, as before.
    expect(decodeOnnx(toOnnx(model)).graph.nodes.map((n) => n.opType)).toEqual(["Gemm", "Tanh", "Gemm", "Identity"]);
    model.preprocessing = { ...(model.preprocessing as object), features: { type: "columnTransformer" } };
    expect(() => toOnnx(model, { withPreprocessing: true })).toThrow(
      /^toOnnx: withPreprocessing handles a standardScaler or minMaxScaler, or a targetScaler whose features are one\. Received: preprocessing\.features\.type="columnTransformer"\.$/);
  });

  for (const opset of [13, 17]) {
    it(`opset ${opset} (IR ${opset <= 18 ? 8 : 9}) loads and predicts the same`, async () => {
      const { model } = irisModel();
      const x = randomRows(20, 4, 4);
      const bytes = toOnnx(model, { opset, dtype: "float64" });
      expect(decodeOnnx(bytes)).toMatchObject({ irVersion: 8, opsetImports: [{ domain: "", version: opset }] });
      expectClose(await runOnnx(bytes, x, "float64"), model.predict(x).data, F64);
    });
  }

  it("names the input and output, keeps the batch dimension dynamic and stores the class names", () => {
    const { model } = irisModel();
    const onnx = decodeOnnx(toOnnx(model));
    expect(onnx.graph.inputs).toEqual([{ name: "input", kind: "tensor", elemType: 1, shape: ["N", 4] }]);
    expect(onnx.graph.outputs).toEqual([{ name: "output", kind: "tensor", elemType: 1, shape: ["N", 3] }]);
    expect(JSON.parse(onnx.metadata.classNames as string)).toEqual(["setosa", "versicolor", "virginica"]);
    expect(onnx.graph.nodes.map((n) => n.opType)).toEqual(["Gemm", "Relu", "BatchNormalization", "Gemm", "Softmax", "Identity"]);
  });

  it("refuses an activation ONNX has no operator for, naming it; in a model file, the file's reader refuses the unknown name", () => {
    const mine: Activation = { ...tanh, name: "myCustom" };
    expect(() => toOnnx(activationModel(mine, 1))).toThrow(/^toOnnx: layers\[0\] uses activation "myCustom", which has no ONNX operator here\. Expected one of: linear, sigmoid, .*Received: activation="myCustom"\.$/);
    const json = activationModel({ name: "relu" }, 1).toJSON() as unknown as { layers: { activation: string }[] };
    (json.layers[1] as { activation: string }).activation = "myCustom";
    expect(() => toOnnx(json as never)).toThrow(/^Sequential\.fromJSON: layers\[1\]\.activation /);
  });

  it("refuses an activation of the user's own under a built-in's name instead of writing the built-in's operator", () => {
    // tanh(z/2) named "tanh": exported as Tanh it would predict something else than the model.
    const halfTanh: Activation = { ...tanh, forward: (z, out) => tanh.forward(scale(z, 0.5), out) };
    expect(() => toOnnx(activationModel(halfTanh, 1))).toThrow(/^Dense\.toJSON: layer "dense" has an activation of your own named "tanh", a built-in's name/);
  });

  it("refuses withPreprocessing on a model without saved preprocessing", () => {
    expect(() => toOnnx(activationModel({ name: "relu" }, 1), { withPreprocessing: true })).toThrow(/withPreprocessing needs a model with saved preprocessing/);
  });
});
