import type { Matrix } from "@backprop/linalg";
import type { Layer } from "@backprop/layers";
import type { DivergenceCause } from "./types.js";

/** Inputs larger than this in absolute value are "unscaled". */
export const UNSCALED_ABOVE = 100;

/** What {@link likelyCause} decides from. */
export type CauseFacts = Omit<DivergenceCause, "kind" | "suggested">;

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
 *    multiplies the weights by `1 − lr·λ`, which overshoots zero once `lr·λ ≥ 1` (suggested:
 *    `λ = 0.1 / lr`);
 * 2. unscaled inputs: values above 100 in absolute value make `x·W` and its gradient that large;
 * 3. otherwise the learning rate (suggested: `min(0.1, lr / 100)`).
 * @example
 * likelyCause({ learningRate: 5, optimizer: "sgd", l2: 0, maxAbsInput: 3 });
 * // { kind: "learningRate", learningRate: 5, optimizer: "sgd", l2: 0, maxAbsInput: 3, suggested: 0.05 }
 */
export function likelyCause(f: CauseFacts): DivergenceCause {
  const sgdLike = f.optimizer === "sgd" || f.optimizer === "momentum" || f.optimizer === "nesterov";
  if (f.l2 > 0 && sgdLike && f.learningRate * f.l2 >= 1) return { kind: "l2", ...f, suggested: Number((0.1 / f.learningRate).toPrecision(1)) };
  if (f.maxAbsInput > UNSCALED_ABOVE) return { kind: "unscaledInputs", ...f };
  return { kind: "learningRate", ...f, suggested: Number(Math.min(0.1, f.learningRate / 100).toPrecision(1)) };
}

/** `lr·l2` as the messages print it (three significant digits). */
export function rateTimesL2(c: DivergenceCause): number {
  return Number((c.learningRate * c.l2).toPrecision(3));
}

/**
 * {@link likelyCause}'s verdict in words, naming the library's options.
 * @example
 * describeCause(likelyCause({ learningRate: 5, optimizer: "sgd", l2: 0, maxAbsInput: 3 }));
 * // "the learning rate is too large (5 with sgd); try 0.05 or smaller"
 */
export function describeCause(c: DivergenceCause): string {
  if (c.kind === "l2") {
    return `the L2 regularization is too strong for the learning rate (l2 ${c.l2} with learning rate ${c.learningRate}: lr·l2 = ${rateTimesL2(c)} ≥ 1 makes each step overshoot); try l2 ${c.suggested} or smaller`;
  }
  if (c.kind === "unscaledInputs") {
    return `the inputs are unscaled (values up to ${c.maxAbsInput.toPrecision(3)}); standardize them first (StandardScaler from @backprop/data)`;
  }
  return `the learning rate is too large (${c.learningRate} with ${c.optimizer}); try ${c.suggested} or smaller`;
}
