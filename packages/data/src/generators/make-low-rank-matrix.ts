import { Matrix, type RandomState } from "@backprop/linalg";
import { checkInteger, checkNumber } from "../checks.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { householderQ } from "./householder-q.js";

/** Options of {@link makeLowRankMatrix}: scikit-learn's `make_low_rank_matrix` parameters, camelCased. */
export interface MakeLowRankMatrixOptions {
  /** Number of rows (default 100). */
  nSamples?: number;
  /** Number of columns (default 100). */
  nFeatures?: number;
  /** Approximate number of singular vectors that explain most of the data (default 10). */
  effectiveRank?: number;
  /** Weight in `[0, 1]` of the slowly decaying tail of the singular values (default 0.5). */
  tailStrength?: number;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
}

/**
 * A mostly low-rank random matrix with a bell-shaped singular profile, as scikit-learn's
 * `make_low_rank_matrix`: `X = U·diag(s)·Vᵀ` with `U`, `V` the `Q` factors of two standard normal
 * matrices (`nSamples × k` then `nFeatures × k`, `k = min(nSamples, nFeatures)`) and
 * `sᵢ = (1 − t)·exp(−(i/r)²) + t·exp(−0.1·i/r)` for `r = effectiveRank`, `t = tailStrength`.
 * Same draws as scikit-learn; the QR factorisations agree with SciPy's to about 1e-15, so values
 * match to about 1e-13 relative, not bit for bit.
 *
 * @throws RangeError for counts below 1, `effectiveRank ≤ 0` or `tailStrength` outside `[0, 1]`.
 * @example
 * const x = makeLowRankMatrix({ nSamples: 50, nFeatures: 20, effectiveRank: 3, randomState: 0 });
 * x.shape; // [50, 20]
 */
export function makeLowRankMatrix(options: MakeLowRankMatrixOptions = {}): Matrix {
  const { nSamples = 100, nFeatures = 100, effectiveRank = 10, tailStrength = 0.5 } = options;
  checkLowRankOptions("makeLowRankMatrix", { nSamples, nFeatures, effectiveRank, tailStrength });
  return lowRankMatrix(nSamples, nFeatures, effectiveRank, tailStrength, toRandomState("makeLowRankMatrix", options.randomState));
}

/** Checks `makeLowRankMatrix`'s options (also `makeRegression`'s when it has an `effectiveRank`). */
export function checkLowRankOptions(op: string, o: { nSamples: number; nFeatures: number; effectiveRank: number; tailStrength: number }): void {
  checkInteger(op, "nSamples", o.nSamples, 1);
  checkInteger(op, "nFeatures", o.nFeatures, 1);
  checkNumber(op, "effectiveRank", o.effectiveRank);
  if (!(o.effectiveRank > 0)) throw new RangeError(`${op}: effectiveRank must be > 0. Received: effectiveRank=${o.effectiveRank}.`);
  if (!(o.tailStrength >= 0 && o.tailStrength <= 1)) {
    throw new RangeError(`${op}: tailStrength must be between 0 and 1. Received: tailStrength=${o.tailStrength}.`);
  }
}

/** The matrix itself, drawing from `rng` (so `makeRegression` can pass its own generator). */
export function lowRankMatrix(nSamples: number, nFeatures: number, effectiveRank: number, tailStrength: number, rng: RandomState): Matrix {
  const k = Math.min(nSamples, nFeatures);
  const u = householderQ(new Matrix(nSamples, k, rng.standardNormal(nSamples * k)));
  const v = householderQ(new Matrix(nFeatures, k, rng.standardNormal(nFeatures * k)));
  for (let j = 0; j < k; j++) {
    const ratio = j / effectiveRank;
    const lowRank = (1 - tailStrength) * Math.exp(-1 * (ratio * ratio));
    const tail = tailStrength * Math.exp((-0.1 * j) / effectiveRank);
    for (let i = 0; i < nSamples; i++) u.data[i * k + j] = (u.data[i * k + j] as number) * (lowRank + tail);
  }
  return timesTransposed(u, v);
}

/** `u·vᵀ`, each entry summed over `k` in order (a plain loop keeps linalg's gemm kernels out of bundles). */
function timesTransposed(u: Matrix, v: Matrix): Matrix {
  const k = u.cols;
  const out = new Matrix(u.rows, v.rows);
  for (let i = 0; i < u.rows; i++) {
    for (let j = 0; j < v.rows; j++) {
      let s = 0;
      for (let l = 0; l < k; l++) s += (u.data[i * k + l] as number) * (v.data[j * k + l] as number);
      out.data[i * v.rows + j] = s;
    }
  }
  return out;
}
