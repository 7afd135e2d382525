import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { Dense, Dropout, l1, l2 } from "./index.js";

const ones = (rows: number, cols: number) => Matrix.from(Array.from({ length: rows }, () => new Array<number>(cols).fill(1)));

describe("Dropout.setRate", () => {
  it("draws, from the generator's current position, the masks a layer built at the new rate draws", () => {
    const changed = new Dropout(0.5, { rng: new RandomState(3) });
    changed.forward(ones(4, 5), { training: true }); // 20 draws at 0.5
    changed.setRate(0.2);
    const after = changed.forward(ones(4, 5), { training: true }).toArray();

    const rng = new RandomState(3);
    for (let i = 0; i < 20; i++) rng.nextDouble();
    const twin = new Dropout(0.2, { rng });
    expect(after).toEqual(twin.forward(ones(4, 5), { training: true }).toArray());
    expect(changed.rate).toBe(0.2);
    // Its file holds the new rate and its own generator, at the twin's position (40 draws in all).
    expect(changed.toJSON()).toEqual({ type: "dropout", name: "dropout", rate: 0.2, rng: rng.getState() });
  });

  it("at rate 0 is the identity and draws nothing; back above 0 it continues the stream", () => {
    const rng = new RandomState(7);
    const layer = new Dropout(0.3, { rng });
    layer.setRate(0);
    const x = Matrix.from([[1, 2, 3]]);
    expect(layer.forward(x, { training: true })).toBe(x);
    layer.setRate(0.3);
    const masked = layer.forward(ones(2, 3), { training: true }).toArray();
    expect(masked).toEqual(new Dropout(0.3, { seed: 7 }).forward(ones(2, 3), { training: true }).toArray());
  });

  it("refuses a rate outside [0, 1) and keeps the old one", () => {
    const layer = new Dropout(0.1, { name: "drop" });
    expect(() => layer.setRate(1)).toThrow(/^drop\.setRate: rate must be a number in \[0, 1\)\. Received: rate=1\.$/);
    expect(layer.rate).toBe(0.1);
  });
});

describe("Dense.setRegularizer", () => {
  const x = Matrix.from([[0.5, -1], [2, 0.25], [-0.3, 0.8]]);
  const dY = Matrix.from([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [-0.7, 0.8, 0.9]]);
  const gradsOf = (layer: Dense) => {
    layer.forward(x, { training: true });
    layer.backward(dY);
    return { dW: layer.weights.grad.toArray(), penalty: layer.regularizationLoss() };
  };

  it("gives the gradient and penalty of a layer built with that regularizer, and undefined removes it", () => {
    const weights = Matrix.from([[0.3, -0.1, 0.7], [-0.4, 0.2, 0.05]]);
    const live = new Dense(2, 3, { activation: "tanh", weights });
    const plain = gradsOf(live);
    live.setRegularizer(l2(0.1));
    expect(gradsOf(live)).toEqual(gradsOf(new Dense(2, 3, { activation: "tanh", weights, regularizer: l2(0.1) })));
    live.setRegularizer(l1(0.01));
    expect(gradsOf(live)).toEqual(gradsOf(new Dense(2, 3, { activation: "tanh", weights, regularizer: l1(0.01) })));
    // By hand: dW gains λ·sign(W), the penalty is λ·Σ|W| = 0.01 · 1.75.
    expect(gradsOf(live).penalty).toBeCloseTo(0.0175, 15);
    live.setRegularizer(undefined);
    expect(gradsOf(live)).toEqual(plain);
    expect(live.toJSON().regularizer).toBeUndefined();
  });

  it("refuses what is not a regularizer", () => {
    const layer = new Dense(2, 3, { seed: 0, name: "hidden_1" });
    expect(() => layer.setRegularizer(0.1 as never)).toThrow(/^hidden_1\.setRegularizer: regularizer must be a regularizer \(l1, l2 or l1l2\)\. Received: regularizer=0\.1\.$/);
  });
});
