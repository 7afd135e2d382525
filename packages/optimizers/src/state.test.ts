import { describe, expect, it } from "vitest";
import type { Param } from "@backprop/linalg";
import { adam, getOptimizer, OPTIMIZER_NAMES, stepDecay } from "./index.js";
import { params, steps } from "./test-steps.js";

describe("exportState / importState", () => {
  for (const name of OPTIMIZER_NAMES) {
    it(`${name}: 3 steps, export, import into a fresh optimizer, 3 more steps = 6 steps in one go (bit for bit)`, () => {
      const config = { learningRate: 0.05, ...(name === "momentum" || name === "nesterov" ? { momentum: 0.9 } : {}) };
      const once = params(1);
      const straight = getOptimizer(name, config);
      steps(straight, once, 0, 6);

      const resumed = params(1);
      const first = getOptimizer(name, config);
      steps(first, resumed, 0, 3);
      const saved = JSON.parse(JSON.stringify(first.exportState!(resumed)));
      const second = getOptimizer(first.getConfig() as unknown as Parameters<typeof getOptimizer>[0]);
      second.importState!(resumed, saved);
      expect(second.iterations).toBe(3);
      steps(second, resumed, 3, 6);
      resumed.forEach((p, i) => expect(Array.from(p.value.data)).toEqual(Array.from((once[i] as Param).value.data)));
    });
  }

  it("a param never stepped exports null and stays fresh", () => {
    const opt = getOptimizer("adam");
    expect(opt.exportState!(params(2))).toEqual({ iterations: 0, epoch: 0, slots: [null, null] });
  });

  it("refuses state that does not fit the params", () => {
    const opt = getOptimizer("adam");
    const ps = params(3);
    steps(opt, ps, 0, 1);
    const state = opt.exportState!(ps);
    expect(() => getOptimizer("adam").importState!(ps.slice(1), state)).toThrow(/^adam\.importState: slots must hold one entry per param \(1\)\. Received: 2\.$/);
    const short = { ...state, slots: [[[1, 2], [3]], null] };
    expect(() => getOptimizer("adam").importState!(ps, short)).toThrow(/slots\[0\]\[0\] must be 6 finite numbers \(the shape of w\)\. Received: an array of length 2\./);
    expect(() => getOptimizer("adam").importState!(ps, { iterations: -1, slots: [null, null] })).toThrow(/iterations must be an integer ≥ 0/);
  });

  it("refuses a negative running average of squared gradients (Adam's v, RMSprop's and Adagrad's accumulators), which no training makes", () => {
    for (const [name, j] of [["adam", 1], ["rmsprop", 0], ["adagrad", 0]] as const) {
      const ps = params(3);
      const opt = getOptimizer(name);
      steps(opt, ps, 0, 2);
      const state = opt.exportState!(ps);
      const slot = (state.slots[0] as number[][]).map((values) => [...values]);
      slot[j]![4] = -1e-9;
      expect(() => getOptimizer(name).importState!(ps, { ...state, slots: [slot, state.slots[1]!] })).toThrow(
        new RegExp(`^${name}\\.importState: slots\\[0\\]\\[${j}\\] holds running averages of squared gradients, which are never negative\\. Received: -1e-9 at index 4\\.$`),
      );
    }
    // Adam's first moment may be negative.
    const ps = params(3);
    const adamOpt = getOptimizer("adam");
    steps(adamOpt, ps, 0, 2);
    const state = adamOpt.exportState!(ps);
    const slot = (state.slots[0] as number[][]).map((values) => [...values]);
    slot[0]![4] = -1;
    expect(() => getOptimizer("adam").importState!(ps, { ...state, slots: [slot, state.slots[1]!] })).not.toThrow();
  });
});

describe("exportState / importState keep the schedule's epoch", () => {
  // stepDecay({ dropEvery: 1, factor: 0.5 }) from 0.05: rate_e = 0.05·0.5^e, so 0.0125 at epoch 2 (hand-derived).
  const options = () => ({ learningRate: 0.05, schedule: stepDecay({ dropEvery: 1, factor: 0.5 }) });

  it("a resume that does not call setEpoch (mid-epoch) steps at the exporter's rate, bit for bit", () => {
    const once = params(4);
    const straight = adam(options());
    straight.setEpoch(2);
    steps(straight, once, 0, 4);

    const resumed = params(4);
    const first = adam(options());
    first.setEpoch(2);
    steps(first, resumed, 0, 2);
    const saved = JSON.parse(JSON.stringify(first.exportState!(resumed)));
    expect(saved.epoch).toBe(2);
    const second = adam(options());
    second.importState(resumed, saved);
    expect(second.learningRate).toBe(0.0125);
    steps(second, resumed, 2, 4);
    resumed.forEach((p, i) => expect(Array.from(p.value.data)).toEqual(Array.from((once[i] as Param).value.data)));
  });

  it("state saved before the epoch was kept (no epoch field) resumes at epoch 0, as it always did", () => {
    const ps = params(4);
    const first = adam(options());
    first.setEpoch(2);
    steps(first, ps, 0, 2);
    const { iterations, slots } = first.exportState(ps);
    const second = adam(options());
    second.setEpoch(3);
    second.importState(ps, { iterations, slots });
    expect(second.learningRate).toBe(0.05);
    expect(second.iterations).toBe(2);
  });

  it("refuses an epoch that is not an integer ≥ 0, and a schedule that fails at the saved epoch, changing nothing", () => {
    const ps = params(4);
    const state = { iterations: 1, slots: [null, null] };
    for (const [epoch, shown] of [[-1, "-1"], [2.5, "2.5"], ["2", '"2"'], [null, "null"], [Number.NaN, "NaN"]] as const) {
      expect(() => adam(options()).importState(ps, { ...state, epoch: epoch as number })).toThrow(
        new RegExp(`^adam\\.importState: epoch must be an integer ≥ 0\\. Received: ${shown}\\.$`),
      );
    }
    const picky = adam({ learningRate: 0.05, schedule: (e, rate) => (e === 2 ? -1 : rate) });
    expect(() => picky.importState(ps, { ...state, epoch: 2 })).toThrow(/^adam\.importState: schedule must return a finite rate ≥ 0\. Received: rate=-1 at epoch=2\.$/);
    expect(picky.iterations).toBe(0);
    expect(picky.exportState(ps).epoch).toBe(0);
  });
});
