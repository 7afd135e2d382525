import { describe, expect, it } from "vitest";
import { ProtoWriter } from "../protobuf/writer.js";
import { decodeTensor } from "./decode-onnx.js";
import { onnxToModelJSON } from "./from-onnx.js";
import type { OnnxModel, OnnxNode, OnnxTensor } from "./onnx-types.js";

// Hand-built graphs as other tools write them: x·W (+ b) on rows of 2 features.
const W: OnnxTensor = { name: "W", dataType: 1, dims: [2, 2], data: Float64Array.of(1, 2, 3, 4) };
function graphOf(nodes: OnnxNode[], initializers: OnnxTensor[] = [W]): OnnxModel {
  return {
    irVersion: 8, opsetImports: [{ domain: "", version: 17 }], producerName: "test", producerVersion: "", metadata: {},
    graph: {
      name: "g", nodes, initializers,
      inputs: [{ name: "x", kind: "tensor", elemType: 1, shape: ["N", 2] }],
      outputs: [{ name: "y", kind: "tensor", elemType: 1, shape: ["N", 2] }],
    },
  };
}
const node = (name: string, opType: string, inputs: string[], outputs: string[], attributes: OnnxNode["attributes"] = []): OnnxNode => ({ name, opType, domain: "", inputs, outputs, attributes });
const layers = (m: OnnxModel): unknown => (onnxToModelJSON(m) as { layers: unknown[] }).layers;

describe("Constant nodes (ONNX Constant-12+: value, value_float(s), value_int(s))", () => {
  it("reads value_floats as a bias vector and value_float as a scalar bias", () => {
    const floats = graphOf([node("mm", "MatMul", ["x", "W"], ["z"]), node("bias", "Constant", [], ["b"], [{ name: "value_floats", type: 6, floats: [0.5, -0.25] }]), node("add", "Add", ["z", "b"], ["y"])]);
    expect(layers(floats)).toEqual([{ type: "dense", inputSize: 2, units: 2, activation: "linear", weights: [[1, 2], [3, 4]], bias: [0.5, -0.25] }]);
    const scalar = graphOf([node("mm", "MatMul", ["x", "W"], ["z"]), node("bias", "Constant", [], ["b"], [{ name: "value_float", type: 1, f: 0.75 }]), node("add", "Add", ["b", "z"], ["y"])]);
    expect(layers(scalar)).toMatchObject([{ bias: [0.75, 0.75] }]);
    const ints = graphOf([node("mm", "MatMul", ["x", "W"], ["z"]), node("shape", "Constant", [], ["s"], [{ name: "value_ints", type: 7, ints: [-1, 2] }]), node("r", "Reshape", ["z", "s"], ["y"])]);
    expect(layers(ints)).toMatchObject([{ weights: [[1, 2], [3, 4]], bias: [0, 0] }]);
  });
});

describe("BatchNormalization", () => {
  const bn = (attributes: OnnxNode["attributes"]): OnnxModel => {
    const v = (name: string, values: number[]): OnnxTensor => ({ name, dataType: 1, dims: [2], data: Float64Array.from(values) });
    return graphOf([node("mm", "MatMul", ["x", "W"], ["z"]), node("bn", "BatchNormalization", ["z", "g", "b", "m", "v"], ["y"], attributes)], [W, v("g", [1, 1]), v("b", [0, 0]), v("m", [0, 1]), v("v", [1, 4])]);
  };
  it("refuses training_mode=1 (each batch's own statistics), naming the node", () => {
    expect(() => onnxToModelJSON(bn([{ name: "training_mode", type: 2, i: 1 }]))).toThrow(
      /^fromOnnx: node "bn" \(BatchNormalization\) has training_mode=1, so it normalises by each batch's statistics, not its running ones\. Supported: .*Received: op_type="BatchNormalization"\.$/,
    );
  });
  it("reads training_mode=0 and its momentum attribute", () => {
    expect(layers(bn([{ name: "training_mode", type: 2, i: 0 }, { name: "momentum", type: 1, f: Math.fround(0.99) }]))).toMatchObject([{ type: "dense" }, { type: "batchNorm", momentum: 0.99, runningVar: [1, 4] }]);
  });
});

describe("tensors of types the layers do not read", () => {
  const strings = (): OnnxTensor => decodeTensor(new ProtoWriter().packedInts(1, [2]).int(2, 8).string(8, "classes").string(6, "no").string(6, "yes").finish());
  const half = (): OnnxTensor => decodeTensor(new ProtoWriter().packedInts(1, [2]).int(2, 10).bytes(9, Uint8Array.of(0, 60, 0, 56)).string(8, "b16").finish());
  it("are ignored off the chain (a classifier's string labels)", () => {
    const g = graphOf([node("mm", "MatMul", ["x", "W"], ["y"]), node("label", "ArrayFeatureExtractor", ["classes", "y"], ["label"])], [W, strings()]);
    expect(layers(g)).toMatchObject([{ weights: [[1, 2], [3, 4]] }]);
  });
  it("are refused on it, naming the node and the type", () => {
    const g = graphOf([node("mm", "MatMul", ["x", "W"], ["z"]), node("bias_add", "Add", ["z", "b16"], ["y"])], [W, half()]);
    expect(() => onnxToModelJSON(g)).toThrow(/^fromOnnx: node "bias_add" \(Add\) reads tensor "b16" of type float16; the layers read float, double, int32 and int64 tensors\. Received: data_type=10\.$/);
  });
});
