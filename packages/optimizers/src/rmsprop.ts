import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { BaseOptimizer, COMMON_KEYS } from "./base-optimizer.js";
import { assertKnownOptions, positive, unitInterval } from "./options.js";
import type { CommonOptions } from "./types.js";

export interface RMSpropOptions extends CommonOptions {
  /** Decay of the running mean of squared gradients, default 0.9. */
  rho?: number;
  /** Added to `√s`, default 1e-8. */
  epsilon?: number;
}

/**
 * RMSprop: `s ← ρs + (1 − ρ)g²`, `w ← w − lr·g / (√s + ε)` (learningRate default 0.001), with
 * `g = grad + λw` when weightDecay `λ > 0`.
 */
export class RMSprop extends BaseOptimizer<Matrix> {
  readonly name = "rmsprop";
  /** The running average of squared gradients. */
  protected override readonly squaredSlots = [0];
  private readonly rho: number;
  private readonly epsilon: number;

  constructor(options: RMSpropOptions = {}) {
    assertKnownOptions("rmsprop", options, [...COMMON_KEYS, "rho", "epsilon"]);
    super("rmsprop", options, 0.001);
    this.rho = unitInterval("rmsprop", "rho", options.rho ?? 0.9);
    this.epsilon = positive("rmsprop", "epsilon", options.epsilon ?? 1e-8);
  }

  protected createState(param: Param): Matrix {
    return new Matrix(param.value.rows, param.value.cols);
  }

  protected update(param: Param, cache: Matrix, lr: number): void {
    const w = param.value.data, g = param.grad.data, s = cache.data;
    const rho = this.rho, eps = this.epsilon, wd = this.weightDecay;
    for (let k = 0; k < w.length; k++) {
      const gk = (g[k] as number) + wd * (w[k] as number);
      const sk = rho * (s[k] as number) + (1 - rho) * gk * gk;
      s[k] = sk;
      w[k] = (w[k] as number) - (lr * gk) / (Math.sqrt(sk) + eps);
    }
  }

  protected hyperparameters(): Record<string, unknown> {
    return { rho: this.rho, epsilon: this.epsilon };
  }
}

/** RMSprop (learningRate 0.001, rho 0.9, epsilon 1e-8 by default). */
export function rmsprop(options: RMSpropOptions = {}): RMSprop {
  return new RMSprop(options);
}
