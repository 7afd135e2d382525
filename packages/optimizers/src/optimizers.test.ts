import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { expectClose, loadFixture } from "@backprop/testing";
import { Adam, OPTIMIZER_NAMES, SGD, adam, adamw, getOptimizer, isBuiltInOptimizer, momentum, nesterov, sgd } from "./index.js";
import type { Optimizer, OptimizerName } from "./index.js";

interface Fixture {
  initial: number[][][];
  grads: number[][][][];
  cases: { name: OptimizerName; options: Record<string, number>; history: number[][][][] }[];
}
const fx = loadFixture<Fixture>(import.meta.url, "optimizers.json");

function param(name: string, value: number[][]): Param {
  const v = Matrix.from(value);
  return { name, value: v, grad: new Matrix(v.rows, v.cols) };
}

describe("updates equal the NumPy reference, step by step", () => {
  for (const c of fx.cases) {
    it(`${c.name} ${JSON.stringify(c.options)}`, () => {
      const params = fx.initial.map((w, i) => param(`p${i}`, w));
      const opt = getOptimizer(c.name, c.options);
      expect(opt.name).toBe(c.name);
      fx.grads.forEach((grads, step) => {
        grads.forEach((g, i) => params[i]!.grad.copyFrom(Matrix.from(g)));
        opt.step(params);
        params.forEach((p, i) => expectClose(p.value, Matrix.from(c.history[step]![i]!), { rtol: 1e-13, atol: 1e-15 }));
      });
      expect(opt.iterations).toBe(fx.grads.length);
    });
  }
});

describe("sgd", () => {
  it("is exactly the tutorials' W − lr·dW, bit for bit", () => {
    const p = param("w", [[0.3, -1.7], [2.5, 1e-3]]);
    p.grad.data.set([0.11, -0.37, 4.2, -1e-5]);
    const expected = Array.from(p.value.data, (w, k) => w - 0.1 * (p.grad.data[k] as number));
    sgd({ learningRate: 0.1 }).step([p]);
    expect(Array.from(p.value.data)).toEqual(expected);
  });
});

describe("adam", () => {
  it("takes the hand-computed first three steps (bias correction divides by 1 − βᵗ)", () => {
    // lr 0.1, β₁ 0.9, β₂ 0.999, ε 1e-8, w₀ = 0.5, gradients 1, −2, 0.5 (40-digit decimal arithmetic):
    // t=1: m=0.1,    v=0.001,    m̂=1,        v̂=1,        w=0.4000000009999999900…
    // t=2: m=−0.11,  v=0.004999, m̂=−0.578947…, v̂=2.500750…, w=0.4366103534720750882…
    // t=3: m=−0.049, v=0.005244001, m̂=−0.180811…, v̂=1.749749…, w=0.4502794196738217255…
    const p = param("w", [[0.5]]);
    const opt = adam({ learningRate: 0.1 });
    const expected = [0.4000000009999999, 0.4366103534720751, 0.4502794196738217];
    [1, -2, 0.5].forEach((g, i) => {
      p.grad.data[0] = g;
      opt.step([p]);
      expectClose(p.value.data[0]!, expected[i]!, { rtol: 1e-15 });
    });
  });

  it("advances t once per step call, not once per param (seed 001's bug)", () => {
    // With a constant gradient g, m̂ = g and v̂ = g² at every t, so each step moves w by
    // lr·g/(|g| + ε) for EVERY param. Counting t per param would shrink the later params' steps.
    const params = [param("a", [[0]]), param("b", [[0]]), param("c", [[0]])];
    params.forEach((p, i) => p.grad.data.fill(i + 1));
    const opt = adam({ learningRate: 0.01 });
    for (let t = 1; t <= 3; t++) {
      opt.step(params);
      params.forEach((p, i) => expectClose(p.value.data[0]!, (-t * 0.01 * (i + 1)) / (i + 1 + 1e-8), { rtol: 1e-12 }));
    }
    expect(opt.iterations).toBe(3);
  });

  it("adamw decays the weights themselves: a zero gradient still shrinks w by lr·λ·w", () => {
    const p = param("w", [[2]]);
    adamw({ learningRate: 0.1, weightDecay: 0.5 }).step([p]);
    expect(p.value.data[0]).toBe(2 - 0.1 * 0.5 * 2);
    const q = param("w", [[2]]);
    adam({ learningRate: 0.1, weightDecay: 0.5 }).step([q]);
    // coupled L2: g = 0 + 0.5·2 = 1, so the first step is lr·1/(1 + ε)
    expectClose(q.value.data[0]!, 2 - 0.1 / (1 + 1e-8), { rtol: 1e-15 });
  });
});

describe("momentum and nesterov", () => {
  it("match their recurrences on a scalar (μ = 0.5, lr = 0.1, g = 1, 1)", () => {
    // momentum: v₁ = −0.1, w₁ = −0.1; v₂ = −0.05 − 0.1 = −0.15, w₂ = −0.25
    // nesterov: w₁ = 0.5·(−0.1) − 0.1 = −0.15; w₂ = −0.15 + 0.5·(−0.15) − 0.1 = −0.325
    for (const [opt, expected] of [[momentum({ learningRate: 0.1, momentum: 0.5 }), [-0.1, -0.25]], [nesterov({ learningRate: 0.1, momentum: 0.5 }), [-0.15, -0.325]]] as const) {
      const p = param("w", [[0]]);
      p.grad.data[0] = 1;
      for (const e of expected) {
        opt.step([p]);
        expectClose(p.value.data[0]!, e, { rtol: 1e-15 });
      }
    }
  });
});

describe("every optimizer", () => {
  const make = (name: OptimizerName): Optimizer => getOptimizer(name, { learningRate: 0.05 });

  for (const name of OPTIMIZER_NAMES) {
    it(`${name}: updates value in place, and reset makes the next step a first step again`, () => {
      const p = param("w", [[1, -2, 3]]);
      p.grad.data.set([0.5, -0.25, 1]);
      const value = p.value;
      const opt = make(name);
      opt.step([p]);
      opt.step([p]);
      expect(p.value).toBe(value);
      expect(opt.iterations).toBe(2);
      opt.reset();
      expect(opt.iterations).toBe(0);
      const copy = param("w", p.value.toArray());
      copy.grad.copyFrom(p.grad);
      opt.step([p]);
      make(name).step([copy]);
      expect(p.value.equals(copy.value)).toBe(true);
    });

    it(`${name}: getConfig is JSON-safe and rebuilds an optimizer that steps identically`, () => {
      const opt = getOptimizer(name, { learningRate: 0.05, clipNorm: 2 });
      const config = JSON.parse(JSON.stringify(opt.getConfig())) as Record<string, unknown>;
      expect(config).toEqual(opt.getConfig());
      const twin = getOptimizer(config as never);
      const [a, b] = [param("w", [[1, 2]]), param("w", [[1, 2]])];
      a.grad.data.set([3, -4]);
      b.grad.data.set([3, -4]);
      opt.step([a]);
      twin.step([b]);
      expect(twin.name).toBe(name);
      expect(a.value.equals(b.value)).toBe(true);
    });
  }
});

describe("errors", () => {
  it("name the unknown optimizer or option and the bad value", () => {
    expect(() => getOptimizer("adma" as never)).toThrow(
      /^getOptimizer: unknown optimizer "adma"\. Expected one of: sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad\.$/,
    );
    expect(() => adam({ learningrate: 0.1 } as never)).toThrow(/^adam: unknown option "learningrate"\. Expected one of: learningRate, /);
    expect(() => sgd({ learningRate: -1 })).toThrow(/^sgd: learningRate must be a finite number > 0\. Received: learningRate=-1\.$/);
    expect(() => adam({ beta1: 1 })).toThrow(/^adam: beta1 must be in \[0, 1\)\. Received: beta1=1\.$/);
    expect(() => sgd({ nesterov: true })).toThrow(/^sgd: nesterov needs momentum > 0/);
    expect(() => getOptimizer(sgd(), { learningRate: 1 })).toThrow(TypeError);
  });

  it("reject a param whose grad does not match its value", () => {
    const p: Param = { name: "dense_1.weights", value: new Matrix(2, 3), grad: new Matrix(3, 2) };
    expect(() => adam().step([p])).toThrow(
      /^adam\.step: a param's grad must have its value's shape\. Received: dense_1\.weights\.value\.shape=\[2,3\], grad\.shape=\[3,2\]\.$/,
    );
  });
});

describe("isBuiltInOptimizer", () => {
  it("knows what every factory and getOptimizer make", () => {
    for (const name of OPTIMIZER_NAMES) expect(isBuiltInOptimizer(getOptimizer(name)), name).toBe(true);
    expect(isBuiltInOptimizer(new SGD({ momentum: 0.5 }))).toBe(true);
  });

  it("tells a subclass or an object of your own from the built-in whose name it reports", () => {
    class LoggedAdam extends Adam {}
    const logged = new LoggedAdam();
    expect(logged.getConfig().name).toBe("adam");
    expect(isBuiltInOptimizer(logged)).toBe(false);
    expect(isBuiltInOptimizer({ ...adam() } as Optimizer)).toBe(false);
    expect(isBuiltInOptimizer(null as never)).toBe(false);
  });

  it("knows a built-in from a second copy of the package, by its class's name, base and reported name", () => {
    // What a second copy makes: classes of their own named Adam and BaseOptimizer, the latter with no base class.
    const base = secondCopy(Object.getPrototypeOf(Adam.prototype) as object, "BaseOptimizer", Object.prototype);
    const copy = Object.setPrototypeOf(adam(), secondCopy(Adam.prototype, "Adam", base)) as Optimizer;
    expect([copy instanceof Adam, isBuiltInOptimizer(copy)]).toEqual([false, true]);
    // The same copy reporting another class's name, a subclass named Adam, and an Adam on no base are not.
    const misnamed = Object.setPrototypeOf(Object.assign(adam(), { name: "sgd" }), secondCopy(Adam.prototype, "Adam", base)) as Optimizer;
    const sub = Object.setPrototypeOf(adam(), secondCopy({}, "Adam", Object.getPrototypeOf(copy) as object)) as Optimizer;
    const baseless = Object.setPrototypeOf(adam(), secondCopy(Adam.prototype, "Adam", Object.prototype)) as Optimizer;
    expect([misnamed, sub, baseless].map(isBuiltInOptimizer)).toEqual([false, false, false]);
  });
});

/** A copy of `proto` on a class of its own named `name`, whose prototype's prototype is `parent`. */
function secondCopy(proto: object, name: string, parent: object): object {
  const copy = Object.create(parent, Object.getOwnPropertyDescriptors(proto)) as { constructor: unknown };
  copy.constructor = { [name]: function () {} }[name];
  return copy;
}

