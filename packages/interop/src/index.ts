export { toOnnx, toOnnxModel, ONNX_IR_VERSION, ONNX_OPSET } from "./onnx/to-onnx.js";
export type { ToOnnxOptions } from "./onnx/to-onnx.js";
export type { OnnxDType } from "./onnx/graph-builder.js";
export { encodeOnnx } from "./onnx/encode-onnx.js";
export { decodeOnnx, MAX_TENSOR_ELEMENTS } from "./onnx/decode-onnx.js";
export type { OnnxAttribute, OnnxGraph, OnnxModel, OnnxNode, OnnxOpset, OnnxTensor, OnnxValueInfo } from "./onnx/onnx-types.js";
export type { ModelLike } from "./model-view.js";
export { fromOnnx, onnxToModelJSON } from "./onnx/from-onnx.js";
export type { FromOnnxOptions } from "./onnx/from-onnx.js";
