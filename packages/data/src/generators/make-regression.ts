import { Matrix } from "@backprop/linalg";
import { checkInteger, checkNumber } from "../checks.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { checkLowRankOptions, lowRankMatrix } from "./make-low-rank-matrix.js";

const OP = "makeRegression";

/** Options of {@link makeRegression}: scikit-learn's `make_regression` parameters, camelCased. */
export interface MakeRegressionOptions {
  /** Number of samples (default 100). */
  nSamples?: number;
  /** Number of features (default 100). */
  nFeatures?: number;
  /** Features with a non-zero coefficient, at most `nFeatures` (default 10). */
  nInformative?: number;
  /** Outputs per sample (default 1); more than one makes `y` and `coef` matrices. */
  nTargets?: number;
  /** Added to every output (default 0). */
  bias?: number;
  /** Draw `x` from {@link makeLowRankMatrix} with this effective rank instead of `N(0, 1)` (default: not). */
  effectiveRank?: number;
  /** The low-rank matrix's tail weight, used only with `effectiveRank` (default 0.5). */
  tailStrength?: number;
  /** Standard deviation of the Gaussian noise added to `y` (default 0). */
  noise?: number;
  /** Shuffle samples and features (default true). */
  shuffle?: boolean;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
}

/** {@link makeRegression}'s result for one target (scikit-learn's `X, y, coef` with `coef=True`). */
export interface RegressionDataset {
  x: Matrix;
  /** One output per sample. */
  y: Float64Array;
  /** The true coefficients, one per feature (zero for the uninformative ones). */
  coef: Float64Array;
}

/** {@link makeRegression}'s result for `nTargets > 1`. */
export interface MultiTargetRegressionDataset {
  x: Matrix;
  /** `nSamples × nTargets` outputs. */
  y: Matrix;
  /** `nFeatures × nTargets` true coefficients. */
  coef: Matrix;
}

/**
 * A random linear regression problem, as scikit-learn's `make_regression`, draw for draw:
 * `y = x·coef + bias + noise·N(0, 1)` where `x` is `N(0, 1)` (or low-rank with `effectiveRank`)
 * and the first `nInformative` rows of `coef` are `100·U(0, 1)`, the rest 0; then samples and
 * features are shuffled. For the same `randomState` it returns scikit-learn 1.2's values to
 * about 1e-15 relative (1e-13 with `effectiveRank`, whose QR factorisations round differently).
 * Always returns `coef` (scikit-learn's `coef=True`). One target gives `Float64Array`s, several
 * give matrices, as scikit-learn's `np.squeeze`.
 *
 * @throws RangeError for counts below 1 (`nInformative` below 0), a negative `noise`, or bad
 * `effectiveRank`/`tailStrength`.
 * @example
 * const { x, y, coef } = makeRegression({ nSamples: 3, nFeatures: 2, nInformative: 1, randomState: 0 });
 * x.row(0); // Float64Array [2.240893199201458, 0.9787379841057392]
 * y[0];     // 42.82832250216999
 * coef;     // Float64Array [0, 43.75872112626925]
 */
export function makeRegression(options?: MakeRegressionOptions & { nTargets?: 1 }): RegressionDataset;
export function makeRegression(options: MakeRegressionOptions): RegressionDataset | MultiTargetRegressionDataset;
export function makeRegression(options: MakeRegressionOptions = {}): RegressionDataset | MultiTargetRegressionDataset {
  const { nSamples = 100, nFeatures = 100, nInformative = 10, nTargets = 1, bias = 0, noise = 0 } = options;
  const { effectiveRank, tailStrength = 0.5, shuffle = true } = options;
  checkInteger(OP, "nSamples", nSamples, 1);
  checkInteger(OP, "nFeatures", nFeatures, 1);
  checkInteger(OP, "nInformative", nInformative, 0);
  checkInteger(OP, "nTargets", nTargets, 1);
  checkNumber(OP, "bias", bias);
  checkNumber(OP, "noise", noise, 0);
  if (effectiveRank !== undefined) checkLowRankOptions(OP, { nSamples, nFeatures, effectiveRank, tailStrength });
  const rng = toRandomState(OP, options.randomState);
  const x = effectiveRank === undefined
    ? new Matrix(nSamples, nFeatures, rng.standardNormal(nSamples * nFeatures))
    : lowRankMatrix(nSamples, nFeatures, effectiveRank, tailStrength, rng);
  const coef = new Matrix(nFeatures, nTargets);
  const informative = Math.min(nFeatures, nInformative);
  rng.uniform(0, 1, informative * nTargets).forEach((u, k) => (coef.data[k] = 100 * u));
  const y = linearOutputs(x, coef, bias);
  if (noise > 0) rng.normal(0, noise, y.data.length).forEach((e, k) => (y.data[k] = (y.data[k] as number) + e));
  const result = shuffle ? shuffled(x, y, coef, rng.permutation(nSamples), rng.permutation(nFeatures)) : { x, y, coef };
  return nTargets === 1 ? { x: result.x, y: result.y.data, coef: result.coef.data } : result;
}

/** `x·coef + bias`, each output summed over the features in order. */
function linearOutputs(x: Matrix, coef: Matrix, bias: number): Matrix {
  const y = new Matrix(x.rows, coef.cols);
  for (let i = 0; i < x.rows; i++) {
    for (let t = 0; t < coef.cols; t++) {
      let s = 0;
      for (let j = 0; j < x.cols; j++) s += (x.data[i * x.cols + j] as number) * (coef.data[j * coef.cols + t] as number);
      y.data[i * coef.cols + t] = s + bias;
    }
  }
  return y;
}

/** Rows of `x` and `y` in sample order `rows`; columns of `x` and rows of `coef` in feature order `features`. */
function shuffled(x: Matrix, y: Matrix, coef: Matrix, rows: Int32Array, features: Int32Array): MultiTargetRegressionDataset {
  const outX = new Matrix(x.rows, x.cols);
  const outY = new Matrix(y.rows, y.cols);
  const outCoef = new Matrix(coef.rows, coef.cols);
  rows.forEach((r, i) => {
    features.forEach((f, j) => (outX.data[i * x.cols + j] = x.data[r * x.cols + f] as number));
    outY.data.set(y.row(r), i * y.cols);
  });
  features.forEach((f, j) => outCoef.data.set(coef.row(f), j * coef.cols));
  return { x: outX, y: outY, coef: outCoef };
}
