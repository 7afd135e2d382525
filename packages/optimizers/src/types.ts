import type { Param } from "@backprop/linalg";
import type { Schedule, ScheduleConfig } from "./schedules.js";

/**
 * Updates parameters from their gradients. State (velocities, moment estimates) is kept per
 * `Param` object; each `step` call is one time step however many params it updates.
 */
export interface Optimizer {
  /** `"sgd" | "momentum" | "nesterov" | "adam" | "adamw" | "rmsprop" | "adagrad"`. */
  readonly name: string;
  /** The current rate, after the schedule. */
  readonly learningRate: number;
  /** Steps taken (the `t` of Adam's bias correction). */
  readonly iterations: number;
  /** Applies one update to every param from its `grad` (clipping first, when configured). */
  step(params: readonly Param[]): void;
  /** Sets the rate for `epoch` (0-based) from the schedule; `fit` calls it as each epoch starts. */
  setEpoch(epoch: number): void;
  /**
   * Changes the (base) learning rate from the next `step` on, keeping the state. Optional so that
   * optimizers written before it still type-check; every built-in one has it.
   */
  setLearningRate?(rate: number): void;
  /** JSON-safe settings; `getOptimizer(optimizer.getConfig())` rebuilds an equivalent optimizer. */
  getConfig(): Record<string, unknown>;
  /** Forgets per-param state and the step count. */
  reset(): void;
  /** The step count and per-param state, JSON-safe (for saving a model mid-training). */
  exportState?(params: readonly Param[]): OptimizerState;
  /** Continues from {@link exportState}'s result for the same params. */
  importState?(params: readonly Param[], state: OptimizerState): void;
}

/**
 * An optimizer's progress: its step count, the epoch its schedule was last set to and, per param,
 * its state matrices' values (`null`: not stepped yet).
 */
export interface OptimizerState {
  iterations: number;
  /** The epoch last given to `setEpoch` (absent in state saved before it was kept: epoch 0). */
  epoch?: number;
  slots: (number[][] | null)[];
}

/** Options every optimizer accepts. */
export interface CommonOptions {
  /** Initial learning rate (> 0). */
  learningRate?: number;
  /** Rate per epoch: a built-in schedule, its JSON config, or any `(epoch, initialRate) => rate`. */
  schedule?: Schedule | ScheduleConfig;
  /** Clip every gradient element to `[−clipValue, clipValue]` before the update. */
  clipValue?: number;
  /** Rescale all gradients together so their global L2 norm is at most `clipNorm`. */
  clipNorm?: number;
  /** L2 penalty `λ`: the update uses `g + λ·w` (adamw instead decays the weights directly). */
  weightDecay?: number;
}
