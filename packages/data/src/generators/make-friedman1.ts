import { Matrix } from "@backprop/linalg";
import { checkInteger, checkNumber } from "../checks.js";
import { toRandomState, type RandomStateLike } from "../random.js";

const OP = "makeFriedman1";

/** Options of {@link makeFriedman1}: scikit-learn's `make_friedman1` parameters, camelCased. */
export interface MakeFriedman1Options {
  /** Number of samples (default 100). */
  nSamples?: number;
  /** Number of features, at least 5; only the first 5 enter `y` (default 10). */
  nFeatures?: number;
  /** Standard deviation of the Gaussian noise added to `y` (default 0). */
  noise?: number;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
}

/**
 * Friedman's first regression problem, as scikit-learn's `make_friedman1`, draw for draw: `x` is
 * `U(0, 1)` and `y = 10·sin(π·x₀·x₁) + 20·(x₂ − 0.5)² + 10·x₃ + 5·x₄ + noise·N(0, 1)`. `x` equals
 * scikit-learn 1.2's bit for bit; `y` to an ulp or two (`Math.sin` is not the C library's `sin`).
 *
 * @throws RangeError when `nFeatures < 5`, a count is not a positive integer or `noise < 0`.
 * @example
 * const { x, y } = makeFriedman1({ nSamples: 2, randomState: 0 });
 * x.shape; // [2, 10]
 * y[0];    // 17.213491800723624 (scikit-learn: …627, an ulp away)
 */
export function makeFriedman1(options: MakeFriedman1Options = {}): { x: Matrix; y: Float64Array } {
  const { nSamples = 100, nFeatures = 10, noise = 0 } = options;
  checkInteger(OP, "nSamples", nSamples, 1);
  checkInteger(OP, "nFeatures", nFeatures, 5);
  checkNumber(OP, "noise", noise, 0);
  const rng = toRandomState(OP, options.randomState);
  const x = new Matrix(nSamples, nFeatures, rng.uniform(0, 1, nSamples * nFeatures));
  // scikit-learn draws the noise even when noise is 0, so the generator ends in the same state.
  const normals = rng.standardNormal(nSamples);
  const y = new Float64Array(nSamples);
  for (let i = 0; i < nSamples; i++) {
    const f = (j: number): number => x.data[i * nFeatures + j] as number;
    const half = f(2) - 0.5;
    y[i] = 10 * Math.sin(Math.PI * f(0) * f(1)) + 20 * (half * half) + 10 * f(3) + 5 * f(4) + noise * (normals[i] as number);
  }
  return { x, y };
}
