import { describe, expect, it } from "vitest";
import { buildModel } from "@backprop/network";
import { captureWeights, WeightHistory, withWeights } from "./weight-history.js";

const point = (epoch: number) => ({ epoch, train: 1 / (epoch + 1), test: 2 / (epoch + 1) });

describe("WeightHistory", () => {
  it("never holds more than its bound, and keeps the frames evenly spaced over the whole run", () => {
    const history = new WeightHistory(10);
    let copies = 0;
    for (let epoch = 0; epoch <= 1000; epoch++) history.offer(point(epoch), () => Float64Array.of(copies++, epoch));
    expect(history.size).toBeLessThanOrEqual(10);
    // 1001 epochs in at most 10 frames: every 128th epoch, from 0.
    expect(history.stride).toBe(128);
    expect(history.epochs()).toEqual([0, 128, 256, 384, 512, 640, 768, 896]);
    expect(history.at(700)).toMatchObject({ losses: point(640) });
    expect(history.at(700)!.weights[1]).toBe(640);
    expect(history.at(-5)!.losses.epoch).toBe(0);
    // Of 1001 epochs offered, those off the stride are not even copied.
    expect(copies).toBeLessThan(50);
  });

  it("withWeights draws with other weights and puts the model's own back bit for bit", () => {
    const model = buildModel({ inputSize: 2, hidden: [{ units: 3, activation: "tanh" }], task: "binary", seed: 4 });
    const own = captureWeights(model);
    const zeros = new Float64Array(own.length);
    const out = withWeights(model, zeros, () => model.predict([[1, 2]]).data[0]);
    expect(out).toBe(0.5); // sigmoid(0)
    expect(captureWeights(model)).toEqual(own);
  });
});
