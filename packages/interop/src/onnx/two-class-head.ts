import { attribute } from "./onnx-import-ops.js";
import type { OnnxNode, OnnxTensor } from "./onnx-types.js";

/**
 * scikit-learn's two-class head as skl2onnx writes it: `p = Sigmoid(z)` of one output, then
 * `probabilities = Concat(Sub(1, p), p, axis=1)`, i.e. `[1 − p, p]`. When `node` is that Concat,
 * returns the name of `p`, so the importer reads the one sigmoid output: a backprop binary
 * classifier, whose `predictProba` gives `[1 − p, p]` again. Otherwise `undefined`.
 */
export function twoClassHead(node: OnnxNode, producer: Map<string, OnnxNode>, constants: Map<string, OnnxTensor>): string | undefined {
  if (node.opType !== "Concat" || node.domain !== "" || node.inputs.length !== 2) return undefined;
  const axis = attribute(node, "axis")?.i;
  const [negative, p] = node.inputs as [string, string];
  const sub = producer.get(negative);
  const one = constants.get(sub?.inputs[0] ?? "");
  const isOne = one !== undefined && one.data.length === 1 && one.data[0] === 1;
  const fromSigmoid = producer.get(p)?.opType === "Sigmoid";
  return (axis === 1 || axis === -1) && sub?.opType === "Sub" && sub.inputs[1] === p && isOne && fromSigmoid ? p : undefined;
}
