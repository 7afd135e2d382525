import type { Matrix } from "@backprop/linalg";

/** What {@link likelyCause} decides from: the flags and the largest absolute input the network sees. */
export interface CauseFacts {
  learningRate: number;
  l2: number;
  optimizer: string;
  scale: string;
  /** `max |x|` over the training rows as the network sees them (after scaling). */
  maxAbsInput: number;
}

/** Inputs larger than this (after `--scale`) are "unscaled". */
export const UNSCALED_ABOVE = 100;

/** `max |x|` over every entry of `x` (0 for an empty matrix). */
export function maxAbs(x: Matrix): number {
  let m = 0;
  for (const v of x.data) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * The likeliest reason a run diverged, decided from the flags and the data's scale, in this order:
 * 1. `--l2` too strong for the learning rate: with SGD (or momentum) each step multiplies the
 *    weights by `1 − lr·λ`, which overshoots zero once `lr·λ ≥ 1`;
 * 2. unscaled inputs: `--scale none` with inputs above 100 in absolute value;
 * 3. otherwise the learning rate.
 * @example
 * likelyCause({ learningRate: 1e6, l2: 0, optimizer: "sgd", scale: "standard", maxAbsInput: 3 });
 * // "the learning rate is too large (--lr 1000000 with sgd); try --lr 0.1 or smaller"
 */
export function likelyCause(f: CauseFacts): string {
  const sgdLike = f.optimizer === "sgd" || f.optimizer === "momentum";
  if (f.l2 > 0 && sgdLike && f.learningRate * f.l2 >= 1) {
    return `--l2 ${f.l2} is too strong for --lr ${f.learningRate} (lr·l2 = ${String(f.learningRate * f.l2)} ≥ 1 makes each step overshoot); try --l2 ${String(0.1 / f.learningRate)} or smaller`;
  }
  if (f.maxAbsInput > UNSCALED_ABOVE) {
    return `the inputs are unscaled (values up to ${f.maxAbsInput.toPrecision(3)} with --scale ${f.scale}); try --scale standard`;
  }
  const suggestion = Math.min(0.1, f.learningRate / 100);
  return `the learning rate is too large (--lr ${f.learningRate} with ${f.optimizer}); try --lr ${Number(suggestion.toPrecision(1))} or smaller`;
}
