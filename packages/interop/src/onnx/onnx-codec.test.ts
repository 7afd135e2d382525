import { describe, expect, it } from "vitest";
import { ProtoWriter } from "../protobuf/writer.js";
import { MAX_TENSOR_ELEMENTS, decodeOnnx, decodeTensor } from "./decode-onnx.js";
import { encodeOnnx } from "./encode-onnx.js";
import type { OnnxModel } from "./onnx-types.js";

const model: OnnxModel = {
  irVersion: 10,
  opsetImports: [{ domain: "", version: 21 }],
  producerName: "test",
  producerVersion: "1",
  metadata: { classNames: '["a","b"]' },
  graph: {
    name: "g",
    nodes: [{ name: "n0", opType: "Gemm", domain: "", inputs: ["input", "W", "b"], outputs: ["output"], attributes: [{ name: "transB", type: 2, i: 1 }, { name: "alpha", type: 1, f: 0.5 }, { name: "axes", type: 7, ints: [-1, 2] }] }],
    initializers: [
      { name: "W", dataType: 11, dims: [2, 1], data: Float64Array.of(0.1, -3) },
      { name: "b", dataType: 1, dims: [1], data: Float64Array.of(0.25) },
      { name: "s", dataType: 7, dims: [2], data: Float64Array.of(-1, 4) },
    ],
    inputs: [{ name: "input", kind: "tensor", elemType: 11, shape: ["N", 2] }],
    outputs: [{ name: "output", kind: "tensor", elemType: 11, shape: ["N", 1] }],
  },
};

describe("encodeOnnx / decodeOnnx", () => {
  it("round-trip every field of the subset", () => {
    expect(decodeOnnx(encodeOnnx(model))).toEqual(model);
  });

  it("read raw_data tensors (float, double, int64) as well as the typed lists", () => {
    const raw = new Uint8Array(new Float32Array([1.5, -2]).buffer);
    const t = decodeTensor(new ProtoWriter().packedInts(1, [2]).int(2, 1).string(8, "r").bytes(9, raw).finish());
    expect(t).toEqual({ name: "r", dataType: 1, dims: [2], data: Float64Array.of(1.5, -2) });
    const i64 = new Uint8Array(new BigInt64Array([-3n, 7n]).buffer);
    expect(Array.from(decodeTensor(new ProtoWriter().packedInts(1, [2]).int(2, 7).bytes(9, i64).finish()).data)).toEqual([-3, 7]);
  });

  it("bound tensor sizes before allocating and check values against dims", () => {
    const huge = new ProtoWriter().packedInts(1, [2 ** 20, 2 ** 20]).int(2, 1).string(8, "big").finish();
    expect(() => decodeTensor(huge)).toThrow(new RegExp(`tensor "big" has more than ${MAX_TENSOR_ELEMENTS} elements`));
    const short = new ProtoWriter().packedInts(1, [3]).int(2, 11).packedFloats(10, [1, 2], 8).string(8, "s").finish();
    expect(() => decodeTensor(short)).toThrow(/^decodeOnnx: malformed ONNX: tensor "s" has 2 values for dims \[3\] \(3\)\. Received: 2 values\.$/);
    const external = new ProtoWriter().int(2, 1).int(14, 1).string(8, "e").finish();
    expect(() => decodeTensor(external)).toThrow(/keeps its data in an external file/);
  });

  it("keep string, bool and float16 tensors unread instead of calling the file malformed (the dims are still bounded)", () => {
    // string_data (field 6) of 3 labels, as skl2onnx writes a classifier's string classes_
    const strings = new ProtoWriter().packedInts(1, [3]).int(2, 8).string(8, "classes").string(6, "setosa").string(6, "versicolor").string(6, "virginica").finish();
    expect(decodeTensor(strings)).toEqual({ name: "classes", dataType: 8, dims: [3], data: new Float64Array(0), unread: true });
    const bools = new ProtoWriter().packedInts(1, [2]).int(2, 9).packedInts(5, [1, 0]).string(8, "mask").finish();
    expect(decodeTensor(bools)).toMatchObject({ dataType: 9, dims: [2], unread: true });
    const halves = new ProtoWriter().packedInts(1, [2]).int(2, 10).bytes(9, Uint8Array.of(0, 60, 0, 64)).string(8, "h").finish();
    expect(decodeTensor(halves)).toMatchObject({ dataType: 10, dims: [2], unread: true });
    const huge = new ProtoWriter().packedInts(1, [2 ** 20, 2 ** 20]).int(2, 8).string(8, "big").finish();
    expect(() => decodeTensor(huge)).toThrow(/tensor "big" has more than/);
  });

  it("refuses bytes without a graph, and a field of the wrong wire type", () => {
    expect(() => decodeOnnx(new ProtoWriter().int(1, 8).finish())).toThrow(/^decodeOnnx: the bytes are not an ONNX model: no graph \(ModelProto field 7\)\. Received: 2 bytes\.$/);
    expect(() => decodeOnnx(new ProtoWriter().int(7, 3).finish())).toThrow(/ModelProto\.graph has the wrong wire type/);
    expect(() => decodeOnnx("x" as never)).toThrow(TypeError);
  });
});
