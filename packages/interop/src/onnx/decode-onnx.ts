import { ProtoReader, decodePackedFloats, decodePackedInts, decodeText, type ProtoField } from "../protobuf/reader.js";
import { DATA_TYPE, type OnnxAttribute, type OnnxGraph, type OnnxModel, type OnnxNode, type OnnxTensor, type OnnxValueInfo } from "./onnx-types.js";

const WHERE = "decodeOnnx";

/** The largest tensor read: 2^26 elements (512 MiB as float64). Larger ones are refused before allocating. */
export const MAX_TENSOR_ELEMENTS = 2 ** 26;

function fields(bytes: Uint8Array): Generator<ProtoField> {
  return new ProtoReader(bytes, WHERE).fields();
}

function wrong(what: string, f: ProtoField): Error {
  return new Error(`${WHERE}: malformed ONNX: ${what} has the wrong wire type. Received: field ${f.field}, wire type ${f.wire}.`);
}

const bytesOf = (f: ProtoField, what: string): Uint8Array => {
  if (f.wire !== 2) throw wrong(what, f);
  return f.value;
};
const numberOf = (f: ProtoField, what: string): number => {
  if (f.wire === 2) throw wrong(what, f);
  return f.value;
};
const textOf = (f: ProtoField, what: string): string => decodeText(bytesOf(f, what), WHERE);

/** Repeated int64: packed (wire 2) or one value (wire 0). */
function ints(f: ProtoField, into: number[], what: string): void {
  if (f.wire === 2) into.push(...decodePackedInts(f.value, WHERE));
  else into.push(numberOf(f, what));
}

/** Repeated float (`size` 4) or double (8): packed or one value. */
function floats(f: ProtoField, size: 4 | 8, into: number[][], what: string): void {
  if (f.wire === 2) into.push(Array.from(decodePackedFloats(f.value, size, WHERE)));
  else into.push([numberOf(f, what)]);
}

const READ_TYPES = new Set<number>([DATA_TYPE.float, DATA_TYPE.double, DATA_TYPE.int32, DATA_TYPE.int64]);

function rawValues(raw: Uint8Array, dataType: number, name: string): Float64Array {
  if (dataType === DATA_TYPE.float) return decodePackedFloats(raw, 4, WHERE);
  if (dataType === DATA_TYPE.double) return decodePackedFloats(raw, 8, WHERE);
  const size = dataType === DATA_TYPE.int64 ? 8 : 4;
  if (raw.length % size !== 0) throw new Error(`${WHERE}: malformed ONNX: tensor "${name}" raw_data is not a multiple of ${size} bytes. Received: ${raw.length} bytes.`);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out = new Float64Array(raw.length / size);
  for (let i = 0; i < out.length; i++) out[i] = size === 8 ? Number(view.getBigInt64(i * 8, true)) : view.getInt32(i * 4, true);
  return out;
}

/**
 * Reads a `TensorProto`; its element count (the product of `dims`) is bounded and must match its
 * data. float, double, int32 and int64 are read; any other type is kept `unread` (no data).
 */
export function decodeTensor(bytes: Uint8Array): OnnxTensor {
  const dims: number[] = [];
  let dataType = 0, name = "", raw: Uint8Array | undefined, external = false;
  const lists: number[][] = [];
  for (const f of fields(bytes)) {
    if (f.field === 1) ints(f, dims, "TensorProto.dims");
    else if (f.field === 2) dataType = numberOf(f, "TensorProto.data_type");
    else if (f.field === 8) name = textOf(f, "TensorProto.name");
    else if (f.field === 9) raw = bytesOf(f, "TensorProto.raw_data");
    else if (f.field === 4) floats(f, 4, lists, "TensorProto.float_data");
    else if (f.field === 10) floats(f, 8, lists, "TensorProto.double_data");
    else if (f.field === 5 || f.field === 7) {
      const list: number[] = [];
      ints(f, list, "TensorProto.int_data");
      lists.push(list);
    } else if (f.field === 14) external = numberOf(f, "TensorProto.data_location") === 1;
  }
  if (external) throw new Error(`${WHERE}: tensor "${name}" keeps its data in an external file, which is not read. Received: data_location=EXTERNAL.`);
  let count = 1;
  for (const d of dims) {
    if (d < 0) throw new Error(`${WHERE}: malformed ONNX: tensor "${name}" has a negative dimension. Received: dims=[${dims.join(",")}].`);
    count *= d;
    if (count > MAX_TENSOR_ELEMENTS) throw new RangeError(`${WHERE}: tensor "${name}" has more than ${MAX_TENSOR_ELEMENTS} elements. Received: dims=[${dims.join(",")}].`);
  }
  // Other types are kept unread, so that one off the imported chain does not stop an import.
  if (!READ_TYPES.has(dataType)) return { name, dataType, dims, data: new Float64Array(0), unread: true };
  const data = raw !== undefined ? rawValues(raw, dataType, name) : Float64Array.from(lists.flat());
  if (data.length !== count) throw new Error(`${WHERE}: malformed ONNX: tensor "${name}" has ${data.length} values for dims [${dims.join(",")}] (${count}). Received: ${data.length} values.`);
  return { name, dataType, dims, data };
}

function decodeAttribute(bytes: Uint8Array): OnnxAttribute {
  const a: OnnxAttribute = { name: "", type: 0 };
  const fl: number[][] = [];
  const is: number[] = [];
  const ss: string[] = [];
  for (const f of fields(bytes)) {
    if (f.field === 1) a.name = textOf(f, "AttributeProto.name");
    else if (f.field === 20) a.type = numberOf(f, "AttributeProto.type");
    else if (f.field === 2) a.f = numberOf(f, "AttributeProto.f");
    else if (f.field === 3) a.i = numberOf(f, "AttributeProto.i");
    else if (f.field === 4) a.s = textOf(f, "AttributeProto.s");
    else if (f.field === 5) a.t = decodeTensor(bytesOf(f, "AttributeProto.t"));
    else if (f.field === 7) floats(f, 4, fl, "AttributeProto.floats");
    else if (f.field === 8) ints(f, is, "AttributeProto.ints");
    else if (f.field === 9) ss.push(textOf(f, "AttributeProto.strings"));
    // Subgraphs (field 6, 11) are not decoded: no node this package imports has one, and
    // leaving them as bytes keeps the decoder free of recursion.
  }
  if (fl.length > 0) a.floats = fl.flat();
  if (is.length > 0) a.ints = is;
  if (ss.length > 0) a.strings = ss;
  return a;
}

function decodeNode(bytes: Uint8Array): OnnxNode {
  const n: OnnxNode = { name: "", opType: "", domain: "", inputs: [], outputs: [], attributes: [] };
  for (const f of fields(bytes)) {
    if (f.field === 1) n.inputs.push(textOf(f, "NodeProto.input"));
    else if (f.field === 2) n.outputs.push(textOf(f, "NodeProto.output"));
    else if (f.field === 3) n.name = textOf(f, "NodeProto.name");
    else if (f.field === 4) n.opType = textOf(f, "NodeProto.op_type");
    else if (f.field === 5) n.attributes.push(decodeAttribute(bytesOf(f, "NodeProto.attribute")));
    else if (f.field === 7) n.domain = textOf(f, "NodeProto.domain");
  }
  return n;
}

function decodeShape(bytes: Uint8Array): (number | string | null)[] {
  const shape: (number | string | null)[] = [];
  for (const f of fields(bytes)) {
    if (f.field !== 1) continue;
    let dim: number | string | null = null;
    for (const d of fields(bytesOf(f, "TensorShapeProto.dim"))) {
      if (d.field === 1) dim = numberOf(d, "Dimension.dim_value");
      else if (d.field === 2) dim = textOf(d, "Dimension.dim_param");
    }
    shape.push(dim);
  }
  return shape;
}

function decodeValueInfo(bytes: Uint8Array): OnnxValueInfo {
  const v: OnnxValueInfo = { name: "", kind: "other", elemType: 0, shape: null };
  for (const f of fields(bytes)) {
    if (f.field === 1) v.name = textOf(f, "ValueInfoProto.name");
    else if (f.field === 2) {
      for (const t of fields(bytesOf(f, "ValueInfoProto.type"))) {
        if (t.field !== 1) continue; // sequence, map, optional: left as "other", not recursed into
        v.kind = "tensor";
        for (const e of fields(bytesOf(t, "TypeProto.tensor_type"))) {
          if (e.field === 1) v.elemType = numberOf(e, "Tensor.elem_type");
          else if (e.field === 2) v.shape = decodeShape(bytesOf(e, "Tensor.shape"));
        }
      }
    }
  }
  return v;
}

function decodeGraph(bytes: Uint8Array): OnnxGraph {
  const g: OnnxGraph = { name: "", nodes: [], initializers: [], inputs: [], outputs: [] };
  for (const f of fields(bytes)) {
    if (f.field === 1) g.nodes.push(decodeNode(bytesOf(f, "GraphProto.node")));
    else if (f.field === 2) g.name = textOf(f, "GraphProto.name");
    else if (f.field === 5) g.initializers.push(decodeTensor(bytesOf(f, "GraphProto.initializer")));
    else if (f.field === 11) g.inputs.push(decodeValueInfo(bytesOf(f, "GraphProto.input")));
    else if (f.field === 12) g.outputs.push(decodeValueInfo(bytesOf(f, "GraphProto.output")));
  }
  return g;
}

/**
 * Reads ONNX `ModelProto` bytes (the subset in {@link OnnxModel}; other fields are skipped).
 * Safe on untrusted bytes: lengths are checked before slicing, tensors are bounded by
 * {@link MAX_TENSOR_ELEMENTS} and must hold as many values as their dims say, nothing recurses.
 * @throws Error naming what is malformed; RangeError for a tensor over the bound.
 * @example
 * decodeOnnx(encodeOnnx(model)).graph.nodes[0].opType; // "Gemm"
 */
export function decodeOnnx(bytes: Uint8Array): OnnxModel {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`${WHERE}: bytes must be a Uint8Array. Received: ${typeof bytes}.`);
  const model: OnnxModel = { irVersion: 0, opsetImports: [], producerName: "", producerVersion: "", graph: { name: "", nodes: [], initializers: [], inputs: [], outputs: [] }, metadata: {} };
  let sawGraph = false;
  for (const f of fields(bytes)) {
    if (f.field === 1) model.irVersion = numberOf(f, "ModelProto.ir_version");
    else if (f.field === 2) model.producerName = textOf(f, "ModelProto.producer_name");
    else if (f.field === 3) model.producerVersion = textOf(f, "ModelProto.producer_version");
    else if (f.field === 7) {
      model.graph = decodeGraph(bytesOf(f, "ModelProto.graph"));
      sawGraph = true;
    } else if (f.field === 8) {
      const o = { domain: "", version: 0 };
      for (const e of fields(bytesOf(f, "ModelProto.opset_import"))) {
        if (e.field === 1) o.domain = textOf(e, "OperatorSetIdProto.domain");
        else if (e.field === 2) o.version = numberOf(e, "OperatorSetIdProto.version");
      }
      model.opsetImports.push(o);
    } else if (f.field === 14) {
      let key = "", value = "";
      for (const e of fields(bytesOf(f, "ModelProto.metadata_props"))) {
        if (e.field === 1) key = textOf(e, "StringStringEntryProto.key");
        else if (e.field === 2) value = textOf(e, "StringStringEntryProto.value");
      }
      if (key !== "__proto__") model.metadata[key] = value;
    }
  }
  if (!sawGraph) throw new Error(`${WHERE}: the bytes are not an ONNX model: no graph (ModelProto field 7). Received: ${bytes.length} bytes.`);
  return model;
}
