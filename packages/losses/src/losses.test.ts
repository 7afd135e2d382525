import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { sigmoid, softmax } from "@backprop/activations";
import { expectClose, gradientRelativeError, loadFixture, numericalGradient } from "@backprop/testing";
import { LOSS_NAMES, binaryCrossEntropy, categoricalCrossEntropy, fusedOutputGradient, getLoss, huber, isBuiltInLoss, mae, mse } from "./index.js";
import type { Loss, LossName } from "./index.js";

interface Case {
  pred: number[][];
  target: number[][];
  loss: number;
  gradient?: number[][];
  delta2?: { loss: number; gradient: number[][] };
}
const fx = loadFixture<Record<"binary" | "categorical" | "mse" | "mae" | "huber", Case>>(import.meta.url, "losses.json");

describe("forward equals the tutorials' NumPy cost functions", () => {
  const cases: [Loss, Case][] = [
    [binaryCrossEntropy, fx.binary],
    [categoricalCrossEntropy, fx.categorical],
    [mse, fx.mse],
    [mae, fx.mae],
    [huber(), fx.huber],
  ];
  for (const [loss, c] of cases) {
    it(`${loss.name} (fixture has clipped 0/1 predictions where the loss allows them)`, () => {
      expectClose(loss.forward(Matrix.from(c.pred), Matrix.from(c.target)), c.loss, { rtol: 1e-14 });
    });
  }

  it("mse gradient is 2(p − y)/(m·k)", () => {
    expectClose(mse.backward(Matrix.from(fx.mse.pred), Matrix.from(fx.mse.target)), Matrix.from(fx.mse.gradient!), { rtol: 1e-15 });
  });

  it("mae's sub-gradient is sign(p − y)/(m·k), 0 at the fixture's exact tie", () => {
    const g = mae.backward(Matrix.from(fx.mae.pred), Matrix.from(fx.mae.target));
    expectClose(g, Matrix.from(fx.mae.gradient!), { rtol: 1e-15 });
    expect(g.get(2, 1)).toBe(0);
  });

  it("huber (Keras's formula in NumPy) for delta 1 and 2, gradient clip(e, −δ, δ)/(m·k)", () => {
    const p = Matrix.from(fx.huber.pred), y = Matrix.from(fx.huber.target);
    expectClose(huber().backward(p, y), Matrix.from(fx.huber.gradient!), { rtol: 1e-15 });
    const h2 = getLoss({ name: "huber", delta: 2 });
    expectClose(h2.forward(p, y), fx.huber.delta2!.loss, { rtol: 1e-14 });
    expectClose(h2.backward(p, y), Matrix.from(fx.huber.delta2!.gradient), { rtol: 1e-15 });
  });

  it("huber by hand: ½e² inside δ, δ(|e| − ½δ) outside, continuous at |e| = δ", () => {
    const y = Matrix.from([[0, 0, 0, 0]]);
    // e = 0.5, −1, 3, −4 with δ = 1: 0.125, 0.5, 2.5, 3.5; mean 1.65625.
    expect(huber().forward(Matrix.from([[0.5, -1, 3, -4]]), y)).toBe(1.65625);
    expect(Array.from(huber().backward(Matrix.from([[0.5, -1, 3, -4]]), y).data)).toEqual([0.125, -0.25, 0.25, -0.25]);
    expect(huber({ delta: 2 }).forward(Matrix.from([[2]]), Matrix.from([[0]]))).toBe(2);
  });

  it("averages over rows for cross-entropy but over every element for mse", () => {
    const p = Matrix.from([[0.5, 0.5]]);
    const y = Matrix.from([[1, 0]]);
    expect(binaryCrossEntropy.forward(p, y)).toBeCloseTo(2 * Math.LN2, 15);
    expect(mse.forward(p, y)).toBe(0.25);
  });
});

describe("backward agrees with central differences", () => {
  const probs = Matrix.from([[0.3, 0.6, 0.1], [0.25, 0.25, 0.5]]);
  const cases: [Loss, Matrix, Matrix][] = [
    [mse, Matrix.from([[0.3, -1.2, 2], [0.5, 0.1, -0.7]]), Matrix.from([[1, 0, 0.5], [-1, 2, 0]])],
    [binaryCrossEntropy, probs, Matrix.from([[1, 0, 1], [0, 0.3, 1]])],
    [categoricalCrossEntropy, probs, Matrix.from([[0, 1, 0], [0.1, 0.1, 0.8]])],
    // away from mae's kink at e = 0 and huber's at |e| = δ
    [mae, Matrix.from([[0.3, -1.2, 2], [0.5, 0.1, -0.7]]), Matrix.from([[1, 0, 0.5], [-1, 2, 0]])],
    [huber(), Matrix.from([[0.3, -1.2, 2], [0.5, 0.1, -0.7]]), Matrix.from([[1, 0, 0.5], [-1, 2, 0]])],
    [huber({ delta: 0.4 }), Matrix.from([[0.3, -1.2, 2], [0.5, 0.1, -0.7]]), Matrix.from([[1, 0, 0.5], [-1, 2, 0]])],
  ];
  for (const [loss, p0, y] of cases) {
    it(loss.name, () => {
      const p = p0.clone();
      const numerical = numericalGradient(p.data, () => loss.forward(p, y));
      expect(gradientRelativeError(loss.backward(p, y).data, numerical)).toBeLessThan(1e-7);
    });
  }
});

describe("fusedOutputGradient", () => {
  const z = Matrix.from([[0.5, -1.5, 2], [-0.3, 0.8, 0.1], [3, 1, -2]]);
  const pairs = [
    { loss: binaryCrossEntropy, act: sigmoid, y: Matrix.from([[1, 0, 1], [0, 0, 1], [1, 1, 0]]) },
    { loss: categoricalCrossEntropy, act: softmax, y: Matrix.from([[0, 0, 1], [1, 0, 0], [0, 1, 0]]) },
  ];
  for (const { loss, act, y } of pairs) {
    const fused = fusedOutputGradient(loss.name, act.name)!;

    it(`${act.name} + ${loss.name} equals the unfused chain activation.backward(loss.backward)`, () => {
      const p = act.forward(z);
      const chain = act.backward(z, p, loss.backward(p, y));
      expectClose(fused(p, y), chain, { rtol: 1e-12, atol: 1e-16 });
    });

    it(`${act.name} + ${loss.name} is dL/dZ by central differences`, () => {
      const zz = z.clone();
      const numerical = numericalGradient(zz.data, () => loss.forward(act.forward(zz), y));
      expect(gradientRelativeError(fused(act.forward(zz), y).data, numerical)).toBeLessThan(1e-7);
    });
  }

  it("keeps the gradient where the unfused chain loses it (a saturated, wrong sigmoid)", () => {
    const z1 = Matrix.from([[40]]);
    const y = Matrix.from([[0]]);
    const p = sigmoid.forward(z1);
    expect(p.data[0]).toBe(1);
    expect(sigmoid.backward(z1, p, binaryCrossEntropy.backward(p, y)).data[0]).toBe(0);
    expect(fusedOutputGradient("binaryCrossEntropy", "sigmoid")!(p, y).data[0]).toBe(1);
  });

  it("is undefined for pairs without a fused form", () => {
    expect(fusedOutputGradient("mse", "sigmoid")).toBeUndefined();
    expect(fusedOutputGradient("binaryCrossEntropy", "softmax")).toBeUndefined();
    expect(fusedOutputGradient("categoricalCrossEntropy", "relu")).toBeUndefined();
  });

  it("writes into out and checks shapes", () => {
    const f = fusedOutputGradient("categoricalCrossEntropy", "softmax")!;
    const out = new Matrix(1, 2);
    expect(f(Matrix.from([[0.25, 0.75]]), Matrix.from([[0, 1]]), out)).toBe(out);
    expect(out.toArray()).toEqual([[0.25, -0.25]]);
    expect(() => f(new Matrix(2, 2), new Matrix(2, 3))).toThrow(/pred and target must share a shape\. Received: pred\.shape=\[2,2\], target\.shape=\[2,3\]\./);
  });
});

describe("isBuiltInLoss", () => {
  it("knows every built-in, by name or from huber with its delta", () => {
    for (const name of LOSS_NAMES) expect(isBuiltInLoss(getLoss(name)), name).toBe(true);
    expect(isBuiltInLoss(huber({ delta: 2 }))).toBe(true);
    expect(isBuiltInLoss(getLoss({ name: "huber", delta: 0.5 }))).toBe(true);
  });

  it("tells a user's own object from the built-in whose name it carries", () => {
    const doubled: Loss = { ...mse, forward: (p, y, w) => 2 * mse.forward(p, y, w) };
    for (const loss of [{ ...mse }, { ...huber() }, doubled]) expect(isBuiltInLoss(loss), loss.name).toBe(false);
    expect(isBuiltInLoss({ ...mae, name: "myMae" })).toBe(false);
    expect(isBuiltInLoss(undefined as never)).toBe(false);
  });

  it("knows a built-in from a second copy of the package, by the registered mark every built-in carries", () => {
    const mark = Symbol.for("@backprop/losses built-in");
    const secondMse = Object.freeze(Object.defineProperty({ ...mse }, mark, { value: "mse" })) as Loss;
    expect([secondMse === mse, isBuiltInLoss(secondMse)]).toEqual([false, true]);
    expect(isBuiltInLoss({ ...secondMse })).toBe(false);
    expect(isBuiltInLoss(Object.freeze(Object.defineProperty({ ...mse, name: "mae" }, mark, { value: "mse" })) as Loss)).toBe(false);
  });
});

describe("out buffers", () => {
  const p = Matrix.from([[0.2, 0.8], [0.6, 0.4]]);
  const y = Matrix.from([[0, 1], [1, 0]]);
  for (const loss of [mse, binaryCrossEntropy, categoricalCrossEntropy, mae, huber()]) {
    it(`${loss.name}.backward returns out itself with the allocating result's values`, () => {
      const out = new Matrix(2, 2);
      expect(loss.backward(p, y, out)).toBe(out);
      expect(out.equals(loss.backward(p, y))).toBe(true);
      expect(() => loss.backward(p, y, new Matrix(1, 2))).toThrow(/out must have pred's shape\. Received: out\.shape=\[1,2\], pred\.shape=\[2,2\]\./);
    });
  }
});

describe("validateTarget", () => {
  it("accepts labels that fit", () => {
    expect(() => binaryCrossEntropy.validateTarget(Matrix.from([[0], [1], [0.3]]))).not.toThrow();
    expect(() => categoricalCrossEntropy.validateTarget(Matrix.from([[0, 1, 0], [0.2, 0.3, 0.5]]))).not.toThrow();
    expect(() => mse.validateTarget(Matrix.from([[-4, 1e6]]))).not.toThrow();
  });

  it("names the value that does not fit", () => {
    expect(() => binaryCrossEntropy.validateTarget(Matrix.from([[0], [2]]))).toThrow(
      /^binaryCrossEntropy: target values must lie in \[0, 1\]\. Received: target\[1,0\]=2\.$/,
    );
    expect(() => categoricalCrossEntropy.validateTarget(Matrix.from([[1, 0, 0], [0, 1, 1]]))).toThrow(
      /^categoricalCrossEntropy: every target row must be one-hot \(non-negative, summing to 1\)\. Received: row 1 = \[0, 1, 1\]\.$/,
    );
    expect(() => categoricalCrossEntropy.validateTarget(Matrix.from([[1.5, -0.5]]))).toThrow(/row 0 = \[1\.5, -0\.5\]/);
    expect(() => categoricalCrossEntropy.validateTarget(Matrix.from([[1], [1]]))).toThrow(
      /at least 2\); for a single output use binaryCrossEntropy\. Received: target\.shape=\[2,1\]\./,
    );
    const bad = new Matrix(1, 2, Float64Array.from([0, Number.NaN]));
    expect(() => mse.validateTarget(bad)).toThrow(/^mse: target values must be finite numbers\. Received: target\[0,1\]=NaN\.$/);
  });

  it("rejects mismatched or empty shapes in forward", () => {
    expect(() => mse.forward(new Matrix(3, 1), new Matrix(4, 1))).toThrow(/^mse\.forward: pred and target must share a shape\./);
    expect(() => categoricalCrossEntropy.forward(new Matrix(0, 3), new Matrix(0, 3))).toThrow(/pred must not be empty/);
  });
});

describe("getLoss", () => {
  it("resolves names and passes loss objects through", () => {
    for (const name of LOSS_NAMES) expect(getLoss(name).name).toBe(name);
    expect(getLoss(mse)).toBe(mse);
    expect(getLoss("mae")).toBe(mae);
    expect(getLoss("huber").config).toEqual({ delta: 1 });
    expect(getLoss({ name: "huber", delta: 2 }).config).toEqual({ delta: 2 });
  });

  it("round-trips every built-in's config through JSON", () => {
    const p = Matrix.from([[0.2, 0.8], [0.6, 0.4]]);
    const y = Matrix.from([[0, 1], [1, 0]]);
    for (const spec of [...LOSS_NAMES, { name: "huber", delta: 0.25 }] as const) {
      const loss = getLoss(spec);
      const back = getLoss(JSON.parse(JSON.stringify({ name: loss.name, ...loss.config })) as { name: LossName });
      expect([back.name, back.config]).toEqual([loss.name, loss.config]);
      expect(back.forward(p, y)).toBe(loss.forward(p, y));
    }
  });

  it("passes a user's own loss through, whatever its name", () => {
    const meanFourth: Loss = {
      name: "meanFourthPower",
      config: {},
      forward: (p, y) => mse.forward(p, y) ** 2,
      backward: (p, y, out) => mse.backward(p, y, out),
      validateTarget: () => undefined,
    };
    expect(getLoss(meanFourth)).toBe(meanFourth);
  });

  it("lists the built-in losses for an unknown name and refuses settings a loss does not take", () => {
    expect(() => getLoss("crossEntropy" as never)).toThrow(
      /^getLoss: unknown loss "crossEntropy"\. Expected one of: mse, binaryCrossEntropy, categoricalCrossEntropy, mae, huber\.$/,
    );
    expect(() => getLoss({ name: "mse", delta: 2 })).toThrow(/^getLoss: delta applies only to huber\. Received: name="mse", delta=2\.$/);
    expect(() => getLoss({ name: "huber", beta: 2 } as never)).toThrow(/^getLoss: unknown setting "beta"\. Received: name="huber", beta=2\.$/);
    expect(() => getLoss({ name: "huber", delta: 0 })).toThrow(/^huber: delta must be a finite number > 0\. Received: delta=0\.$/);
    expect(() => huber({ delta: Number.NaN })).toThrow(/Received: delta=NaN\./);
  });
});
