import { attrFloat, type GraphBuilder } from "./graph-builder.js";

/** What the batch-norm writer reads of a layer. */
export interface BatchNormStats {
  features: number;
  epsilon: number;
  /** `running = momentum·running + (1 − momentum)·batch`, ONNX's meaning too (written on the float32 operator). */
  momentum?: number;
  gamma: ArrayLike<number>;
  beta: ArrayLike<number>;
  runningMean: ArrayLike<number>;
  runningVar: ArrayLike<number>;
}

/**
 * Batch norm in inference form. float32: the `BatchNormalization` operator with the running
 * statistics. float64: that operator's `epsilon` is a float attribute (1e-3 would become
 * 0.0010000000474974513), so the graph computes what `BatchNorm.forward` does, in its order and
 * with float64 constants: `inv = 1/√(var + ε)` (`Reciprocal(Sqrt(Add(var, ε)))`), then `((x − mean)·inv)·γ + β`, each one IEEE
 * operation, so ONNX Runtime gives the same bits as `predict`.
 */
export function writeBatchNorm(g: GraphBuilder, x: string, l: BatchNormStats): string {
  const n = [l.features];
  if (g.dtype === "float32") {
    const inputs = [x, g.constant("gamma", n, l.gamma), g.constant("beta", n, l.beta), g.constant("mean", n, l.runningMean), g.constant("var", n, l.runningVar)];
    const attributes = [attrFloat("epsilon", l.epsilon)];
    if (l.momentum !== undefined) attributes.push(attrFloat("momentum", l.momentum));
    return g.node("BatchNormalization", inputs, attributes);
  }
  // Reciprocal, not Div(1, ·): ONNX Runtime's optimizer turns Mul(a, Div(1, s)) into Div(a, s),
  // which rounds differently from BatchNorm's (x − μ)·(1/s).
  const inv = g.node("Reciprocal", [g.node("Sqrt", [g.node("Add", [g.constant("var", n, l.runningVar), g.scalar(l.epsilon)])])]);
  const xHat = g.node("Mul", [g.node("Sub", [x, g.constant("mean", n, l.runningMean)]), inv]);
  return g.node("Add", [g.node("Mul", [xHat, g.constant("gamma", n, l.gamma)]), g.constant("beta", n, l.beta)]);
}
