import { decodeOnnx, encodeOnnx, fromOnnx, onnxToModelJSON, toOnnx } from "@backprop/interop";
import { expectClose } from "@backprop/testing";
import { describe, expect, it } from "vitest";
import { frameworkFixture } from "./fixtures.js";
import { ACTIVATIONS, activationModel, batchNormModel, irisModel, randomRows, regressionModel } from "./models.js";

// Fixtures from scripts/make_fixtures.py: the frameworks' own predictions are the reference. Their
// weights are float32 while backprop predicts in float64, hence 1e-5.
describe("ONNX import of other frameworks' models", () => {
  it("a PyTorch nn.Sequential (Gemm transB=1, ReLU, BatchNorm1d, Tanh, Softmax) predicts what torch predicted", () => {
    const { bytes, x, expected, extra } = frameworkFixture("torch_sequential");
    expect(extra.ops).toEqual(["Gemm", "Relu", "BatchNormalization", "Gemm", "Tanh", "Gemm", "Softmax"]);
    const model = fromOnnx(bytes);
    expect(model.layers.map((l) => l.type)).toEqual(["dense", "batchNorm", "dense", "dense"]);
    expectClose(model.predict(x).data, expected, { rtol: 1e-5, atol: 1e-6 });
  });

  // Real skl2onnx exports (scripts/make_sklearn_fixtures.py), checked there against Python ONNX Runtime.
  const multiClass = {
    sklearn_mlp_classifier: { zipmap: "on", head: ["ArgMax", "ZipMap", "ArrayFeatureExtractor", "Reshape", "Cast", "Cast"], outputs: ["output_label", "output_probability"] },
    sklearn_mlp_classifier_nozipmap: { zipmap: "off", head: ["Identity", "ArgMax", "ArrayFeatureExtractor", "Reshape", "Cast"], outputs: ["label", "probabilities"] },
  };
  for (const [name, { zipmap, head, outputs }] of Object.entries(multiClass)) {
    it(`a scikit-learn MLPClassifier (skl2onnx, zipmap ${zipmap}) imports along its probability path and predicts predict_proba and predict`, () => {
      const { bytes, x, expected, extra } = frameworkFixture(name);
      expect(extra.producer).toMatch(/^skl2onnx \d/);
      expect(extra.ops).toEqual(["Cast", "MatMul", "Add", "Tanh", "MatMul", "Add", "Tanh", "MatMul", "Add", "Softmax", ...head]);
      expect(extra.graphOutputs).toEqual(outputs);
      const model = fromOnnx(bytes);
      expect(model.layers.map((l) => (l.toJSON() as unknown as { activation: string }).activation)).toEqual(["tanh", "tanh", "softmax"]);
      expectClose(model.predict(x).data, expected, { rtol: 1e-5, atol: 1e-6 });
      const classes = extra.classes as number[];
      expect(Array.from(model.predictClasses(x), (k) => classes[k])).toEqual(extra.labels);
    });
  }

  it("a two-class scikit-learn MLPClassifier (skl2onnx, zipmap off: Sigmoid, then Concat(1 − p, p)) imports as a sigmoid binary classifier", () => {
    const { bytes, x, expected, extra } = frameworkFixture("sklearn_mlp_binary");
    expect(extra.ops).toEqual(["Cast", "MatMul", "Add", "Relu", "MatMul", "Add", "Sigmoid", "Sub", "Concat", "ArgMax", "ArrayFeatureExtractor", "Reshape", "Cast"]);
    expect(extra.graphOutputs).toEqual(["label", "probabilities"]);
    const model = fromOnnx(bytes);
    expect(model.layers.map((l) => l.toJSON() as unknown as { units: number; activation: string }).map((l) => [l.units, l.activation])).toEqual([[5, "relu"], [1, "sigmoid"]]);
    expectClose(model.predictProba(x).data, expected, { rtol: 1e-5, atol: 1e-6 });
    expect(Array.from(model.predictClasses(x))).toEqual(extra.labels);
  });

  it("a scikit-learn MLPRegressor (skl2onnx, ending in Reshape) predicts what predict() gave", () => {
    const { bytes, x, expected, extra } = frameworkFixture("sklearn_mlp_regressor");
    expect(extra.ops).toEqual(["Cast", "MatMul", "Add", "Relu", "MatMul", "Add", "Reshape"]);
    expectClose(fromOnnx(bytes).predict(x).data, expected, { rtol: 1e-5, atol: 1e-6 });
  });

  it("the label output can be chosen, and is refused at its ArgMax", () => {
    const argMax = /^fromOnnx: node "ArgMax" \(ArgMax\) is not supported\. Supported: Gemm, MatMul, Add, BatchNormalization, Sigmoid, .* Received: op_type="ArgMax"\.$/;
    expect(() => fromOnnx(frameworkFixture("sklearn_mlp_classifier").bytes, { output: "output_label" })).toThrow(argMax);
    expect(() => fromOnnx(frameworkFixture("sklearn_mlp_classifier_nozipmap").bytes, { output: "label" })).toThrow(argMax);
    expect(() => fromOnnx(frameworkFixture("sklearn_mlp_binary").bytes, { output: "label" })).toThrow(argMax);
    expect(() => fromOnnx(frameworkFixture("sklearn_mlp_classifier").bytes, { output: "nope" })).toThrow(/the graph has no output "nope"\. Expected one of: output_label, output_probability/);
  });
});

describe("ONNX round trip", () => {
  for (const dtype of ["float64", "float32"] as const) {
    it(`export (${dtype}) then import gives the same predictions, class names and layer kinds`, () => {
      const { model } = irisModel();
      const back = fromOnnx(toOnnx(model, { dtype }));
      const x = randomRows(30, 4, 2);
      expect(back.layers.map((l) => l.type)).toEqual(["dense", "batchNorm", "dense"]);
      expect(back.classNames).toEqual(["setosa", "versicolor", "virginica"]);
      expectClose(back.predict(x).data, model.predict(x).data, dtype === "float64" ? { rtol: 1e-12, atol: 1e-14 } : { rtol: 1e-5, atol: 1e-6 });
    });
  }

  // Every activation, as each dtype and opset writes it (an operator, or a composition such as
  // float32 swish's Mul(x, Sigmoid(x)) or float64 leakyRelu's Max/Min/Mul/Add), imports back as itself.
  const activationOf = (m: { layers: readonly { toJSON(): unknown }[] }): unknown[] =>
    m.layers.map((l) => { const j = l.toJSON() as { activation: string; activationConfig?: Record<string, number> }; return [j.activation, j.activationConfig ?? {}]; });
  for (const { name, spec } of ACTIVATIONS) {
    for (const [dtype, opset] of [["float32", 21], ["float32", 17], ["float32", 13], ["float64", 21]] as const) {
      if (name === "gelu" && dtype === "float64") continue; // refused at export (no float64 Erf in ONNX Runtime)
      it(`${name} exported in ${dtype} at opset ${opset} imports back as ${name === "silu" ? "swish (the same function)" : "itself"}`, () => {
        const model = activationModel(spec, 5);
        const back = fromOnnx(toOnnx(model, { dtype, opset }));
        const want = activationOf(model).map((a) => ((a as [string])[0] === "silu" ? ["swish", {}] : a));
        expect(activationOf(back)).toEqual(want);
        const x = randomRows(40, 4, 3);
        expectClose(back.predict(x).data, model.predict(x).data, dtype === "float64" ? { rtol: 1e-12, atol: 1e-14 } : { rtol: 1e-5, atol: 1e-6 });
      });
    }
  }

  for (const dtype of ["float64", "float32"] as const) {
    it(`batch norm with epsilon 1e-3 (${dtype}) imports back with its statistics and epsilon`, () => {
      const model = batchNormModel(1e-3);
      const back = fromOnnx(toOnnx(model, { dtype }));
      const bn = back.layers[1]?.toJSON() as unknown as { type: string; epsilon: number; runningVar: number[] };
      expect([bn.type, bn.epsilon]).toEqual(["batchNorm", 1e-3]);
      const original = model.layers[1]?.toJSON() as unknown as { runningVar: number[] };
      if (dtype === "float64") expect(bn.runningVar).toEqual(original.runningVar);
      const x = randomRows(40, 4, 6);
      expectClose(back.predict(x).data, model.predict(x).data, dtype === "float64" ? { rtol: 1e-12, atol: 1e-14 } : { rtol: 1e-5, atol: 1e-6 });
    });
  }

  for (const scaler of ["standard", "minMax"] as const) {
    it(`a withPreprocessing export (${scaler} scaler in the graph) imports with the scaler as preprocessing`, () => {
      const { model, raw } = irisModel(scaler);
      const back = fromOnnx(toOnnx(model, { dtype: "float64", withPreprocessing: true }));
      expect(back.preprocessing).toEqual(model.preprocessing);
      expect(back.layers.map((l) => l.type)).toEqual(["dense", "batchNorm", "dense"]);
      expectClose(back.predict(raw).data, model.predict(raw).data, { rtol: 1e-12, atol: 1e-14 });
    });
  }

  it("a withPreprocessing export of a regression model (targetScaler) imports with its preprocessing, the layers alone as layers", () => {
    const { model, raw, features } = regressionModel();
    const back = fromOnnx(toOnnx(model, { dtype: "float64", withPreprocessing: true }));
    expect(back.preprocessing).toEqual(model.preprocessing);
    expect(back.layers.map((l) => l.type)).toEqual(["dense", "dense"]);
    const scaled = features.transform(raw);
    expectClose(back.predict(scaled).data, model.predict(scaled).data, { rtol: 1e-12, atol: 1e-14 });
    // A targetNodes count that does not fit the graph is refused, not read as layers.
    const onnx = decodeOnnx(toOnnx(model, { dtype: "float64", withPreprocessing: true }));
    onnx.metadata.targetNodes = "9";
    expect(() => onnxToModelJSON(encodeOnnx(onnx))).toThrow(/^fromOnnx: metadata targetNodes must count the nodes before the output of a graph with preprocessing metadata\. Received: targetNodes="9"\.$/);
  });

  it("refuses an operator it does not read, naming the node and the operator", () => {
    const onnx = decodeOnnx(toOnnx(irisModel().model));
    const relu = onnx.graph.nodes[1];
    if (relu) relu.opType = "Conv";
    expect(() => onnxToModelJSON(encodeOnnx(onnx))).toThrow(/^fromOnnx: node "Relu_1" \(Conv\) is not supported\. Supported: Gemm, MatMul, .*Received: op_type="Conv"\.$/);
  });
});
