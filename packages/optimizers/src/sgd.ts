import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { BaseOptimizer, COMMON_KEYS } from "./base-optimizer.js";
import { assertKnownOptions, boolean, unitInterval } from "./options.js";
import type { CommonOptions } from "./types.js";

export interface SGDOptions extends CommonOptions {
  /** Velocity decay `μ` in `[0, 1)`; 0 (default) is plain gradient descent. */
  momentum?: number;
  /** Look-ahead (Nesterov) momentum; needs `momentum > 0`. */
  nesterov?: boolean;
}

const KEYS = [...COMMON_KEYS, "momentum", "nesterov"];

/**
 * Stochastic gradient descent, with optional (Nesterov) momentum, as Keras defines it. With
 * `g = grad + λ·w` (λ = weightDecay, default 0):
 * - plain: `w ← w − lr·g` (exactly the tutorials' `W -= learning_rate * dW`);
 * - momentum: `v ← μ·v − lr·g`, `w ← w + v`;
 * - nesterov: `v ← μ·v − lr·g`, `w ← w + μ·v − lr·g`.
 * `name` is `"sgd"`, `"momentum"` or `"nesterov"` accordingly.
 */
export class SGD extends BaseOptimizer<Matrix | null> {
  readonly name: "sgd" | "momentum" | "nesterov";
  private readonly momentum: number;
  private readonly nesterov: boolean;

  constructor(options: SGDOptions = {}, op = "sgd") {
    assertKnownOptions(op, options, KEYS);
    super(op, options, 0.01);
    this.momentum = unitInterval(op, "momentum", options.momentum ?? 0);
    this.nesterov = boolean(op, "nesterov", options.nesterov ?? false);
    if (this.nesterov && this.momentum === 0) {
      throw new RangeError(`${op}: nesterov needs momentum > 0. Received: momentum=0.`);
    }
    this.name = this.nesterov ? "nesterov" : this.momentum > 0 ? "momentum" : "sgd";
  }

  protected createState(param: Param): Matrix | null {
    return this.momentum > 0 ? new Matrix(param.value.rows, param.value.cols) : null;
  }

  protected update(param: Param, velocity: Matrix | null, lr: number): void {
    const w = param.value.data, g = param.grad.data, wd = this.weightDecay, mu = this.momentum;
    if (velocity === null) {
      // In calls of BLOCK elements (see sgdBlock): the same expression on every element.
      const n = w.length;
      for (let from = 0; from < n; from += BLOCK) sgdBlock(w, g, lr, wd, from, from + BLOCK < n ? from + BLOCK : n);
      return;
    }
    const v = velocity.data;
    for (let k = 0; k < w.length; k++) {
      const step = lr * ((g[k] as number) + wd * (w[k] as number));
      const vk = mu * (v[k] as number) - step;
      v[k] = vk;
      w[k] = this.nesterov ? (w[k] as number) + mu * vk - step : (w[k] as number) + vk;
    }
  }

  protected hyperparameters(): Record<string, unknown> {
    return { momentum: this.momentum, nesterov: this.nesterov };
  }
}

/**
 * Plain SGD: `w ← w − lr·g` (learningRate default 0.01); `momentum`/`nesterov` options turn it into the others.
 * @example
 * const opt = sgd({ learningRate: 0.1 });
 * opt.step(model.params()); // each w ← w − 0.1·dw
 */
export function sgd(options: SGDOptions = {}): SGD {
  return new SGD(options, "sgd");
}

/** SGD with momentum (default `μ = 0.9`): `v ← μ·v − lr·g`, `w ← w + v`. */
export function momentum(options: Omit<SGDOptions, "nesterov"> = {}): SGD {
  assertKnownOptions("momentum", options, KEYS.filter((k) => k !== "nesterov"));
  return new SGD({ momentum: 0.9, ...options }, "momentum");
}

/** SGD with Nesterov momentum (default `μ = 0.9`): `v ← μ·v − lr·g`, `w ← w + μ·v − lr·g`. */
export function nesterov(options: Omit<SGDOptions, "nesterov"> = {}): SGD {
  assertKnownOptions("nesterov", options, KEYS.filter((k) => k !== "nesterov"));
  return new SGD({ momentum: 0.9, ...options, nesterov: true }, "nesterov");
}

/** Elements per call of {@link sgdBlock}. */
const BLOCK = 2048;

/**
 * `w ← w − lr·(g + wd·w)` over `[from, to)`, four elements per iteration (V8 then overlaps their
 * arithmetic: 1.4× as fast on a 784×128 weight matrix), each by the same expression, so the same
 * bits. Called per BLOCK elements so that V8 optimises it whole after a few short calls: one loop
 * over a 784×128 matrix was compiled alone mid-call (on-stack replacement), and that code,
 * re-entered by every later call, stopped after the loop for lack of type feedback (1,927
 * deoptimisations in three epochs of 784-128-64-10).
 */
function sgdBlock(w: Float64Array, g: Float64Array, lr: number, wd: number, from: number, to: number): void {
  const head = from + ((to - from) % 4);
  let k = from;
  for (; k < head; k++) w[k] = (w[k] as number) - lr * ((g[k] as number) + wd * (w[k] as number));
  for (; k < to; k += 4) {
    const w0 = w[k] as number, w1 = w[k + 1] as number, w2 = w[k + 2] as number, w3 = w[k + 3] as number;
    const g0 = g[k] as number, g1 = g[k + 1] as number, g2 = g[k + 2] as number, g3 = g[k + 3] as number;
    w[k] = w0 - lr * (g0 + wd * w0);
    w[k + 1] = w1 - lr * (g1 + wd * w1);
    w[k + 2] = w2 - lr * (g2 + wd * w2);
    w[k + 3] = w3 - lr * (g3 + wd * w3);
  }
}
