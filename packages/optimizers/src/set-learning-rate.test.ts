import { describe, expect, it } from "vitest";
import type { Param } from "@backprop/linalg";
import { getOptimizer, OPTIMIZER_NAMES } from "./index.js";
import { params, steps } from "./test-steps.js";

const values = (ps: Param[]) => ps.map((p) => Array.from(p.value.data));

describe("setLearningRate", () => {
  for (const name of OPTIMIZER_NAMES) {
    it(`${name}: 3 steps at 0.05, then 3 at 0.01 = the state handed to an optimizer built at 0.01 (bit for bit)`, () => {
      const extra = name === "momentum" || name === "nesterov" ? { momentum: 0.9 } : {};
      const live = params(1);
      const opt = getOptimizer(name, { learningRate: 0.05, ...extra });
      steps(opt, live, 0, 3);
      opt.setLearningRate?.(0.01);
      steps(opt, live, 3, 6);

      const handed = params(1);
      const first = getOptimizer(name, { learningRate: 0.05, ...extra });
      steps(first, handed, 0, 3);
      const second = getOptimizer(name, { learningRate: 0.01, ...extra });
      second.importState?.(handed, first.exportState!(handed));
      steps(second, handed, 3, 6);

      expect(values(live)).toEqual(values(handed));
      expect(opt.learningRate).toBe(0.01);
      expect(opt.iterations).toBe(6);
      expect(opt.getConfig().learningRate).toBe(0.01);
    });
  }

  it("keeps the state: a change to the same rate leaves the run as it was", () => {
    const a = params(2);
    const b = params(2);
    const changed = getOptimizer("adam", { learningRate: 0.02 });
    const straight = getOptimizer("adam", { learningRate: 0.02 });
    steps(changed, a, 0, 2);
    changed.setLearningRate?.(0.02);
    steps(changed, a, 2, 5);
    steps(straight, b, 0, 5);
    expect(values(a)).toEqual(values(b));
  });

  it("with a schedule, the new rate is the one the schedule scales, at the current epoch", () => {
    const opt = getOptimizer("sgd", { learningRate: 0.1, schedule: (epoch, initial) => initial / (1 + epoch) });
    opt.setEpoch(3);
    expect(opt.learningRate).toBeCloseTo(0.025, 15);
    opt.setLearningRate?.(0.4);
    expect(opt.learningRate).toBeCloseTo(0.1, 15);
    opt.setEpoch(4);
    expect(opt.learningRate).toBeCloseTo(0.08, 15);
  });

  it("refuses a rate that is not a finite number > 0", () => {
    const opt = getOptimizer("adam");
    expect(() => opt.setLearningRate?.(0)).toThrow(/^adam\.setLearningRate: rate must be a finite number > 0\. Received: rate=0\.$/);
    expect(() => opt.setLearningRate?.(Number.NaN)).toThrow(RangeError);
    expect(opt.learningRate).toBe(0.001);
  });
});
