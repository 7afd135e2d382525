import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import {
  adagrad, adam, adamw, clipByGlobalNorm, clipByValue, cosineAnnealing, exponentialDecay, getOptimizer, momentum, nesterov,
  rmsprop, sgd, stepDecay,
} from "./index.js";

type Factory = (options: object) => unknown;
const RULES = { positive: "a finite number > 0", nonNegative: "a finite number ≥ 0", unit: "in \\[0, 1\\)" } as const;
const COMMON: [string, keyof typeof RULES][] = [["learningRate", "positive"], ["weightDecay", "nonNegative"], ["clipValue", "positive"], ["clipNorm", "positive"]];

/** Every optimizer factory and every numeric option it has, with the rule it must follow. */
const FACTORIES: [string, Factory, [string, keyof typeof RULES][]][] = [
  ["sgd", sgd as Factory, [...COMMON, ["momentum", "unit"]]],
  ["momentum", momentum as Factory, [...COMMON, ["momentum", "unit"]]],
  ["nesterov", nesterov as Factory, [...COMMON, ["momentum", "unit"]]],
  ["adam", adam as Factory, [...COMMON, ["beta1", "unit"], ["beta2", "unit"], ["epsilon", "positive"]]],
  ["adamw", adamw as Factory, [...COMMON, ["beta1", "unit"], ["beta2", "unit"], ["epsilon", "positive"]]],
  ["rmsprop", rmsprop as Factory, [...COMMON, ["rho", "unit"], ["epsilon", "positive"]]],
  ["adagrad", adagrad as Factory, [...COMMON, ["initialAccumulator", "nonNegative"], ["epsilon", "positive"]]],
];

describe("every numeric option of every optimizer refuses NaN, ±Infinity and negatives, naming the option", () => {
  for (const [name, make, options] of FACTORIES) {
    it(name, () => {
      for (const [option, rule] of options) {
        for (const bad of [NaN, Infinity, -Infinity, -1]) {
          const message = new RegExp(`^${name}: ${option} must be ${RULES[rule]}\\. Received: ${option}=${String(bad)}\\.$`);
          expect(() => make({ [option]: bad }), `${option}=${bad}`).toThrow(RangeError);
          expect(() => make({ [option]: bad }), `${option}=${bad}`).toThrow(message);
        }
        expect(() => make({ [option]: "0.5" }), option).toThrow(TypeError);
        expect(() => make({ [option]: "0.5" })).toThrow(new RegExp(`^${name}: ${option} must be ${RULES[rule]}\\. Received: ${option}="0\\.5"\\.$`));
      }
    });
  }
});

describe("other options", () => {
  it("unknown keys are refused by every factory, also through getOptimizer", () => {
    for (const [name, make] of FACTORIES) {
      expect(() => make({ learning_rate: 0.1 }), name).toThrow(new RegExp(`^${name}: unknown option "learning_rate"\\. Expected one of: learningRate, schedule, clipValue, clipNorm, weightDecay, `));
    }
    expect(() => getOptimizer("adam", { beta: 0.9 } as never)).toThrow(/^adam: unknown option "beta"\./);
    expect(() => sgd(null as never)).toThrow(/^sgd: options must be an object\. Received: null\.$/);
    expect(() => adam([] as never)).toThrow(/^adam: options must be an object\. Received: an array\.$/);
  });

  it("nesterov must be a boolean and schedule a function or a config", () => {
    expect(() => sgd({ momentum: 0.9, nesterov: "false" as never })).toThrow(/^sgd: nesterov must be true or false\. Received: nesterov="false"\.$/);
    expect(() => adam({ schedule: 0.5 as never })).toThrow(TypeError);
    expect(() => adam({ schedule: 0.5 as never })).toThrow(
      /^adam: schedule must be a function \(epoch, initialRate\) => rate or a schedule config\. Received: schedule=0\.5\.$/,
    );
  });

  it("schedules refuse unknown settings and a missing one", () => {
    expect(() => stepDecay({ every: 10 } as never)).toThrow(/^stepDecay: unknown option "every"\. Expected one of: dropEvery, factor\.$/);
    expect(() => exponentialDecay({ decay: 0.9 } as never)).toThrow(/^exponentialDecay: unknown option "decay"\. Expected one of: rate\.$/);
    expect(() => cosineAnnealing({ totalEpochs: 10, min: 0 } as never)).toThrow(/^cosineAnnealing: unknown option "min"\. Expected one of: totalEpochs, minRate\.$/);
    expect(() => (cosineAnnealing as () => unknown)()).toThrow(/^cosineAnnealing: options must be an object with totalEpochs\. Received: undefined\.$/);
    expect(() => stepDecay(null as never)).toThrow(/^stepDecay: options must be an object\. Received: null\.$/);
    expect(() => sgd({ schedule: { name: "stepDecay", dropEvery: 10, factor: 0.5, extra: 1 } as never })).toThrow(/^stepDecay: unknown option "extra"\./);
    // A config from getConfig (with its name) still round-trips.
    const opt = sgd({ schedule: stepDecay({ dropEvery: 10 }) });
    expect(getOptimizer(opt.getConfig() as never).getConfig()).toEqual(opt.getConfig());
  });
});

describe("params that are not params", () => {
  const good = (): Param => ({ name: "w", value: Matrix.zeros(1, 2), grad: Matrix.ones(1, 2) });

  it("step names the param whose value or grad is not a matrix", () => {
    const bad = { name: "dense.bias", value: Matrix.zeros(1, 2), grad: [[1, 1]] } as unknown as Param;
    expect(() => adam().step([good(), bad])).toThrow(TypeError);
    expect(() => adam().step([good(), bad])).toThrow(/^adam\.step: a param's value and grad must be matrices\. Received: dense\.bias\.grad=an array\.$/);
    const short = { name: "w", value: { rows: 1, cols: 2, data: new Float64Array(1) }, grad: Matrix.zeros(1, 2) } as unknown as Param;
    expect(() => sgd().step([short])).toThrow(/^sgd\.step: a param's value and grad must be matrices\. Received: w\.value=an object with rows=1, cols=2 whose data is not a Float64Array of rows × cols values\.$/);
    expect(() => sgd().step([null as never])).toThrow(/^sgd\.step: every param must be \{ name, value, grad \}\. Received: null\.$/);
  });

  it("clipping functions check params before touching them", () => {
    expect(() => clipByValue(null as never, 1)).toThrow(/^clipByValue: params must be an array of Param\. Received: null\.$/);
    expect(() => clipByGlobalNorm(good() as never, 1)).toThrow(/^clipByGlobalNorm: params must be an array of Param\. Received: an object\.$/);
    expect(() => clipByValue([{ name: "w" } as never], 1)).toThrow(/^clipByValue: every param must be \{ name, value, grad \}\. Received: an object\.$/);
    const p = good();
    expect(clipByGlobalNorm([p], 1)).toBeCloseTo(Math.SQRT2, 15);
    expect(Array.from(p.grad.data)).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((v) => expect.closeTo(v, 15)));
  });
});
