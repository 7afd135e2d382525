import { describe, expect, it } from "vitest";
import { Matrix, RandomState, mean, mul, sum } from "@backprop/linalg";
import { gradientRelativeError, loadFixture, numericalGradient } from "@backprop/testing";
import { Dropout } from "./dropout.js";

interface Fixture {
  x: number[][];
  cases: { rate: number; seed: number; first: number[][]; second: number[][] }[];
}
const fx = loadFixture<Fixture>(import.meta.url, "dropout.json");

describe("Dropout", () => {
  it("is the identity at inference", () => {
    const x = Matrix.from([[1, 2, 3]]);
    expect(new Dropout(0.5, { seed: 0 }).forward(x)).toBe(x);
  });

  for (const rate of [0.1, 0.5, 0.9]) {
    it(`mean train-mode output equals the inference output (rate ${rate})`, () => {
      const x = Matrix.fill(400, 250, 2);
      const out = new Dropout(rate, { seed: 3 }).forward(x, { training: true });
      // Each element is 2/(1−rate) with probability 1−rate, else 0: mean 2, sd 2·√(rate/(1−rate)).
      const sd = 2 * Math.sqrt(rate / (1 - rate)) / Math.sqrt(x.size);
      expect(Math.abs(mean(out) - 2)).toBeLessThan(5 * sd);
    });
  }

  it("saves its own generator's state, so a copy read back draws the masks the original goes on to draw", () => {
    const c = fx.cases[0]!;
    const x = Matrix.from(fx.x);
    const drop = new Dropout(c.rate, { seed: c.seed, name: "d" });
    expect(drop.forward(x, { training: true }).toArray()).toEqual(c.first);
    const copy = Dropout.fromJSON(JSON.parse(JSON.stringify(drop.toJSON())));
    expect(copy.forward(x, { training: true }).toArray()).toEqual(c.second);
    expect(drop.forward(x, { training: true }).toArray()).toEqual(c.second);
    // The copy keeps the generator as its own: a model's generator does not replace it.
    copy.setRandomState(new RandomState(99));
    expect(copy.forward(x, { training: true }).toArray()).toEqual(drop.forward(x, { training: true }).toArray());
    // A layer drawing from the model's generator has none to save.
    expect(new Dropout(0.5).toJSON()).toEqual({ type: "dropout", name: "dropout", rate: 0.5 });
    expect(new Dropout(0.5).randomState).toBeUndefined();
    const tampered = { ...drop.toJSON(), rng: { ...drop.toJSON().rng!, pos: 700 } };
    expect(() => Dropout.fromJSON(tampered)).toThrow(/^Dropout\.fromJSON: layer\.rng is not a generator state: state\.pos must be an integer in \[0, 624\]\. Received: 700\.$/);
    expect(() => Dropout.fromJSON({ ...drop.toJSON(), rng: 7 })).toThrow(/^Dropout\.fromJSON: layer\.rng must be an object\. Received: 7\.$/);
  });

  describe("draws seed 001's np.random.binomial(1, 1 − rate) masks, call after call", () => {
    for (const c of fx.cases) {
      it(`rate ${c.rate}, np.random.seed(${c.seed})`, () => {
        const drop = new Dropout(c.rate, { seed: c.seed });
        const x = Matrix.from(fx.x);
        expect(drop.forward(x, { training: true }).toArray()).toEqual(c.first);
        expect(drop.forward(x, { training: true }).toArray()).toEqual(c.second);
        // backward scales by the same mask: dX = dY ⊙ mask, and dY = x gives the forward output.
        expect(drop.backward(x).toArray()).toEqual(c.second);
      });
    }
  });

  it("with a fixed mask, backward matches finite differences", () => {
    const rng = new RandomState(4);
    const x = rng.randn(3, 4);
    const r = rng.randn(3, 4);
    const drop = new Dropout(0.4);
    drop.setFixedMask(Matrix.from([[1, 0, 1, 1], [0, 1, 1, 0], [1, 1, 0, 1]]));
    const f = (): number => sum(mul(drop.forward(x, { training: true }), r));
    f();
    const dX = drop.backward(r).clone();
    expect(gradientRelativeError(dX.data, numericalGradient(x.data, f))).toBeLessThan(1e-8);
  });

  it("rejects a rate outside [0, 1) and training without randomness", () => {
    expect(() => new Dropout(1)).toThrow(/^Dropout: rate must be a number in \[0, 1\)\. Received: rate=1\.$/);
    expect(() => new Dropout(0.5).forward(Matrix.ones(1, 2), { training: true })).toThrow(/^dropout\.forward: training needs a mask\. For gradientCheck\(\{ training: true \}\) pin one with setFixedMask\(keep\); to draw masks, pass rng or seed, or train the model with fit/);
  });

  it("uses the model's generator unless it has its own", () => {
    const shared = new Dropout(0.5);
    shared.setRandomState(new RandomState(9));
    const own = new Dropout(0.5, { seed: 9 });
    own.setRandomState(new RandomState(1));
    const x = Matrix.ones(2, 6);
    expect(Array.from(shared.forward(x, { training: true }).data)).toEqual(Array.from(own.forward(x, { training: true }).data));
  });
});
