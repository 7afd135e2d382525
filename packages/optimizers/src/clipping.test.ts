import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { expectClose } from "@backprop/testing";
import { adam, clipByGlobalNorm, clipByValue, momentum, sgd } from "./index.js";

function withGrad(name: string, grad: number[][]): Param {
  const g = Matrix.from(grad);
  return { name, value: new Matrix(g.rows, g.cols), grad: g };
}

function globalNorm(params: Param[]): number {
  return Math.sqrt(params.reduce((s, p) => s + p.grad.data.reduce((t, v) => t + v * v, 0), 0));
}

describe("clipByValue", () => {
  it("limits every element to [−limit, limit] and leaves the rest untouched", () => {
    const params = [withGrad("a", [[-7, 0.5], [3, -2]]), withGrad("b", [[10]])];
    clipByValue(params, 2);
    expect(params[0]!.grad.toArray()).toEqual([[-2, 0.5], [2, -2]]);
    expect(params[1]!.grad.toArray()).toEqual([[2]]);
  });

  it("rejects a limit that is not positive", () => {
    expect(() => clipByValue([], 0)).toThrow(/^clipByValue: limit must be a finite number > 0\. Received: limit=0\.$/);
  });
});

describe("clipByGlobalNorm", () => {
  it("rescales all gradients together to the max norm, keeping their direction", () => {
    const params = [withGrad("a", [[3]]), withGrad("b", [[0, -4]])];
    expect(clipByGlobalNorm(params, 1)).toBe(5);
    expectClose(globalNorm(params), 1, { rtol: 1e-15 });
    expectClose(params[0]!.grad, [0.6], { rtol: 1e-15 });
    expectClose(params[1]!.grad, [0, -0.8], { rtol: 1e-15 });
  });

  it("leaves gradients already inside the norm unchanged", () => {
    const params = [withGrad("a", [[0.3, -0.4]])];
    expect(clipByGlobalNorm(params, 1)).toBeCloseTo(0.5, 15);
    expect(params[0]!.grad.toArray()).toEqual([[0.3, -0.4]]);
  });

  it("refuses non-finite gradients instead of spreading NaN", () => {
    const params = [withGrad("a", [[1]])];
    params[0]!.grad.data[0] = Number.POSITIVE_INFINITY;
    expect(() => clipByGlobalNorm(params, 1)).toThrow(/^clipByGlobalNorm: gradients must be finite; training has diverged \(try a smaller learning rate\)\. Received: norm=Infinity\.$/);
  });
});

describe("clipByGlobalNorm on finite gradients whose squares overflow", () => {
  it("clips [3e154, 4e154] (Σg² = 2.5e309 overflows, ‖g‖ = 5e154 by 3-4-5) to [0.6, 0.8]", () => {
    const params = [withGrad("a", [[3e154]]), withGrad("b", [[4e154]])];
    expectClose(clipByGlobalNorm(params, 1), 5e154, { rtol: 1e-15 });
    expectClose(params[0]!.grad, [0.6], { rtol: 1e-15 });
    expectClose(params[1]!.grad, [0.8], { rtol: 1e-15 });
  });

  it("clips when the norm itself exceeds the largest double: [1.5e308, −1.5e308] → [1/√2, −1/√2], returning Infinity", () => {
    const params = [withGrad("a", [[1.5e308, -1.5e308]])];
    expect(clipByGlobalNorm(params, 1)).toBe(Number.POSITIVE_INFINITY);
    expectClose(params[0]!.grad, [Math.SQRT1_2, -Math.SQRT1_2], { rtol: 1e-15 });
  });

  it("leaves them alone under a max norm above their norm, and still refuses an Infinity among them", () => {
    const params = [withGrad("a", [[3e154, 4e154]])];
    expectClose(clipByGlobalNorm(params, 1e155), 5e154, { rtol: 1e-15 });
    expect(params[0]!.grad.toArray()).toEqual([[3e154, 4e154]]);
    const bad = [withGrad("a", [[3e154]]), withGrad("b", [[0]])];
    bad[1]!.grad.data[0] = Number.NEGATIVE_INFINITY;
    expect(() => clipByGlobalNorm(bad, 1)).toThrow(/^clipByGlobalNorm: gradients must be finite; training has diverged \(try a smaller learning rate\)\. Received: norm=Infinity\.$/);
  });
});

describe("clipping options on an optimizer", () => {
  it("clipValue and clipNorm act before the update", () => {
    const a = withGrad("a", [[30, -0.5]]);
    sgd({ learningRate: 1, clipValue: 1 }).step([a]);
    expect(a.value.toArray()).toEqual([[-1, 0.5]]);
    const b = withGrad("b", [[6, 8]]);
    sgd({ learningRate: 1, clipNorm: 5 }).step([b]);
    expectClose(b.value, [-3, -4], { rtol: 1e-15 });
    const c = withGrad("c", [[3e154, 4e154]]);
    sgd({ learningRate: 1, clipNorm: 1 }).step([c]);
    expectClose(c.value, [-0.6, -0.8], { rtol: 1e-15 });
  });

  it("a non-finite gradient is refused in the optimizer's own name", () => {
    for (const [make, name] of [[() => sgd({ clipNorm: 1 }), "sgd"], [() => momentum({ clipNorm: 1 }), "momentum"], [() => adam({ clipNorm: 1 }), "adam"]] as const) {
      const a = withGrad("a", [[1, 0]]);
      a.grad.data[1] = Number.NaN;
      expect(() => make().step([a])).toThrow(new RegExp(`^${name}\\.step: gradients must be finite; training has diverged \\(try a smaller learning rate\\)\\. Received: norm=NaN\\.$`));
      const b = withGrad("b", [[0]]);
      b.grad.data[0] = Number.POSITIVE_INFINITY;
      expect(() => make().step([b])).toThrow(new RegExp(`^${name}\\.step: gradients must be finite; .* Received: norm=Infinity\\.$`));
    }
  });
});
