import { attribute } from "./onnx-import-ops.js";
import { DATA_TYPE, type OnnxNode, type OnnxTensor } from "./onnx-types.js";

/**
 * The tensor a `Constant` node makes, from whichever attribute holds it: `value` (a tensor), or,
 * since opset 12, `value_float` / `value_int` (a scalar) and `value_floats` / `value_ints` (a
 * 1-D tensor). `undefined` for another node, or a Constant of another kind (`sparse_value`,
 * `value_string(s)`), which no layer reads.
 */
export function constantTensor(node: OnnxNode): OnnxTensor | undefined {
  if (node.opType !== "Constant" || (node.domain !== "" && node.domain !== "ai.onnx")) return undefined;
  const name = node.outputs[0] ?? "";
  const value = attribute(node, "value")?.t;
  if (value !== undefined) return value;
  // An attribute left at its zero value may be written without the value itself.
  const f = attribute(node, "value_float"), i = attribute(node, "value_int");
  if (f !== undefined) return { name, dataType: DATA_TYPE.float, dims: [], data: Float64Array.of(f.f ?? 0) };
  if (i !== undefined) return { name, dataType: DATA_TYPE.int64, dims: [], data: Float64Array.of(i.i ?? 0) };
  const fs = attribute(node, "value_floats");
  if (fs !== undefined) return { name, dataType: DATA_TYPE.float, dims: [fs.floats?.length ?? 0], data: Float64Array.from(fs.floats ?? []) };
  const is = attribute(node, "value_ints");
  if (is !== undefined) return { name, dataType: DATA_TYPE.int64, dims: [is.ints?.length ?? 0], data: Float64Array.from(is.ints ?? []) };
  return undefined;
}
