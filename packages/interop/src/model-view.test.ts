import { Sequential } from "@backprop/network";
import { describe, expect, it } from "vitest";
import { readModel } from "./model-view.js";
import { onnxToModelJSON } from "./onnx/from-onnx.js";
import { toOnnxModel } from "./onnx/to-onnx.js";
import { toTfjs } from "./tfjs/to-tfjs.js";

const json = {
  format: "backprop.network",
  version: 1,
  layers: [
    { type: "dense", inputSize: 2, units: 2, activation: "relu", weights: [[1, 2], [3, 4]], bias: [0.5, -0.5] },
    { type: "dropout", rate: 0.5 },
    { type: "dense", inputSize: 2, units: 1, activation: "sigmoid", useBias: false, weights: [[1], [-1]], bias: [0] },
  ],
  classNames: ["no", "yes"],
};

describe("readModel", () => {
  it("reads a Sequential through toJSON() exactly as its JSON", () => {
    const unnamed = (m: ReturnType<typeof readModel>): unknown => ({ ...m, layers: m.layers.map((l) => ({ ...l, name: undefined })) });
    expect(unnamed(readModel("t", Sequential.fromJSON(json)))).toEqual(unnamed(readModel("t", json)));
    expect(readModel("t", json)).toMatchObject({ inputSize: 2, outputSize: 1, classNames: ["no", "yes"] });
  });

  it("refuses a layer type no exchange format holds, and something that is not a model", () => {
    const conv = { ...json, layers: [...json.layers, { type: "conv2d" }] };
    expect(() => toOnnxModel(conv)).toThrow(/^toOnnx: layers\[3\] has type "conv2d", which this format cannot hold\. Expected one of: dense, dropout, batchNorm\. Received: type="conv2d"\.$/);
    expect(() => toTfjs(conv)).toThrow(/^toTfjs: layers\[3\] has type "conv2d"/);
    expect(() => toOnnxModel({ layers: [] })).toThrow(/^toOnnx: model must be a Sequential or its model JSON/);
  });
});

describe("toOnnxModel → onnxToModelJSON without a runtime", () => {
  it("writes Gemm + activation per dense layer, drops dropout, and reads the same layers back", () => {
    const onnx = toOnnxModel(json, { dtype: "float64" });
    expect(onnx.graph.nodes.map((n) => n.opType)).toEqual(["Gemm", "Relu", "Gemm", "Sigmoid", "Identity"]);
    const back = onnxToModelJSON(onnx) as { layers: unknown[]; classNames: string[] };
    expect(back.layers).toEqual([
      { type: "dense", inputSize: 2, units: 2, activation: "relu", weights: [[1, 2], [3, 4]], bias: [0.5, -0.5] },
      { type: "dense", inputSize: 2, units: 1, activation: "sigmoid", weights: [[1], [-1]], bias: [0] },
    ]);
    expect(back.classNames).toEqual(["no", "yes"]);
  });

  it("refuses options out of range", () => {
    expect(() => toOnnxModel(json, { dtype: "float16" as never })).toThrow(/^toOnnx: dtype must be "float32" or "float64"\. Received: dtype="float16"\.$/);
    expect(() => toOnnxModel(json, { opset: 12 })).toThrow(/^toOnnx: opset must be an integer in \[13, 21\]\. Received: opset=12\.$/);
  });

  it("refuses a graph that is not one chain, and an activation with no layer before it", () => {
    const onnx = toOnnxModel(json);
    const first = onnx.graph.nodes[0];
    if (first) first.inputs = ["input", "input", "b_1"];
    expect(() => onnxToModelJSON(onnx)).toThrow(/^fromOnnx: node "Gemm_0" \(Gemm\) has 2 computed inputs; only a chain of layers \(and the activation compositions toOnnx writes\) imports\./);
    const relu = toOnnxModel(json);
    relu.graph.nodes = relu.graph.nodes.slice(1);
    (relu.graph.nodes[0] as { inputs: string[] }).inputs = ["input"];
    expect(() => onnxToModelJSON(relu)).toThrow(/^fromOnnx: node "Relu_1" \(Relu\) is an activation that does not follow a MatMul or Gemm\./);
  });
});
