import { describe, expect, it } from "vitest";
import { encodeOnnx } from "./encode-onnx.js";
import { fromOnnx, onnxToModelJSON } from "./from-onnx.js";
import type { OnnxModel, OnnxTensor } from "./onnx-types.js";

const tensor = (name: string, dims: number[], values: number[]): OnnxTensor => ({ name, dataType: 1, dims, data: Float64Array.from(values) });

/** skl2onnx's graph of a two-class MLPClassifier (zipmap off) with `units` sigmoid outputs and Sub(`one`, p). */
function binaryGraph(units: number, one = 1): OnnxModel {
  const w = [0.5, -1, 2, 0.25].slice(0, 2 * units), b = [0.1, -0.2].slice(0, units);
  return {
    irVersion: 8, opsetImports: [{ domain: "", version: 14 }], producerName: "test", producerVersion: "1", metadata: {},
    graph: {
      name: "g",
      nodes: [
        { name: "Cast", opType: "Cast", domain: "", inputs: ["X"], outputs: ["x"], attributes: [{ name: "to", type: 2, i: 1 }] },
        { name: "MatMul", opType: "MatMul", domain: "", inputs: ["x", "W"], outputs: ["m"], attributes: [] },
        { name: "Add", opType: "Add", domain: "", inputs: ["m", "b"], outputs: ["z"], attributes: [] },
        { name: "Sigmoid", opType: "Sigmoid", domain: "", inputs: ["z"], outputs: ["p"], attributes: [] },
        { name: "Sub", opType: "Sub", domain: "", inputs: ["unity", "p"], outputs: ["q"], attributes: [] },
        { name: "Concat", opType: "Concat", domain: "", inputs: ["q", "p"], outputs: ["probabilities"], attributes: [{ name: "axis", type: 2, i: 1 }] },
        { name: "ArgMax", opType: "ArgMax", domain: "", inputs: ["probabilities"], outputs: ["label"], attributes: [{ name: "axis", type: 2, i: 1 }] },
      ],
      initializers: [tensor("W", [2, units], w), tensor("b", [1, units], b), tensor("unity", [], [one])],
      inputs: [{ name: "X", kind: "tensor", elemType: 1, shape: [null, 2] }],
      outputs: [{ name: "label", kind: "tensor", elemType: 7, shape: [null] }, { name: "probabilities", kind: "tensor", elemType: 1, shape: [null, 2] }],
    },
  };
}

describe("scikit-learn's two-class head, Concat(Sub(1, p), p)", () => {
  it("imports as the one sigmoid output, whose predictProba is [1 − p, p]", () => {
    const model = fromOnnx(encodeOnnx(binaryGraph(1)));
    const layers = (onnxToModelJSON(binaryGraph(1)).layers as { units: number; activation: string }[]).map((l) => [l.units, l.activation]);
    expect(layers).toEqual([[1, "sigmoid"]]);
    const rows = [[1, 2], [-3, 0.5]];
    const p = rows.map(([a, c]) => 1 / (1 + Math.exp(-((a as number) * 0.5 + (c as number) * -1 + Math.fround(0.1)))));  // the bias is stored as float32
    const got = Array.from(model.predictProba(rows).data);
    p.forEach((v, i) => {
      expect(got[2 * i]).toBeCloseTo(1 - v, 14);
      expect(got[2 * i + 1]).toBeCloseTo(v, 14);
    });
  });

  it("refuses it after a sigmoid of two outputs, naming the Concat", () => {
    expect(() => onnxToModelJSON(binaryGraph(2))).toThrow(/^fromOnnx: node "Concat" \(Concat\) joins \[1 − p, p\] from a sigmoid of 2 outputs; only one output reads as two classes\. Supported: Gemm, .* Received: op_type="Concat"\.$/);
  });

  it("reads a Concat of anything else as two computed inputs, and refuses it", () => {
    expect(() => onnxToModelJSON(binaryGraph(1, 2))).toThrow(/^fromOnnx: node "Concat" \(Concat\) has 2 computed inputs; only a chain of layers \(and the activation compositions toOnnx writes\) imports\./);
  });
});
