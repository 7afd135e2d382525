import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { expectClose, loadFixture } from "@backprop/testing";
import { adam, cosineAnnealing, exponentialDecay, getOptimizer, getSchedule, sgd, stepDecay } from "./index.js";

interface Fixture {
  schedules: Record<string, number[]> & { epochs: number[] };
}
const { schedules: s } = loadFixture<Fixture>(import.meta.url, "optimizers.json");

describe("schedules equal seed 001's LearningRateScheduler", () => {
  const cases = [
    ["stepDecay", stepDecay()],
    ["stepDecay_25_0.3", stepDecay({ dropEvery: 25, factor: 0.3 })],
    ["exponentialDecay", exponentialDecay()],
    ["exponentialDecay_0.9", exponentialDecay({ rate: 0.9 })],
    ["cosineAnnealing_1000", cosineAnnealing({ totalEpochs: 1000 })],
  ] as const;
  for (const [key, schedule] of cases) {
    it(key, () => {
      // atol: near the end of cosine annealing `1 + cos(π·e/T)` cancels, so one ulp of cos
      // (Math.cos against C's cos) is 1e-17 absolute on a rate of 0.1 — still 1e-16 of it.
      expectClose(s.epochs.map((e) => schedule(e, 0.1)), s[key]!, { rtol: 1e-14, atol: 1e-16 });
    });
  }
});

describe("cosineAnnealing", () => {
  it("runs from the initial rate to minRate and holds there", () => {
    const f = cosineAnnealing({ totalEpochs: 10, minRate: 0.01 });
    expect(f(0, 0.1)).toBe(0.1);
    expectClose(f(5, 0.1), 0.055, { rtol: 1e-15 });
    expectClose(f(10, 0.1), 0.01, { rtol: 1e-15 });
    expect(f(25, 0.1)).toBe(f(10, 0.1));
  });
});

describe("optimizers follow their schedule", () => {
  it("setEpoch sets learningRate, and the step uses it", () => {
    const opt = sgd({ learningRate: 0.1, schedule: stepDecay({ dropEvery: 2, factor: 0.5 }) });
    expect(opt.learningRate).toBe(0.1);
    opt.setEpoch(2);
    expect(opt.learningRate).toBe(0.05);
    const p = { name: "w", value: Matrix.from([[1]]), grad: Matrix.from([[1]]) };
    opt.step([p]);
    expect(p.value.data[0]).toBe(1 - 0.05);
  });

  it("accepts a custom function, reported as \"custom\" in the config", () => {
    const opt = adam({ learningRate: 0.01, schedule: (epoch, lr) => lr / (1 + epoch) });
    opt.setEpoch(3);
    expect(opt.learningRate).toBe(0.0025);
    expect(opt.getConfig().schedule).toBe("custom");
    expect(() => getOptimizer(opt.getConfig() as never)).toThrow(/a custom schedule cannot be rebuilt from its config/);
  });

  it("round-trips built-in schedules through config", () => {
    const opt = sgd({ learningRate: 0.2, schedule: exponentialDecay({ rate: 0.5 }) });
    expect(opt.getConfig().schedule).toEqual({ name: "exponentialDecay", rate: 0.5 });
    const twin = getOptimizer(JSON.parse(JSON.stringify(opt.getConfig())) as never);
    twin.setEpoch(3);
    expect(twin.learningRate).toBe(0.025);
  });

  it("rejects bad epochs, bad schedule output and bad settings", () => {
    expect(() => sgd({ schedule: () => Number.NaN })).toThrow(/^sgd: schedule must return a finite rate ≥ 0\. Received: rate=NaN at epoch=0\.$/);
    const opt = sgd({ schedule: (epoch, lr) => (epoch < 3 ? lr : -1) });
    expect(() => opt.setEpoch(3)).toThrow(/^sgd\.setEpoch: schedule must return a finite rate ≥ 0\. Received: rate=-1 at epoch=3\.$/);
    expect(() => opt.setEpoch(1.5)).toThrow(/^sgd\.setEpoch: epoch must be an integer ≥ 0\. Received: epoch=1\.5\.$/);
    expect(() => stepDecay({ dropEvery: 0 })).toThrow(/^stepDecay: dropEvery must be an integer ≥ 1\. Received: dropEvery=0\.$/);
    expect(() => exponentialDecay({ rate: 1.5 })).toThrow(/^exponentialDecay: rate must be in \(0, 1\]\. Received: rate=1\.5\.$/);
    expect(() => cosineAnnealing({ totalEpochs: 0 })).toThrow(/^cosineAnnealing: totalEpochs must be an integer ≥ 1\./);
    expect(() => getSchedule({ name: "linear" } as never)).toThrow(/^getSchedule: unknown schedule "linear"\. Expected one of: stepDecay, exponentialDecay, cosineAnnealing/);
  });
});
