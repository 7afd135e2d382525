import type { ActivationView } from "../model-view.js";
import type { OnnxAttribute, OnnxNode } from "./onnx-types.js";

/** A node's attribute by name, or `undefined`. */
export function attribute(node: OnnxNode, name: string): OnnxAttribute | undefined {
  return node.attributes.find((a) => a.name === name);
}

const f = (node: OnnxNode, name: string, fallback: number): number => attribute(node, name)?.f ?? fallback;
/** Rounds a float32 attribute to the decimal it was most likely written from (0.2f → 0.2). */
export const tidy = (v: number): number => Number(v.toPrecision(7));

const SELU_ALPHA = 1.67326319217681884765625, SELU_GAMMA = 1.05070102214813232421875;

/**
 * ONNX activation operators and the backprop activation each one is, with its settings. A
 * function returns `undefined` when the settings are not ones backprop's activation has.
 */
export const ONNX_IMPORT_ACTIVATIONS: Readonly<Record<string, (node: OnnxNode) => ActivationView | undefined>> = {
  Sigmoid: () => ({ name: "sigmoid", config: {} }),
  Relu: () => ({ name: "relu", config: {} }),
  Tanh: () => ({ name: "tanh", config: {} }),
  Softmax: (node) => {
    const axis = attribute(node, "axis")?.i ?? -1;
    return axis === -1 || axis === 1 ? { name: "softmax", config: {} } : undefined;
  },
  LeakyRelu: (node) => ({ name: "leakyRelu", config: { alpha: tidy(f(node, "alpha", 0.01)) } }),
  Elu: (node) => ({ name: "elu", config: { alpha: tidy(f(node, "alpha", 1)) } }),
  Selu: (node) => (f(node, "alpha", SELU_ALPHA) === SELU_ALPHA && f(node, "gamma", SELU_GAMMA) === SELU_GAMMA ? { name: "selu", config: {} } : undefined),
  Softplus: () => ({ name: "softplus", config: {} }),
  Softsign: () => ({ name: "softsign", config: {} }),
  HardSigmoid: (node) => ({ name: "hardSigmoid", config: { alpha: tidy(f(node, "alpha", 0.2)), beta: tidy(f(node, "beta", 0.5)) } }),
  Mish: () => ({ name: "mish", config: {} }),
  Gelu: (node) => ({ name: (attribute(node, "approximate")?.s ?? "none") === "tanh" ? "geluTanh" : "gelu", config: {} }),
};

/** Operators read as "no change" on a `[N, features]` float tensor, when their settings make them so. */
export const PASS_THROUGH = ["Identity", "Dropout", "Flatten", "Cast", "Reshape", "ZipMap"] as const;

/** Every operator the importer reads, for error messages. */
export const SUPPORTED_OPS = ["Gemm", "MatMul", "Add", "BatchNormalization", ...Object.keys(ONNX_IMPORT_ACTIVATIONS), ...PASS_THROUGH, "Constant"];
