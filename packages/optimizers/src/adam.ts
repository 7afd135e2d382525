import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { BaseOptimizer, COMMON_KEYS } from "./base-optimizer.js";
import { assertKnownOptions, positive, unitInterval } from "./options.js";
import type { CommonOptions } from "./types.js";

export interface AdamOptions extends CommonOptions {
  /** Decay of the first-moment (mean) estimate, default 0.9. */
  beta1?: number;
  /** Decay of the second-moment (uncentred variance) estimate, default 0.999. */
  beta2?: number;
  /** Added to `√v̂` so the step never divides by zero, default 1e-8. */
  epsilon?: number;
}

interface Moments {
  m: Matrix;
  v: Matrix;
}

const KEYS = [...COMMON_KEYS, "beta1", "beta2", "epsilon"];

/**
 * Adam, as seed 001's `AdamOptimizer` but with ONE time step `t` per `step` call (the seed
 * increments `t` once per parameter, which skews the bias correction of every later parameter):
 * `m ← β₁m + (1 − β₁)g`, `v ← β₂v + (1 − β₂)g²`, `m̂ = m / (1 − β₁ᵗ)`, `v̂ = v / (1 − β₂ᵗ)`,
 * `w ← w − lr·m̂ / (√v̂ + ε)`. With `weightDecay = λ`, adam uses `g = grad + λw` (L2) while adamw
 * first decays the weights directly, `w ← w − lr·λ·w` (decoupled weight decay, Loshchilov & Hutter).
 */
export class Adam extends BaseOptimizer<Moments> {
  readonly name: "adam" | "adamw";
  /** `v`, the second moment (after `m`). */
  protected override readonly squaredSlots = [1];
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly epsilon: number;

  constructor(options: AdamOptions = {}, decoupled = false) {
    const op = decoupled ? "adamw" : "adam";
    assertKnownOptions(op, options, KEYS);
    super(op, decoupled ? { weightDecay: 0.01, ...options } : options, 0.001);
    this.name = op;
    this.beta1 = unitInterval(op, "beta1", options.beta1 ?? 0.9);
    this.beta2 = unitInterval(op, "beta2", options.beta2 ?? 0.999);
    this.epsilon = positive(op, "epsilon", options.epsilon ?? 1e-8);
  }

  protected createState(param: Param): Moments {
    return { m: new Matrix(param.value.rows, param.value.cols), v: new Matrix(param.value.rows, param.value.cols) };
  }

  protected update(param: Param, { m, v }: Moments, lr: number, t: number): void {
    const w = param.value.data, g = param.grad.data, md = m.data, vd = v.data;
    const b1 = this.beta1, b2 = this.beta2, eps = this.epsilon;
    const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
    const decoupled = this.name === "adamw";
    const l2 = decoupled ? 0 : this.weightDecay;
    const shrink = decoupled ? lr * this.weightDecay : 0;
    for (let k = 0; k < w.length; k++) {
      const wk = w[k] as number;
      const gk = (g[k] as number) + l2 * wk;
      const mk = b1 * (md[k] as number) + (1 - b1) * gk;
      const vk = b2 * (vd[k] as number) + (1 - b2) * gk * gk;
      md[k] = mk;
      vd[k] = vk;
      w[k] = wk - shrink * wk - (lr * (mk / c1)) / (Math.sqrt(vk / c2) + eps);
    }
  }

  protected hyperparameters(): Record<string, unknown> {
    return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}

/**
 * Adam (learningRate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-8 by default).
 * @example
 * const opt = adam({ learningRate: 0.01 });
 * opt.step(model.params()); opt.iterations; // 1
 */
export function adam(options: AdamOptions = {}): Adam {
  return new Adam(options, false);
}

/** AdamW: Adam with decoupled weight decay `w ← w − lr·λ·w` (λ = weightDecay, default 0.01). */
export function adamw(options: AdamOptions = {}): Adam {
  return new Adam(options, true);
}
