import type { Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { finiteSetting } from "./settings.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/** Settings of {@link hardSigmoid}: `a = clip(α·z + β, 0, 1)`. */
export interface HardSigmoidOptions {
  /** Slope, > 0 (default 1/6, Keras 3 and PyTorch; 0.2 for TF.js, Keras 2 and ONNX's default). */
  alpha?: number;
  /** Offset (default 0.5). */
  beta?: number;
}

/**
 * Hard sigmoid `a = max(0, min(1, α·z + β))`, ONNX's `HardSigmoid` formula, derivative
 * `dZ = dA ⊙ (α if 0 < α·z + β < 1 else 0)` (0 at the two kinks, as PyTorch).
 *
 * The default `α = 1/6, β = 0.5` is today's Keras 3 and PyTorch definition `relu6(z + 3)/6`
 * (flat beyond ±3; MobileNetV3's hard-swish is built on it), and is computed as they compute it,
 * `(z + 3)/6`, so it gives their bits: `z/6 + 0.5` would lose the digits of a value near
 * `z = −3` to cancellation (5,000 ulp at `z = −2.9999`, half the value just above −3). TF.js and Keras 2 used `clip(0.2·z + 0.5, 0, 1)`, which is ONNX's default
 * too: pass `{ alpha: 0.2, beta: 0.5 }` for that. Both settings live in `config` and round-trip.
 *
 * @throws RangeError when `alpha` is not a finite number > 0 or `beta` is not finite.
 * @example
 * hardSigmoid().forward(Matrix.from([[-4, 0, 1.5, 4]])).toArray(); // [[0, 0.5, 0.75, 1]]
 * hardSigmoid({ alpha: 0.2 }).forward(Matrix.from([[1.5]])).toArray(); // [[0.8]]
 */
export function hardSigmoid({ alpha = 1 / 6, beta = 0.5 }: HardSigmoidOptions = {}): Activation {
  finiteSetting("hardSigmoid", "alpha", alpha, true);
  finiteSetting("hardSigmoid", "beta", beta);
  // u(z) = (p·z + q)/r: (z + 3)/6 for the default (see above), else (α·z + β)/1. Multiplying by 1
  // and dividing by 1 are exact, so each setting gets its own formula's bits with one loop body.
  const [p, q, r] = alpha === 1 / 6 && beta === 0.5 ? [1, 3, 6] : [alpha, beta, 1];
  return builtIn({
    name: "hardSigmoid",
    config: Object.freeze({ alpha, beta }),
    forward(z: Matrix, out?: Matrix): Matrix {
      const result = forwardTarget("hardSigmoid.forward", z, out);
      const x = z.data, y = result.data;
      for (let k = 0; k < y.length; k++) {
        const u = (p * (x[k] as number) + q) / r;
        y[k] = u <= 0 ? 0 : u >= 1 ? 1 : u; // NaN falls through both tests and stays NaN
      }
      return result;
    },
    backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
      const result = backwardTarget("hardSigmoid.backward", z, a, dA, out);
      const x = z.data, g = dA.data, d = result.data;
      for (let k = 0; k < d.length; k++) {
        const u = (p * (x[k] as number) + q) / r;
        d[k] = u > 0 && u < 1 ? alpha * (g[k] as number) : 0;
      }
      return result;
    },
  } as const);
}
