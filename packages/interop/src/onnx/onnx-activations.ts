import { attrFloat, attrString, type GraphBuilder } from "./graph-builder.js";

/** Writes `act(x)` into the graph and returns the output's name. */
export type OnnxActivationWriter = (g: GraphBuilder, x: string, config: Readonly<Record<string, number>>) => string;

const SELU_ALPHA = 1.6732632423543772;
const SELU_LAMBDA = 1.0507009873554805;

/** `max(x, 0) + log(1 + exp(−|x|))`: softplus that never overflows, from ops with float64 kernels. */
function stableSoftplus(g: GraphBuilder, x: string): string {
  const negAbs = g.node("Neg", [g.node("Abs", [x])]);
  return g.node("Add", [g.node("Max", [x, g.scalar(0)]), g.node("Log", [g.node("Add", [g.scalar(1), g.node("Exp", [negAbs])])])]);
}

/** `x if x > 0 else α·(exp(x) − 1)`. */
function eluComposed(g: GraphBuilder, x: string, alpha: number): string {
  const negative = g.node("Mul", [g.scalar(alpha), g.node("Sub", [g.node("Exp", [x]), g.scalar(1)])]);
  return g.node("Where", [g.node("Greater", [x, g.scalar(0)]), x, negative]);
}

/** `0.5·x·(1 + erf(x/√2))`, exact. */
function geluErf(g: GraphBuilder, x: string): string {
  const erf = g.node("Erf", [g.node("Div", [x, g.scalar(Math.SQRT2)])]);
  return g.node("Mul", [g.node("Mul", [g.scalar(0.5), x]), g.node("Add", [g.scalar(1), erf])]);
}

/** `0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))`. */
function geluTanh(g: GraphBuilder, x: string): string {
  const cube = g.node("Mul", [x, g.node("Mul", [x, x])]);
  const inner = g.node("Mul", [g.scalar(Math.sqrt(2 / Math.PI)), g.node("Add", [x, g.node("Mul", [g.scalar(0.044715), cube])])]);
  return g.node("Mul", [g.node("Mul", [g.scalar(0.5), x]), g.node("Add", [g.scalar(1), g.node("Tanh", [inner])])]);
}

const f32 = (g: GraphBuilder): boolean => g.dtype === "float32";

/**
 * Each activation as ONNX operators: the operator itself where ONNX has one whose float
 * attributes lose nothing (float32 graphs), an exact composition of ops that ONNX Runtime
 * runs in float64 otherwise. Names not here are refused by the exporter.
 */
export const ONNX_ACTIVATIONS: Readonly<Record<string, OnnxActivationWriter>> = {
  linear: (_g, x) => x,
  sigmoid: (g, x) => g.node("Sigmoid", [x]),
  relu: (g, x) => g.node("Relu", [x]),
  tanh: (g, x) => g.node("Tanh", [x]),
  softmax: (g, x) => g.node("Softmax", [x]),
  leakyRelu: (g, x, c) => {
    const alpha = c.alpha ?? 0.01;
    if (f32(g)) return g.node("LeakyRelu", [x], [attrFloat("alpha", alpha)]);
    // x + α·0 = x for x > 0 and 0 + α·x for x ≤ 0: the same bits as `x > 0 ? x : α·x`.
    return g.node("Add", [g.node("Max", [x, g.scalar(0)]), g.node("Mul", [g.scalar(alpha), g.node("Min", [x, g.scalar(0)])])]);
  },
  elu: (g, x, c) => (f32(g) ? g.node("Elu", [x], [attrFloat("alpha", c.alpha ?? 1)]) : eluComposed(g, x, c.alpha ?? 1)),
  selu: (g, x) => (f32(g) ? g.node("Selu", [x]) : g.node("Mul", [g.scalar(SELU_LAMBDA), eluComposed(g, x, SELU_ALPHA)])),
  gelu: (g, x) => {
    if (!f32(g)) throw new TypeError(`toOnnx: gelu needs Erf, which ONNX Runtime runs in float32 only. Export with dtype "float32". Received: dtype="float64".`);
    return g.opset >= 20 ? g.node("Gelu", [x]) : geluErf(g, x);
  },
  geluTanh: (g, x) => (f32(g) && g.opset >= 20 ? g.node("Gelu", [x], [attrString("approximate", "tanh")]) : geluTanh(g, x)),
  softplus: (g, x) => (f32(g) ? g.node("Softplus", [x]) : stableSoftplus(g, x)),
  softsign: (g, x) => (f32(g) ? g.node("Softsign", [x]) : g.node("Div", [x, g.node("Add", [g.scalar(1), g.node("Abs", [x])])])),
  // float64: `x/(1 + exp(−x))`, since ONNX Runtime fuses `x·Sigmoid(x)` into a float32-only kernel.
  swish: (g, x) => (f32(g) ? g.node("Mul", [x, g.node("Sigmoid", [x])]) : g.node("Div", [x, g.node("Add", [g.scalar(1), g.node("Exp", [g.node("Neg", [x])])])])),
  // silu is swish under its other name (the activations package keeps both names).
  silu: (g, x) => (f32(g) ? g.node("Mul", [x, g.node("Sigmoid", [x])]) : g.node("Div", [x, g.node("Add", [g.scalar(1), g.node("Exp", [g.node("Neg", [x])])])])),
  hardSigmoid: (g, x, c) => {
    const alpha = c.alpha ?? 0.2, beta = c.beta ?? 0.5;
    if (f32(g)) return g.node("HardSigmoid", [x], [attrFloat("alpha", alpha), attrFloat("beta", beta)]);
    const line = g.node("Add", [g.node("Mul", [x, g.scalar(alpha)]), g.scalar(beta)]);
    return g.node("Max", [g.scalar(0), g.node("Min", [g.scalar(1), line])]);
  },
  mish: (g, x) => (f32(g) && g.opset >= 18 ? g.node("Mish", [x]) : g.node("Mul", [x, g.node("Tanh", [stableSoftplus(g, x)])])),
};
