/** ONNX `TensorProto.DataType` values this package reads or writes. */
export const DATA_TYPE = { float: 1, int32: 6, int64: 7, double: 11 } as const;

/** Names of the `TensorProto.DataType` values, for messages. */
export const DATA_TYPE_NAMES: Readonly<Record<number, string>> = {
  1: "float", 2: "uint8", 3: "int8", 4: "uint16", 5: "int16", 6: "int32", 7: "int64", 8: "string", 9: "bool", 10: "float16",
  11: "double", 12: "uint32", 13: "uint64", 14: "complex64", 15: "complex128", 16: "bfloat16",
};

/** ONNX `AttributeProto.AttributeType` values. */
export const ATTRIBUTE_TYPE = { float: 1, int: 2, string: 3, tensor: 4, graph: 5, floats: 6, ints: 7, strings: 8 } as const;

/**
 * A tensor (an initializer or a `value` attribute); numbers are held as float64 whatever `dataType` says.
 * A tensor of a type not read (string, bool, float16, …) is `unread`, with empty `data`: a graph
 * may hold one off the path the importer reads (a classifier's string labels).
 */
export interface OnnxTensor {
  name: string;
  dataType: number;
  dims: number[];
  data: Float64Array;
  unread?: true;
}

/** One node attribute; only the field its `type` names is set. */
export interface OnnxAttribute {
  name: string;
  type: number;
  f?: number;
  i?: number;
  s?: string;
  t?: OnnxTensor;
  floats?: number[];
  ints?: number[];
  strings?: string[];
}

export interface OnnxNode {
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: OnnxAttribute[];
}

/** A graph input or output: a tensor's element type and shape (a number, a symbolic name, or `null` per dimension), or another kind. */
export interface OnnxValueInfo {
  name: string;
  kind: "tensor" | "other";
  elemType: number;
  shape: (number | string | null)[] | null;
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
}

export interface OnnxOpset {
  domain: string;
  version: number;
}

/** The part of an ONNX `ModelProto` this package writes and reads. */
export interface OnnxModel {
  irVersion: number;
  opsetImports: OnnxOpset[];
  producerName: string;
  producerVersion: string;
  graph: OnnxGraph;
  metadata: Record<string, string>;
}
