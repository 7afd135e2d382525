import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { BaseOptimizer, COMMON_KEYS } from "./base-optimizer.js";
import { assertKnownOptions, nonNegative, positive } from "./options.js";
import type { CommonOptions } from "./types.js";

export interface AdagradOptions extends CommonOptions {
  /** Starting value of the squared-gradient sum, default 0. */
  initialAccumulator?: number;
  /** Added to `√s`, default 1e-8. */
  epsilon?: number;
}

/**
 * Adagrad: `s ← s + g²`, `w ← w − lr·g / (√s + ε)` (learningRate default 0.01), with
 * `g = grad + λw` when weightDecay `λ > 0`. Each weight's rate shrinks as its gradients accumulate.
 */
export class Adagrad extends BaseOptimizer<Matrix> {
  readonly name = "adagrad";
  /** The sum of squared gradients (from the initial accumulator). */
  protected override readonly squaredSlots = [0];
  private readonly initialAccumulator: number;
  private readonly epsilon: number;

  constructor(options: AdagradOptions = {}) {
    assertKnownOptions("adagrad", options, [...COMMON_KEYS, "initialAccumulator", "epsilon"]);
    super("adagrad", options, 0.01);
    this.initialAccumulator = nonNegative("adagrad", "initialAccumulator", options.initialAccumulator ?? 0);
    this.epsilon = positive("adagrad", "epsilon", options.epsilon ?? 1e-8);
  }

  protected createState(param: Param): Matrix {
    const s = new Matrix(param.value.rows, param.value.cols);
    s.data.fill(this.initialAccumulator);
    return s;
  }

  protected update(param: Param, cache: Matrix, lr: number): void {
    const w = param.value.data, g = param.grad.data, s = cache.data;
    const eps = this.epsilon, wd = this.weightDecay;
    for (let k = 0; k < w.length; k++) {
      const gk = (g[k] as number) + wd * (w[k] as number);
      const sk = (s[k] as number) + gk * gk;
      s[k] = sk;
      w[k] = (w[k] as number) - (lr * gk) / (Math.sqrt(sk) + eps);
    }
  }

  protected hyperparameters(): Record<string, unknown> {
    return { initialAccumulator: this.initialAccumulator, epsilon: this.epsilon };
  }
}

/** Adagrad (learningRate 0.01, epsilon 1e-8, initialAccumulator 0 by default). */
export function adagrad(options: AdagradOptions = {}): Adagrad {
  return new Adagrad(options);
}
