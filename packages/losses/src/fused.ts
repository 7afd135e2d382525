import type { Matrix } from "@backprop/linalg";
import { assertSampleWeight, gradientTarget } from "./checks.js";

/** `dL/dZ` of an output layer computed straight from its output `pred` and the targets, optionally weighted per sample. */
export type FusedGradient = (pred: Matrix, target: Matrix, out?: Matrix, sampleWeight?: Float64Array) => Matrix;

function pMinusY(op: string): FusedGradient {
  return (pred, target, out, sampleWeight) => {
    const r = gradientTarget(op, pred, target, out);
    const p = pred.data, y = target.data, g = r.data, m = pred.rows;
    if (sampleWeight === undefined) {
      for (let k = 0; k < g.length; k++) g[k] = ((p[k] as number) - (y[k] as number)) / m;
      return r;
    }
    assertSampleWeight(op, sampleWeight, m);
    for (let i = 0, k = 0; i < m; i++) {
      const w = sampleWeight[i] as number;
      for (let j = 0; j < pred.cols; j++, k++) g[k] = (w * ((p[k] as number) - (y[k] as number))) / m;
    }
    return r;
  };
}

const sigmoidBce = /* @__PURE__ */ pMinusY("fusedOutputGradient(binaryCrossEntropy, sigmoid)");
const softmaxCce = /* @__PURE__ */ pMinusY("fusedOutputGradient(categoricalCrossEntropy, softmax)");

/**
 * The numerically stable `dL/dZ` for an output activation followed by its matching loss, or
 * `undefined` when the pair has none: sigmoid + binaryCrossEntropy and softmax +
 * categoricalCrossEntropy both give `dZ = wᵢ(pᵢ − yᵢ) / m`, where `p` is the activation's output
 * and `wᵢ` the row's `sampleWeight` (1 without). It skips the division by `p(1 − p)` that the
 * unfused chain does, which loses precision (and returns 0·∞) once `p` saturates.
 *
 * @throws RangeError (from the returned function) for `sampleWeight` of the wrong length or with
 *   a negative or non-finite value.
 * @example
 * fusedOutputGradient("categoricalCrossEntropy", "softmax")?.(p, y); // (p − y) / m
 * fusedOutputGradient("mse", "sigmoid");                             // undefined
 */
export function fusedOutputGradient(loss: string, activation: string): FusedGradient | undefined {
  if (loss === "binaryCrossEntropy" && activation === "sigmoid") return sigmoidBce;
  if (loss === "categoricalCrossEntropy" && activation === "softmax") return softmaxCce;
  return undefined;
}
