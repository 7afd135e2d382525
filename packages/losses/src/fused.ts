import type { Matrix } from "@backprop/linalg";
import { gradientTarget } from "./checks.js";
import type { LossName } from "./types.js";

/** `dL/dZ` of an output layer computed straight from its output `pred` and the targets. */
export type FusedGradient = (pred: Matrix, target: Matrix, out?: Matrix) => Matrix;

function pMinusY(op: string): FusedGradient {
  return (pred, target, out) => {
    const r = gradientTarget(op, pred, target, out);
    const p = pred.data, y = target.data, g = r.data, m = pred.rows;
    for (let k = 0; k < g.length; k++) g[k] = ((p[k] as number) - (y[k] as number)) / m;
    return r;
  };
}

const sigmoidBce = /* @__PURE__ */ pMinusY("fusedOutputGradient(binaryCrossEntropy, sigmoid)");
const softmaxCce = /* @__PURE__ */ pMinusY("fusedOutputGradient(categoricalCrossEntropy, softmax)");

/**
 * The numerically stable `dL/dZ` for an output activation followed by its matching loss, or
 * `undefined` when the pair has none: sigmoid + binaryCrossEntropy and softmax +
 * categoricalCrossEntropy both give `dZ = (p − y) / m`, where `p` is the activation's output.
 * It skips the division by `p(1 − p)` that the unfused chain does, which loses precision (and
 * returns 0·∞) once `p` saturates.
 *
 * @example
 * fusedOutputGradient("categoricalCrossEntropy", "softmax")?.(p, y); // (p − y) / m
 * fusedOutputGradient("mse", "sigmoid");                             // undefined
 */
export function fusedOutputGradient(loss: LossName, activation: string): FusedGradient | undefined {
  if (loss === "binaryCrossEntropy" && activation === "sigmoid") return sigmoidBce;
  if (loss === "categoricalCrossEntropy" && activation === "softmax") return softmaxCce;
  return undefined;
}
