import { decodeOnnx, encodeOnnx, fromOnnx, toOnnx, type OnnxModel } from "@backprop/interop";
import { StandardScaler } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import { sequential } from "@backprop/network";
import { expectClose } from "@backprop/testing";
import { describe, expect, it } from "vitest";
import { frameworkFixture } from "./fixtures.js";
import { irisModel, randomRows, regressionModel } from "./models.js";
import { asFloat32, runOnnx } from "./onnx-runtime.js";
import { boolTensor, float16Tensor, stringTensor, withInitializers } from "./proto-bytes.js";

const F32 = { rtol: 1e-5, atol: 1e-6 };

describe("ONNX files with tensors the layers do not read", () => {
  it("string, bool and float16 initializers off the probability path: ONNX Runtime runs the file, and it imports predicting the same", async () => {
    const { bytes, x } = frameworkFixture("sklearn_mlp_classifier_nozipmap");
    const file = withInitializers(bytes, [stringTensor("class_labels", ["setosa", "versicolor", "virginica"]), boolTensor("flags", [true, false]), float16Tensor("half", [0x3c00, 0x3800])]);
    const expected = await runOnnx(file, asFloat32(x), "float32", { input: "X", output: "probabilities" });
    expectClose(fromOnnx(file).predict(x).data, expected, F32);
  });
});

describe("Constant nodes holding value_floats (ONNX Constant-12+)", () => {
  it("a bias in a Constant's value_floats, added after a bias-free Gemm, imports predicting what ONNX Runtime computes", async () => {
    const m = decodeOnnx(toOnnx(sequential([2, 2], { seed: 0, activations: ["linear"] }), { opset: 17 }));
    const gemm = m.graph.nodes.find((n) => n.opType === "Gemm") as OnnxModel["graph"]["nodes"][number];
    const b = gemm.inputs.pop() as string;
    m.graph.initializers = m.graph.initializers.filter((t) => t.name !== b);
    const out = gemm.outputs[0] as string;
    gemm.outputs[0] = "mm";
    m.graph.nodes.splice(1, 0,
      { name: "bias_const", opType: "Constant", domain: "", inputs: [], outputs: ["bias"], attributes: [{ name: "value_floats", type: 6, floats: [0.5, -0.25] }] },
      { name: "bias_add", opType: "Add", domain: "", inputs: ["mm", "bias"], outputs: [out], attributes: [] });
    const file = encodeOnnx(m);
    const x = asFloat32(randomRows(10, 2, 5));
    expectClose(fromOnnx(file).predict(x).data, await runOnnx(file, x), F32);
  });
});

describe("an export's scaler nodes are checked against its metadata", () => {
  const standardised = (): { bytes: Uint8Array; raw: Matrix } => {
    const { model, raw } = irisModel();
    return { bytes: toOnnx(model, { dtype: "float64", withPreprocessing: true }), raw };
  };

  it("an untouched export imports with its scaler, predicting on scaled rows what ONNX Runtime gives on raw rows", async () => {
    const { bytes, raw } = standardised();
    const imported = fromOnnx(bytes);
    const scaler = StandardScaler.fromJSON(imported.preprocessing as never);
    expectClose(imported.predict(scaler.transform(raw)).data, await runOnnx(bytes, raw, "float64"), { rtol: 1e-12, atol: 1e-14 });
  });

  it("a changed mean in the graph (ONNX Runtime then answers differently) is refused, naming the node", async () => {
    const { bytes, raw } = standardised();
    const m = decodeOnnx(bytes);
    const sub = m.graph.nodes[0] as OnnxModel["graph"]["nodes"][number];
    const mean = m.graph.initializers.find((t) => t.name === sub.inputs[1]) as OnnxModel["graph"]["initializers"][number];
    mean.data[0] = (mean.data[0] as number) + 1;
    const tampered = encodeOnnx(m);
    expect(Array.from(await runOnnx(tampered, raw, "float64"))).not.toEqual(Array.from(await runOnnx(bytes, raw, "float64")));
    expect(() => fromOnnx(tampered)).toThrow(/^fromOnnx: node "Sub_0" \(Sub\) is not the scaler metadata "preprocessing" describes: expected Sub\(x, \[5\.84.*\]\)\. Received: Sub\(x, \[6\.84.*\]\)\.$/);
  });

  it("a node the metadata's scaler does not write (Add(input, 100), counted as preprocessing by an identity scaler) is refused, naming it", async () => {
    const m = decodeOnnx(toOnnx(sequential([2, 1], { seed: 0, activations: ["linear"] })));
    const first = m.graph.nodes[0] as OnnxModel["graph"]["nodes"][number];
    m.graph.initializers.push({ name: "hundred", dataType: 1, dims: [], data: Float64Array.of(100) });
    m.graph.nodes.unshift({ name: "shift", opType: "Add", domain: "", inputs: ["input", "hundred"], outputs: ["shifted"], attributes: [] });
    first.inputs[0] = "shifted";
    m.metadata.preprocessing = JSON.stringify({ type: "standardScaler", withMean: false, mean: null, scale: null });
    m.metadata.preprocessingNodes = "1";
    const tampered = encodeOnnx(m);
    const x = Matrix.from([[0.5, -1]]);
    expect(Math.abs((await runOnnx(tampered, x))[0] as number)).toBeGreaterThan(1); // ONNX Runtime adds the 100
    expect(() => fromOnnx(tampered)).toThrow(/^fromOnnx: node "shift" \(Add\) is not the scaler metadata "preprocessing" describes: that scaler writes 0 nodes, the metadata counts 1\. Received: Add\(x, \[100\]\)\.$/);
  });

  it("a changed target mean after the layers is refused, naming the node", () => {
    const { model } = regressionModel();
    const m = decodeOnnx(toOnnx(model, { dtype: "float64", withPreprocessing: true }));
    const add = m.graph.nodes[m.graph.nodes.length - 2] as OnnxModel["graph"]["nodes"][number];
    expect(add.opType).toBe("Add");
    const mean = m.graph.initializers.find((t) => t.name === add.inputs[1]) as OnnxModel["graph"]["initializers"][number];
    mean.data[0] = 0;
    expect(() => fromOnnx(encodeOnnx(m))).toThrow(new RegExp(`^fromOnnx: node "${add.name}" \\(Add\\) is not the target scaler metadata "preprocessing" describes: expected Add\\(x, \\[\\d+\\.\\d+\\]\\)\\. Received: Add\\(x, \\[0\\]\\)\\.$`));
  });
});
