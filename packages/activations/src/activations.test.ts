import { describe, expect, it } from "vitest";
import { Matrix, mul, sum } from "@backprop/linalg";
import { expectClose, gradientRelativeError, loadFixture, numericalGradient } from "@backprop/testing";
import {
  ACTIVATION_NAMES,
  elu,
  gelu,
  geluTanh,
  getActivation,
  hardSigmoid,
  isBuiltInActivation,
  leakyRelu,
  linear,
  mish,
  relu,
  selu,
  sigmoid,
  silu,
  softmax,
  softplus,
  softsign,
  swish,
  tanh,
} from "./index.js";
import type { Activation, ActivationName } from "./index.js";

interface Fixture {
  z: number[][];
  dA: number[][];
  alpha: number;
  cases: Record<string, { forward: number[][]; backward: number[][] }>;
  softmax: { z: number[][]; dA: number[][]; forward: number[][]; backward: number[][] };
  softmaxHuge: { z: number[][]; forward: number[][] };
}
const fx = loadFixture<Fixture>(import.meta.url, "activations.json");
/** The activations added after the tutorials' six, with non-default settings where they take any. */
const NEW: Activation[] = [elu(), elu(0.4), selu, gelu, geluTanh, softplus, softsign, swish, silu, hardSigmoid(), hardSigmoid({ alpha: 0.2, beta: 0.4 }), mish];
const elementwise: Record<string, Activation> = { sigmoid, relu, tanh, linear, leakyRelu: leakyRelu(fx.alpha) };

describe("matches the tutorials' NumPy code", () => {
  for (const [name, f] of Object.entries(elementwise)) {
    it(`${name} forward and backward`, () => {
      const z = Matrix.from(fx.z);
      const a = f.forward(z);
      expectClose(a, Matrix.from(fx.cases[name]!.forward), { rtol: 1e-15 });
      expectClose(f.backward(z, a, Matrix.from(fx.dA)), Matrix.from(fx.cases[name]!.backward), { rtol: 1e-14 });
    });
  }

  it("softmax forward and its Jacobian-vector product (diag(a) − aaᵀ)·dA", () => {
    const z = Matrix.from(fx.softmax.z);
    const a = softmax.forward(z);
    expectClose(a, Matrix.from(fx.softmax.forward), { rtol: 1e-14 });
    expectClose(softmax.backward(z, a, Matrix.from(fx.softmax.dA)), Matrix.from(fx.softmax.backward), { rtol: 1e-12, atol: 1e-15 });
  });
});

describe("hardSigmoid's default gives PyTorch's relu6(z + 3)/6 to the bit, near its corners too", () => {
  it("matches NumPy's np.minimum(np.maximum(z + 3.0, 0.0), 6.0) / 6.0", () => {
    // NumPy 1.24 printed these (float64); z/6 + 0.5 is 5,000 ulp off at −2.9999 and half the value at −2.9999999999999996.
    const z = [-2.9999, -2.99999999, -2.9999999999999, -2.9999999999999996, -2.5, 2.9999999999, 2.9999999999999996];
    const numpy = [1.666666666670184e-5, 1.6666666565375483e-9, 1.6653345369377348e-14, 7.401486830834377e-17, 0.08333333333333333, 0.9999999999833333, 1.0];
    const f = hardSigmoid();
    const zm = Matrix.from([z]);
    const a = f.forward(zm);
    expect(Array.from(a.data)).toEqual(numpy);
    // The slope is 1/6 wherever the value lies strictly between 0 and 1.
    expect(Array.from(f.backward(zm, a, Matrix.from([z.map(() => 1)])).data)).toEqual(numpy.map((v) => (v > 0 && v < 1 ? 1 / 6 : 0)));
  });
});

describe("derivatives agree with central differences", () => {
  // Inputs kept away from relu's kink at 0, hardSigmoid's at ±3 (±2.5 for α = 0.2) and from
  // sigmoid's flat tails.
  const z0 = Matrix.from([[-2.1, -0.7, 0.3, 1.9], [0.45, -1.3, 2.7, -0.05]]);
  const g = Matrix.from([[0.3, -1.2, 0.8, 0.5], [-0.4, 1.1, -0.9, 2.0]]);
  const all: Activation[] = [sigmoid, relu, tanh, linear, softmax, leakyRelu(0.01), leakyRelu(0.3), ...NEW];
  for (const f of all) {
    it(`${f.name} ${JSON.stringify(f.config)}`, () => {
      const z = z0.clone();
      const numerical = numericalGradient(z.data, () => sum(mul(f.forward(z), g)));
      const analytic = f.backward(z, f.forward(z), g);
      expect(gradientRelativeError(analytic.data, numerical)).toBeLessThan(1e-7);
    });
  }
});

describe("overflow safety", () => {
  it("sigmoid(±1000) is finite and saturates to 0 and 1 as NumPy's clipped form", () => {
    const a = sigmoid.forward(Matrix.from([[-1000, 1000]]));
    // 1/(1 + e⁵⁰⁰) = 7.124576406741286e-218 (decimal at 50 digits); NumPy prints 7.124576406741285e-218.
    expectClose(a.data[0] as number, 7.124576406741286e-218, { rtol: 1e-15 });
    expect(a.data[1]).toBe(1);
  });

  it("softmax of huge values stays a probability vector", () => {
    const a = softmax.forward(Matrix.from(fx.softmaxHuge.z));
    expectClose(a, Matrix.from(fx.softmaxHuge.forward), { rtol: 1e-15 });
    for (let i = 0; i < a.rows; i++) expectClose(a.row(i).reduce((s, v) => s + v, 0), 1, { rtol: 1e-15 });
  });
});

describe("writes into out without allocating", () => {
  const z = Matrix.from([[0.5, -1, 2], [3, -0.25, 0]]);
  const dA = Matrix.from([[1, 2, 3], [-1, 0.5, 2]]);
  for (const f of [sigmoid, relu, tanh, linear, softmax, leakyRelu(), ...NEW]) {
    it(`${f.name} returns out itself, with the same values as without out`, () => {
      const a = new Matrix(2, 3);
      const dZ = new Matrix(2, 3);
      expect(f.forward(z, a)).toBe(a);
      expect(f.backward(z, a, dA, dZ)).toBe(dZ);
      expect(a.equals(f.forward(z))).toBe(true);
      expect(dZ.equals(f.backward(z, a, dA))).toBe(true);
    });

    it(`${f.name} may write in place (out aliasing z, then dA)`, () => {
      const expectedA = f.forward(z);
      const expectedDZ = f.backward(z, expectedA, dA);
      const buf = z.clone();
      f.forward(buf, buf);
      expect(buf.equals(expectedA)).toBe(true);
      const g = dA.clone();
      f.backward(z, expectedA, g, g);
      expect(g.equals(expectedDZ)).toBe(true);
    });
  }

  it("a non-Matrix argument is a TypeError naming the op and the argument, not a property read of null", () => {
    expect(() => relu.forward(null as never)).toThrow(TypeError);
    expect(() => relu.forward(null as never)).toThrow(/^relu\.forward: z must be a Matrix\. Received: null\.$/);
    expect(() => relu.forward(Matrix.from([[1]]), "x" as never)).toThrow(/^relu\.forward: out must be a Matrix\. Received: x \(string\)\.$/);
    const z = Matrix.from([[1, 2]]);
    expect(() => relu.backward(z, z, { rows: 1, cols: 2 } as never)).toThrow(/^relu\.backward: dA must be a Matrix\. Received: an object that is not a Matrix\.$/);
  });

  it("rejects an out of the wrong shape", () => {
    expect(() => relu.forward(z, new Matrix(3, 2))).toThrow(/^relu\.forward: out must have z's shape\. Received: out\.shape=\[3,2\], z\.shape=\[2,3\]\.$/);
    expect(() => softmax.backward(z, z, new Matrix(1, 3))).toThrow(/softmax\.backward: z, a, dA must share a shape\. Received: .*dA\.shape=\[1,3\]/);
  });
});

describe("getActivation", () => {
  it("resolves every built-in name to an activation of that name", () => {
    expect(ACTIVATION_NAMES).toHaveLength(16);
    for (const name of ACTIVATION_NAMES) expect(getActivation(name).name).toBe(name);
    expect(getActivation("sigmoid")).toBe(sigmoid);
    expect(getActivation("silu")).toBe(silu);
    expect(getActivation("gelu")).toBe(gelu);
  });

  it("keeps leakyRelu's alpha (default 0.01) in config so it round-trips", () => {
    expect(getActivation("leakyRelu").config).toEqual({ alpha: 0.01 });
    const f = getActivation({ name: "leakyRelu", alpha: 0.2 });
    expect(getActivation({ name: f.name as ActivationName, ...f.config }).config).toEqual({ alpha: 0.2 });
    expect(f.forward(Matrix.from([[-2, 3]])).toArray()).toEqual([[-0.4, 3]]);
  });

  it("round-trips every built-in with its settings through JSON: same name, config and numbers", () => {
    const z = Matrix.from([[-3.5, -0.2, 0.7, 2.9]]);
    const specs = [...ACTIVATION_NAMES, { name: "elu", alpha: 0.3 }, { name: "hardSigmoid", alpha: 0.2, beta: 0.45 }] as const;
    for (const spec of specs) {
      const f = getActivation(spec);
      const stored: unknown = JSON.parse(JSON.stringify({ name: f.name, ...f.config }));
      const back = getActivation(stored as { name: ActivationName });
      expect([back.name, back.config]).toEqual([f.name, f.config]);
      expect(back.forward(z).equals(f.forward(z)), f.name).toBe(true);
    }
    expect(getActivation({ name: "hardSigmoid", alpha: 0.2 }).config).toEqual({ alpha: 0.2, beta: 0.5 });
  });

  it("returns an activation object unchanged, a user's own too", () => {
    const f = leakyRelu(0.5);
    expect(getActivation(f)).toBe(f);
    // A user's own activation with a name of its own satisfies the contract.
    const mySoftplus: Activation = {
      name: "mySoftplus",
      config: { beta: 2 },
      forward: (z, out) => softplus.forward(z, out),
      backward: (z, a, dA, out) => softplus.backward(z, a, dA, out),
    };
    expect(getActivation(mySoftplus)).toBe(mySoftplus);
  });

  it("names the unknown activation and lists every built-in", () => {
    expect(() => getActivation("rleu" as never)).toThrow(
      /^getActivation: unknown activation "rleu"\. Expected one of: sigmoid, relu, leakyRelu, tanh, softmax, linear, elu, selu, gelu, geluTanh, softplus, softsign, swish, silu, hardSigmoid, mish\.$/,
    );
    expect(() => getActivation({ name: "mySoftplus" } as never)).toThrow(/^getActivation: unknown activation "mySoftplus"\./);
    expect(() => getActivation(42 as never)).toThrow(TypeError);
  });

  it("refuses settings an activation does not take, naming those that do", () => {
    expect(() => getActivation({ name: "relu", alpha: 0.1 })).toThrow(
      /^getActivation: alpha applies only to leakyRelu, elu and hardSigmoid\. Received: name="relu", alpha=0\.1\.$/,
    );
    expect(() => getActivation({ name: "elu", beta: 1 })).toThrow(/^getActivation: beta applies only to hardSigmoid\. Received: name="elu", beta=1\.$/);
    expect(() => getActivation({ name: "gelu", approximate: 1 } as never)).toThrow(
      /^getActivation: unknown setting "approximate"\. Expected one of: alpha, beta\. Received: name="gelu", approximate=1\.$/,
    );
    expect(() => leakyRelu(Number.NaN)).toThrow(/^leakyRelu: alpha must be a finite number\. Received: alpha=NaN\.$/);
    expect(() => getActivation({ name: "elu", alpha: "0.2" } as never)).toThrow(/^elu: alpha must be a finite number\. Received: alpha="0\.2"\.$/);
  });
});

describe("isBuiltInActivation", () => {
  it("knows every built-in, by name or from its factory with settings", () => {
    for (const name of ACTIVATION_NAMES) expect(isBuiltInActivation(getActivation(name)), name).toBe(true);
    for (const f of [leakyRelu(0.2), elu(0.5), hardSigmoid({ alpha: 0.2 }), getActivation({ name: "elu", alpha: 0.3 })]) {
      expect(isBuiltInActivation(f), f.name).toBe(true);
    }
  });

  it("tells a user's own object from the built-in whose name it carries", () => {
    // Same name and config, different object: a copy, a wrapper, or other math under the name.
    const copy: Activation = { ...relu };
    const leakyCopy: Activation = { ...leakyRelu(0.2) };
    const tempered: Activation = { ...softmax, forward: (z, out) => softmax.forward(z, out) };
    for (const f of [copy, leakyCopy, tempered]) expect(isBuiltInActivation(f), f.name).toBe(false);
    expect(isBuiltInActivation({ ...softplus, name: "mySoftplus" })).toBe(false);
    expect(isBuiltInActivation(null as never)).toBe(false);
  });

  it("knows a built-in from a second copy of the package, by the mark (a registered symbol) every built-in carries", () => {
    // What a second copy's relu is: an object of its own, marked by that copy with the same registered symbol.
    const mark = Symbol.for("@backprop/activations built-in");
    const secondRelu = Object.freeze(Object.defineProperty({ ...relu }, mark, { value: "relu" })) as Activation;
    expect([secondRelu === relu, isBuiltInActivation(secondRelu)]).toEqual([false, true]);
    // The mark is not enumerable, so a spread copy of it is the user's own again; and it names its activation.
    expect(isBuiltInActivation({ ...secondRelu })).toBe(false);
    expect(Object.getOwnPropertySymbols({ ...relu })).toEqual([]);
    expect(isBuiltInActivation(Object.freeze(Object.defineProperty({ ...relu, name: "tanh" }, mark, { value: "relu" })) as Activation)).toBe(false);
  });
});

describe("sigmoid's four-at-a-time loop", () => {
  // Lengths 1…9 cover a last group of one to four elements; in place, a repeated element must
  // still be read before it is overwritten.
  it("gives every element 1/(1 + e^−clip(z)) for any length, in place or not", () => {
    for (let n = 1; n <= 9; n++) {
      const values = Array.from({ length: n }, (_, k) => (k % 2 === 0 ? 1 : -1) * (0.75 * k + 0.1) + (k === 7 ? 900 : 0));
      const z = Matrix.fromArray(values, 1, n);
      const expected = values.map((v) => 1 / (1 + Math.exp(-Math.min(500, Math.max(-500, v)))));
      expectClose(sigmoid.forward(z), Matrix.fromArray(expected, 1, n), { rtol: 1e-15 });
      const inPlace = z.clone();
      sigmoid.forward(inPlace, inPlace);
      expect(inPlace.equals(sigmoid.forward(z)), `n=${n}`).toBe(true);
    }
  });
});
