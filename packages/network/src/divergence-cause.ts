import type { Matrix } from "@backprop/linalg";
import type { Layer } from "@backprop/layers";

/** Inputs larger than this in absolute value are "unscaled". */
export const UNSCALED_ABOVE = 100;

/** What {@link likelyCause} decides from. */
export interface CauseFacts {
  learningRate: number;
  optimizer: string;
  /** The largest L2 strength among the layers' regularizers (0 without one). */
  l2: number;
  /** `max |x|` over the training rows. */
  maxAbsInput: number;
}

/** `max |x|` over every entry of `x` (0 for an empty matrix). */
export function maxAbs(x: Matrix): number {
  let m = 0;
  for (const v of x.data) m = Math.max(m, Math.abs(v));
  return m;
}

/** The largest `l2` among the layers' regularizers (a layer declares one as `regularizer: { l2 }`). */
export function strongestL2(layers: readonly Layer[]): number {
  let l2 = 0;
  for (const layer of layers) {
    const reg = (layer as { regularizer?: { l2?: unknown } }).regularizer;
    if (typeof reg?.l2 === "number") l2 = Math.max(l2, reg.l2);
  }
  return l2;
}

/**
 * The likeliest reason a run diverged, in this order:
 * 1. the regularization is too strong for the rate: with SGD (plain, momentum, Nesterov) each step
 *    multiplies the weights by `1 − lr·λ`, which overshoots zero once `lr·λ ≥ 1`;
 * 2. unscaled inputs: values above 100 in absolute value make `x·W` and its gradient that large;
 * 3. otherwise the learning rate.
 * @example
 * likelyCause({ learningRate: 5, optimizer: "sgd", l2: 0, maxAbsInput: 3 });
 * // "the learning rate is too large (5 with sgd); try 0.05 or smaller"
 */
export function likelyCause(f: CauseFacts): string {
  const sgdLike = f.optimizer === "sgd" || f.optimizer === "momentum" || f.optimizer === "nesterov";
  if (f.l2 > 0 && sgdLike && f.learningRate * f.l2 >= 1) {
    const product = Number((f.learningRate * f.l2).toPrecision(3));
    return `the L2 regularization is too strong for the learning rate (l2 ${f.l2} with learning rate ${f.learningRate}: lr·l2 = ${product} ≥ 1 makes each step overshoot); try l2 ${Number((0.1 / f.learningRate).toPrecision(1))} or smaller`;
  }
  if (f.maxAbsInput > UNSCALED_ABOVE) {
    return `the inputs are unscaled (values up to ${f.maxAbsInput.toPrecision(3)}); standardize them first (StandardScaler from @backprop/data)`;
  }
  const suggestion = Number(Math.min(0.1, f.learningRate / 100).toPrecision(1));
  return `the learning rate is too large (${f.learningRate} with ${f.optimizer}); try ${suggestion} or smaller`;
}
