import { Sequential } from "@backprop/network";
import { describe, expect, it } from "vitest";
import { readModel } from "./model-view.js";
import { onnxToModelJSON } from "./onnx/from-onnx.js";
import { toOnnxModel } from "./onnx/to-onnx.js";
import { tfjsToModelJSON } from "./tfjs/from-tfjs.js";
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

describe("a model file given as JSON is read by Sequential.fromJSON first", () => {
  it("refuses an invalid file with that reader's message, in both exporters", () => {
    const bad = { format: "backprop.network", version: 1, layers: [{ type: "dense", inputSize: 2, units: 1, activation: "relu", weights: [[1, 2, 3], [4]], bias: [0, 9] }] };
    const message = /^Sequential\.fromJSON: layers\[0\]\.weights\[0\] must be an array of 1 numbers\. Received: an array of length 3\.$/;
    expect(() => toOnnxModel(bad)).toThrow(message);
    expect(() => toTfjs(bad)).toThrow(message);
    expect(() => toOnnxModel({ ...json, seed: -1 })).toThrow(/^Sequential\.fromJSON: seed must be an integer/);
  });

  it("exports a setting the file leaves out with the value the model predicts with (hardSigmoid α = 1/6)", () => {
    const file = { format: "backprop.network", version: 1, layers: [{ type: "dense", inputSize: 1, units: 1, activation: "hardSigmoid", weights: [[1]], bias: [0] }] };
    const node = toOnnxModel(file).graph.nodes.find((n) => n.opType === "HardSigmoid");
    expect(node?.attributes.map((a) => [a.name, a.f])).toEqual([["alpha", 1 / 6], ["beta", 0.5]]);
  });
});

describe("what the model file says besides its layers survives both formats", () => {
  const file = {
    format: "backprop.network", version: 1, targetName: "price",
    layers: [
      { type: "dense", name: "hidden", inputSize: 2, units: 2, activation: "tanh", regularizer: { l1: 0.001, l2: 0.01 }, weights: [[1, 2], [3, 4]], bias: [0.5, -0.5] },
      { type: "batchNorm", name: "norm", features: 2, momentum: 0.99, epsilon: 1e-3, gamma: [1, 2], beta: [0, 1], runningMean: [0.1, 0.2], runningVar: [1, 2] },
      { type: "dense", name: "head", inputSize: 2, units: 1, activation: "linear", useBias: false, weights: [[1], [-1]], bias: [0] },
    ],
  };
  const viaTfjs = (): Record<string, unknown> => {
    const { modelJSON, weightFiles } = toTfjs(file);
    return tfjsToModelJSON(JSON.parse(JSON.stringify(modelJSON)), weightFiles[0]?.data as Uint8Array);
  };

  it("targetName, in both formats' metadata", () => {
    expect(onnxMetadata(file).targetName).toBe("price");
    expect(toTfjs(file).modelJSON.userDefinedMetadata).toEqual({ targetName: "price" });
    for (const dtype of ["float32", "float64"] as const) expect(onnxToModelJSON(toOnnxModel(file, { dtype })).targetName).toBe("price");
    expect(viaTfjs().targetName).toBe("price");
  });

  it("TF.js: the regularizer in Keras' L1L2 (whose l2 has no ½), useBias: false with no bias weight, the layer names and momentum", () => {
    const { modelJSON } = toTfjs(file);
    const [hidden, norm, head] = modelJSON.modelTopology.config.layers.map((l) => l.config);
    expect(hidden).toMatchObject({ name: "hidden", use_bias: true, kernel_regularizer: { class_name: "L1L2", config: { l1: 0.001, l2: 0.005 } } });
    expect(norm).toMatchObject({ name: "norm", momentum: 0.99 });
    expect(head).toMatchObject({ name: "head", use_bias: false });
    expect(modelJSON.weightsManifest[0]?.weights.map((w) => w.name)).toEqual(["hidden/kernel", "hidden/bias", "norm/gamma", "norm/beta", "norm/moving_mean", "norm/moving_variance", "head/kernel"]);
    expect((viaTfjs().layers as Record<string, unknown>[]).map(({ name, regularizer, useBias, momentum }) => ({ name, regularizer, useBias, momentum }))).toEqual([
      { name: "hidden", regularizer: { l1: 0.001, l2: 0.01 }, useBias: undefined, momentum: undefined },
      { name: "norm", regularizer: undefined, useBias: undefined, momentum: 0.99 },
      { name: "head", regularizer: undefined, useBias: false, momentum: undefined },
    ]);
  });

  it("TF.js: names that two layers share, or that hold a slash, give way to TF.js's numbered ones", () => {
    const shared = { ...file, layers: file.layers.map((l) => ({ ...l, name: l.type === "dense" ? "dense" : "a/b" })) };
    expect(toTfjs(shared).modelJSON.modelTopology.config.layers.map((l) => l.config.name)).toEqual(["dense_1", "batch_normalization_2", "dense_3"]);
  });

  it("ONNX: momentum exactly, in float32 (also the BatchNormalization attribute) and float64", () => {
    for (const dtype of ["float32", "float64"] as const) {
      const layers = onnxToModelJSON(toOnnxModel(file, { dtype })).layers as { type: string; momentum?: number }[];
      expect(layers.filter((l) => l.type === "batchNorm").map((l) => l.momentum)).toEqual([0.99]);
    }
    const bad = toOnnxModel(file);
    bad.metadata.batchNormMomentum = "[0.99, 0.9]";
    expect(() => onnxToModelJSON(bad)).toThrow(/^fromOnnx: metadata "batchNormMomentum" must hold one momentum in \[0, 1\] per batch-norm layer \(1\)\. Received: \[0\.99,0\.9\]\.$/);
  });
});

const onnxMetadata = (model: Record<string, unknown>): Record<string, string> => toOnnxModel(model).metadata;

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
