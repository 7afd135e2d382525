import type { Param } from "@backprop/linalg";
import { clipNormUnchecked, clipValuesUnchecked } from "./clipping.js";
import { nonNegative, optionalPositive, positive, shown } from "./options.js";
import { assertParam } from "./param-check.js";
import { getSchedule } from "./schedules.js";
import type { BuiltInSchedule, Schedule } from "./schedules.js";
import type { CommonOptions, Optimizer, OptimizerState } from "./types.js";
import { stateMatrices } from "./state-matrices.js";

/** Option keys every optimizer accepts. */
export const COMMON_KEYS = ["learningRate", "schedule", "clipValue", "clipNorm", "weightDecay"] as const;

/**
 * What every optimizer shares: the schedule, clipping, the step count and per-param state kept in
 * a `WeakMap` keyed by the `Param` object (a discarded model's state is garbage-collected).
 * Subclasses supply `createState` and the per-param `update`.
 */
export abstract class BaseOptimizer<State> implements Optimizer {
  abstract readonly name: string;
  protected initialRate: number;
  protected readonly weightDecay: number;
  private readonly schedule: Schedule | undefined;
  private readonly clipValue: number | undefined;
  private readonly clipNorm: number | undefined;
  private rate: number;
  /** The epoch last given to {@link setEpoch}, so a new base rate goes through the schedule at it. */
  private epoch = 0;
  private steps = 0;
  private state = new WeakMap<Param, State>();

  protected constructor(op: string, options: CommonOptions, defaultRate: number) {
    this.initialRate = positive(op, "learningRate", options.learningRate ?? defaultRate);
    this.weightDecay = nonNegative(op, "weightDecay", options.weightDecay ?? 0);
    this.clipValue = optionalPositive(op, "clipValue", options.clipValue);
    this.clipNorm = optionalPositive(op, "clipNorm", options.clipNorm);
    this.schedule = resolveSchedule(op, options.schedule);
    this.rate = this.scheduledRate(op, 0);
  }

  get learningRate(): number {
    return this.rate;
  }

  get iterations(): number {
    return this.steps;
  }

  step(params: readonly Param[]): void {
    if (!Array.isArray(params)) {
      throw new TypeError(`${this.name}.step: params must be an array of Param. Received: ${typeof params}.`);
    }
    for (let i = 0; i < params.length; i++) assertParam(this.name, ".step", params[i] as Param);
    if (this.clipValue !== undefined) clipValuesUnchecked(params, this.clipValue);
    if (this.clipNorm !== undefined) clipNormUnchecked(params, this.clipNorm, this.name, ".step");
    this.steps += 1;
    for (let i = 0; i < params.length; i++) {
      const p = params[i] as Param;
      let s = this.state.get(p);
      if (s === undefined) {
        s = this.createState(p);
        this.state.set(p, s);
      }
      this.update(p, s, this.rate, this.steps);
    }
  }

  setEpoch(epoch: number): void {
    if (!Number.isInteger(epoch) || epoch < 0) {
      throw new RangeError(`${this.name}.setEpoch: epoch must be an integer ≥ 0. Received: epoch=${String(epoch)}.`);
    }
    this.rate = this.scheduledRate(this.name, epoch, ".setEpoch");
    this.epoch = epoch;
  }

  /**
   * Changes the learning rate from the next `step` on, keeping the step count and every param's
   * state (velocities, moment estimates), as TF Playground does when its rate is changed mid-run.
   * With a schedule, `rate` becomes the rate the schedule scales (`getConfig().learningRate`),
   * applied at the current epoch.
   * @throws RangeError unless `rate` is a finite number > 0.
   * @example
   * const opt = adam({ learningRate: 0.01 });
   * opt.setLearningRate(0.001);
   * opt.learningRate; // 0.001
   */
  setLearningRate(rate: number): void {
    this.initialRate = positive(`${this.name}.setLearningRate`, "rate", rate);
    this.rate = this.scheduledRate(this.name, this.epoch, ".setLearningRate");
  }

  getConfig(): Record<string, unknown> {
    const config: Record<string, unknown> = { name: this.name, learningRate: this.initialRate, ...this.hyperparameters() };
    config.weightDecay = this.weightDecay;
    if (this.clipValue !== undefined) config.clipValue = this.clipValue;
    if (this.clipNorm !== undefined) config.clipNorm = this.clipNorm;
    if (this.schedule !== undefined) {
      const builtIn = (this.schedule as Partial<BuiltInSchedule>).config;
      config.schedule = builtIn === undefined ? "custom" : { ...builtIn };
    }
    return config;
  }

  reset(): void {
    this.state = new WeakMap();
    this.steps = 0;
  }

  /**
   * The step count, the epoch last given to {@link setEpoch} and, per param in `params` order, the
   * values of its state matrices (velocity; Adam's `m` then `v`) — `null` for a param not stepped
   * yet, `[]` for a stateless optimizer.
   */
  exportState(params: readonly Param[]): OptimizerState {
    return {
      iterations: this.steps,
      epoch: this.epoch,
      slots: params.map((p) => {
        const s = this.state.get(p);
        return s === undefined ? null : stateMatrices(s).map((m) => Array.from(m.data));
      }),
    };
  }

  /**
   * Continues from {@link exportState}'s result for the same params (same order and shapes): the
   * next `step` is exactly the one the exporting optimizer would have taken, at its epoch's rate.
   * State without `epoch` (saved before it was kept) resumes at epoch 0.
   * @throws TypeError/RangeError naming the slot that does not fit.
   */
  importState(params: readonly Param[], saved: OptimizerState): void {
    const op = `${this.name}.importState`;
    const { iterations, epoch = 0, slots } = saved;
    if (!Number.isInteger(iterations) || iterations < 0) throw new RangeError(`${op}: iterations must be an integer ≥ 0. Received: ${String(iterations)}.`);
    if (!Number.isInteger(epoch) || epoch < 0) throw new RangeError(`${op}: epoch must be an integer ≥ 0. Received: ${shown(epoch)}.`);
    const rate = this.scheduledRate(this.name, epoch, ".importState");
    if (!Array.isArray(slots) || slots.length !== params.length) {
      throw new RangeError(`${op}: slots must hold one entry per param (${params.length}). Received: ${Array.isArray(slots) ? slots.length : String(slots)}.`);
    }
    const fresh = new WeakMap<Param, State>();
    params.forEach((p, i) => {
      const slot = slots[i];
      if (slot === null || slot === undefined) return;
      const s = this.createState(p);
      const targets = stateMatrices(s);
      if (!Array.isArray(slot) || slot.length !== targets.length) {
        throw new RangeError(`${op}: slots[${i}] must hold ${targets.length} arrays for ${this.name}. Received: ${Array.isArray(slot) ? slot.length : String(slot)}.`);
      }
      targets.forEach((m, j) => {
        const values = slot[j];
        if (!Array.isArray(values) || values.length !== m.size || values.some((v) => typeof v !== "number" || !Number.isFinite(v))) {
          throw new RangeError(`${op}: slots[${i}][${j}] must be ${m.size} finite numbers (the shape of ${p.name}). Received: ${Array.isArray(values) ? `an array of length ${values.length}` : String(values)}.`);
        }
        if (this.squaredSlots.includes(j)) {
          const negative = values.findIndex((v: number) => v < 0);
          if (negative >= 0) {
            throw new RangeError(`${op}: slots[${i}][${j}] holds running averages of squared gradients, which are never negative. Received: ${String(values[negative])} at index ${negative}.`);
          }
        }
        m.data.set(values);
      });
      fresh.set(p, s);
    });
    this.state = fresh;
    this.steps = iterations;
    this.epoch = epoch;
    this.rate = rate;
  }

  /** Which of a param's state matrices (in {@link stateMatrices} order) accumulate squared gradients, so are never negative. */
  protected readonly squaredSlots: readonly number[] = [];
  /** Fresh state for a param seen for the first time (zeros shaped like it). */
  protected abstract createState(param: Param): State;
  /** Updates `param.value` in place from `param.grad`; `t` is the 1-based step number. */
  protected abstract update(param: Param, state: State, rate: number, t: number): void;
  /** The optimizer's own settings, for `getConfig`. */
  protected abstract hyperparameters(): Record<string, unknown>;

  /** The schedule's rate for `epoch`; `op` + `method` name the caller in the error (joined only on failure). */
  private scheduledRate(op: string, epoch: number, method = ""): number {
    if (this.schedule === undefined) return this.initialRate;
    const rate = this.schedule(epoch, this.initialRate);
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0) {
      throw new RangeError(`${op}${method}: schedule must return a finite rate ≥ 0. Received: rate=${String(rate)} at epoch=${epoch}.`);
    }
    return rate;
  }
}

function resolveSchedule(op: string, schedule: CommonOptions["schedule"]): Schedule | undefined {
  if (schedule === undefined || typeof schedule === "function") return schedule;
  if ((schedule as unknown) === "custom") {
    throw new TypeError(`${op}: a custom schedule cannot be rebuilt from its config. Received: schedule="custom"; pass the function itself.`);
  }
  if (typeof schedule !== "object" || schedule === null) {
    throw new TypeError(`${op}: schedule must be a function (epoch, initialRate) => rate or a schedule config. Received: schedule=${shown(schedule)}.`);
  }
  return getSchedule(schedule);
}
