import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { expectClose, loadFixture } from "@backprop/testing";
import { elu, gelu, geluTanh, hardSigmoid, mish, selu, silu, softplus, softsign, swish } from "./index.js";
import type { Activation } from "./index.js";

interface Fixture {
  z: number[][];
  dA: number[][];
  eluAlpha: number;
  cases: Record<string, { forward: number[][]; backward: number[][] }>;
}
const fx = loadFixture<Fixture>(import.meta.url, "smooth-activations.json");
const z = Matrix.from(fx.z);
const dA = Matrix.from(fx.dA);
const cases: [string, Activation][] = [
  ["elu", elu(fx.eluAlpha)],
  ["selu", selu],
  ["gelu", gelu],
  ["geluTanh", geluTanh],
  ["softplus", softplus],
  ["softsign", softsign],
  ["swish", swish],
  ["swish", silu],
  ["hardSigmoid", hardSigmoid()],
  ["mish", mish],
];

describe("matches 50-digit references (mpmath) on moderate and extreme inputs (±1e308, ±800, ±1e−300, −0, 5e−324)", () => {
  for (const [key, f] of cases) {
    it(`${f.name} forward`, () => {
      // A few ulp; the atol only matters for results in the subnormal range.
      expectClose(f.forward(z), Matrix.from(fx.cases[key]!.forward), { rtol: 4e-15, atol: 1e-320 });
    });
    it(`${f.name} backward is dA ⊙ f′(z), f′ by mpmath's numerical derivative`, () => {
      const dZ = f.backward(z, f.forward(z), dA);
      expectClose(dZ, Matrix.from(fx.cases[key]!.backward), { rtol: 1e-14, atol: 1e-320 });
    });
  }
});

describe("±∞ and −0", () => {
  const special = new Matrix(1, 3, Float64Array.of(-Infinity, -0, Infinity));
  const ones = Matrix.from([[1, 1, 1]]);
  const a0 = 1 / 6;
  // [f(−∞), f(−0), f(+∞)] and [f′(−∞), f′(−0), f′(+∞)], by hand; f′(−0) is the left derivative.
  const expected: [Activation, number[], number[]][] = [
    [elu(0.5), [-0.5, -0, Infinity], [0, 0.5, 1]],
    [selu, [-1.7580993408473768, -0, Infinity], [0, 1.7580993408473768, 1.0507009873554805]],
    [gelu, [-0, -0, Infinity], [0, 0.5, 1]],
    [geluTanh, [-0, -0, Infinity], [0, 0.5, 1]],
    [softplus, [0, Math.LN2, Infinity], [0, 0.5, 1]],
    [softsign, [-1, -0, 1], [0, 1, 0]],
    [swish, [-0, -0, Infinity], [0, 0.5, 1]],
    [silu, [-0, -0, Infinity], [0, 0.5, 1]],
    [hardSigmoid(), [0, 0.5, 1], [0, a0, 0]],
    [mish, [-0, -0, Infinity], [0, 0.6, 1]],
  ];
  for (const [f, forward, backward] of expected) {
    it(`${f.name} gives the limits, keeps −0 where f is odd at 0, and never NaN`, () => {
      const a = f.forward(special);
      expect(Array.from(a.data)).toEqual(forward); // toEqual tells −0 from 0
      expectClose(f.backward(special, a, ones), backward, { rtol: 1e-15 });
    });
  }
});

describe("settings", () => {
  it("elu keeps alpha in config and checks it", () => {
    expect(elu().config).toEqual({ alpha: 1 });
    expect(elu(0.3).forward(Matrix.from([[-1000]])).data[0]).toBe(-0.3);
    expect(() => elu(Infinity)).toThrow(/^elu: alpha must be a finite number\. Received: alpha=Infinity\.$/);
  });

  it("hardSigmoid defaults to Keras 3 / PyTorch relu6(z + 3)/6 and takes ONNX's alpha and beta", () => {
    const keras3 = hardSigmoid();
    expect(keras3.config).toEqual({ alpha: 1 / 6, beta: 0.5 });
    // relu6(z + 3)/6 by hand: flat beyond ±3, 1/6 slope between.
    const zs = [-3.5, -3, -1.2, 0, 0.9, 3, 7];
    const relu6 = zs.map((v) => Math.min(6, Math.max(0, v + 3)) / 6);
    expectClose(keras3.forward(Matrix.from([zs])), relu6, { rtol: 2.3e-16 });
    const tfjs = hardSigmoid({ alpha: 0.2, beta: 0.5 });
    expect(Array.from(tfjs.forward(Matrix.from([[-3, -2.5, 1, 2.5, 3]])).data)).toEqual([0, 0, 0.7, 1, 1]);
    // derivative α strictly inside (0, 1), 0 at and beyond the kinks, as PyTorch
    expect(Array.from(tfjs.backward(Matrix.from([[-2.5, 0, 2.5, 4]])!, new Matrix(1, 4), Matrix.from([[1, 1, 1, 1]])).data)).toEqual([0, 0.2, 0, 0]);
    expect(() => hardSigmoid({ alpha: 0 })).toThrow(/^hardSigmoid: alpha must be a finite number > 0\. Received: alpha=0\.$/);
    expect(() => hardSigmoid({ beta: Number.NaN })).toThrow(/^hardSigmoid: beta must be a finite number\. Received: beta=NaN\.$/);
  });

  it("swish and silu are one function under two names", () => {
    expect(silu.forward(z).equals(swish.forward(z))).toBe(true);
    expect([swish.name, silu.name]).toEqual(["swish", "silu"]);
  });
});
