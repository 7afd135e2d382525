import { ProtoWriter } from "../protobuf/writer.js";
import { ATTRIBUTE_TYPE, DATA_TYPE, type OnnxAttribute, type OnnxGraph, type OnnxModel, type OnnxNode, type OnnxTensor, type OnnxValueInfo } from "./onnx-types.js";

function writeTensor(w: ProtoWriter, t: OnnxTensor): void {
  w.packedInts(1, t.dims).int(2, t.dataType).string(8, t.name);
  if (t.dataType === DATA_TYPE.float) w.packedFloats(4, t.data, 4);
  else if (t.dataType === DATA_TYPE.double) w.packedFloats(10, t.data, 8);
  else if (t.dataType === DATA_TYPE.int64) w.packedInts(7, Array.from(t.data));
  else throw new RangeError(`encodeOnnx: tensor ${t.name} has data type ${t.dataType}; float (1), int64 (7) and double (11) are written. Received: ${t.dataType}.`);
}

function writeAttribute(w: ProtoWriter, a: OnnxAttribute): void {
  w.string(1, a.name).int(20, a.type);
  if (a.type === ATTRIBUTE_TYPE.float) w.float(2, a.f ?? 0);
  else if (a.type === ATTRIBUTE_TYPE.int) w.int(3, a.i ?? 0);
  else if (a.type === ATTRIBUTE_TYPE.string) w.string(4, a.s ?? "");
  else if (a.type === ATTRIBUTE_TYPE.tensor) w.message(5, (m) => writeTensor(m, a.t as OnnxTensor));
  else if (a.type === ATTRIBUTE_TYPE.ints) w.packedInts(8, a.ints ?? []);
  else if (a.type === ATTRIBUTE_TYPE.floats) w.packedFloats(7, a.floats ?? [], 4);
  else throw new RangeError(`encodeOnnx: attribute ${a.name} has type ${a.type}, which is not written. Received: type=${a.type}.`);
}

function writeNode(w: ProtoWriter, n: OnnxNode): void {
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  w.string(3, n.name).string(4, n.opType);
  for (const a of n.attributes) w.message(5, (m) => writeAttribute(m, a));
  if (n.domain !== "") w.string(7, n.domain);
}

function writeValueInfo(w: ProtoWriter, v: OnnxValueInfo): void {
  w.string(1, v.name).message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, v.elemType);
      tensor.message(2, (shape) => {
        for (const d of v.shape ?? []) {
          shape.message(1, (dim) => {
            if (typeof d === "number") dim.int(1, d);
            else dim.string(2, d ?? "?");
          });
        }
      });
    }),
  );
}

function writeGraph(w: ProtoWriter, g: OnnxGraph): void {
  for (const n of g.nodes) w.message(1, (m) => writeNode(m, n));
  w.string(2, g.name);
  for (const t of g.initializers) w.message(5, (m) => writeTensor(m, t));
  for (const v of g.inputs) w.message(11, (m) => writeValueInfo(m, v));
  for (const v of g.outputs) w.message(12, (m) => writeValueInfo(m, v));
}

/**
 * Serializes a model as ONNX `ModelProto` bytes (the subset described by {@link OnnxModel}).
 * @throws RangeError for a tensor or attribute type it does not write.
 * @example
 * encodeOnnx(model).subarray(0, 2); // Uint8Array [8, 10]  (field 1, ir_version 10)
 */
export function encodeOnnx(model: OnnxModel): Uint8Array {
  const w = new ProtoWriter();
  w.int(1, model.irVersion).string(2, model.producerName).string(3, model.producerVersion);
  w.message(7, (m) => writeGraph(m, model.graph));
  for (const o of model.opsetImports) w.message(8, (m) => m.string(1, o.domain).int(2, o.version));
  for (const [key, value] of Object.entries(model.metadata)) w.message(14, (m) => m.string(1, key).string(2, value));
  return w.finish();
}
